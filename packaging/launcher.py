"""The standalone app's entry point: the same command line as the installed ``cxassess``."""

from cxassess.launch import main

if __name__ == "__main__":
    raise SystemExit(main())
