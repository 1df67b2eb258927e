# Two commands on a fresh machine: `make run` and `make test`. Only Python 3.11 is needed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test bench forms package clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Нужен Python 3.11 ($(PYTHON) не найден)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

# Creates the demo school in the user data folder on first run, then starts the program.
run: $(STAMP)
	$(VENV)/bin/ejournal --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# Recompile Qt Designer forms after editing forms/*.ui.
forms: $(STAMP)
	$(PY) -m ejournal_desktop.ui.compile_forms

# The one-folder program for this system in dist/ejournal (Windows: see packaging/README.md), then its
# smoke test: the built program opens a temporary demo school, paints every main view and exits 0.
package: $(STAMP)
	$(PY) -m ejournal_desktop.ui.translations compile
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/ejournal.spec
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/ejournal
	@# Linux: the .deb (packaging/deb.py), checked by lintian (errors fail the build) and by starting the
	@# program extracted from it; makensis present: the Windows installer script compiles.
	@if [ "$$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null; then \
		$(PY) packaging/deb.py dist/ejournal --out dist || exit 1; \
		if command -v lintian >/dev/null; then lintian --fail-on error dist/ejournal_*_amd64.deb || exit 1; \
		else echo "lintian not installed: apt-get install lintian"; fi; \
		QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/test_deb_package.py || exit 1; \
	fi
	@if command -v makensis >/dev/null; then $(PY) -m pytest -q -p no:cacheprovider tests/test_windows_installer.py; \
	else echo "makensis not installed: the Windows installer script was not compiled (apt-get install nsis)"; fi

clean:
	rm -rf $(VENV) build dist *.egg-info
