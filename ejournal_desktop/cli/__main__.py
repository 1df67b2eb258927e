"""`python -m ejournal_desktop.cli`: the same as the `ejournal` command."""

import sys

from . import main

sys.exit(main())
