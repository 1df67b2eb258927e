"""Compile forms/*.ui (Qt Designer) into ejournal_desktop/ui/forms/ui_*.py with pyside6-uic.

`python -m ejournal_desktop.ui.compile_forms` rewrites them; tests/ui/test_forms_fresh.py fails
when a committed ui_*.py is stale.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
OUT = Path(__file__).parent / "forms"
_HEADER = re.compile(r"^##.*$", re.MULTILINE)


def target_for(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem.lower()}.py"


def compile_form(ui: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    out = subprocess.run([str(uic) if uic.exists() else "pyside6-uic", str(ui)],
                         check=True, capture_output=True, text=True).stdout
    return "# Generated from forms/%s by pyside6-uic: do not edit, run `make forms`.\n%s" % (ui.name, out)


def normalised(source: str) -> str:
    """The generated code without uic's banner (it names the Qt version)."""
    return _HEADER.sub("", source).strip()


def main() -> int:
    for ui in sorted(FORMS.glob("*.ui")):
        target_for(ui).write_text(compile_form(ui), encoding="utf-8")
        print(f"{ui.name} → {target_for(ui).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
