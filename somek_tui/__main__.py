import sys

from somek_tui.cli import main

sys.exit(main())
