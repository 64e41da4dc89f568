"""`python -m cxassess.cli`: the command line."""

from cxassess.cli import main

raise SystemExit(main())
