"""The frozen program's entry point: the same `ejournal` command as the installed script."""

import sys

from ejournal_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
