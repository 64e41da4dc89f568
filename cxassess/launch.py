"""The ``cxassess`` program: the window at once when that is all that is asked, otherwise
the command line.

Opening the window is what a menu entry or a double-clicked ``.cxa`` file does, and the
facilitator waits for it; building the full command-line parser first would add a tenth
to the time before the window appears.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def window_request(args: Sequence[str]) -> tuple[list[str], bool] | None:
    """The files to open and whether to close once shown, when ``args`` only opens the
    window (nothing, assessment files, or ``open`` with file names); None otherwise."""
    if not args:
        return [], False
    if all(a.lower().endswith(".cxa") and not a.startswith("-") for a in args):
        return list(args), False  # `cxassess TEAM.cxa`, as a file manager or a shell opens it
    if args[0] != "open":
        return None
    files, exit_when_shown = [], False
    for arg in args[1:]:
        if arg == "--exit-when-shown":
            exit_when_shown = True
        elif arg.startswith("-"):
            return None  # --help and the rest are the parser's
        else:
            files.append(arg)
    return files, exit_when_shown


def _keep_chart_fonts() -> None:
    # The standalone app's start-up hook points matplotlib at a new temporary folder on
    # every run, so its font list would be rebuilt before each first chart; a folder in
    # the user's cache keeps it between runs, as an installed matplotlib does.
    if getattr(sys, "frozen", False):
        from platformdirs import user_cache_dir

        os.environ["MPLCONFIGDIR"] = os.path.join(user_cache_dir("cxassess", False), "matplotlib")


def main(argv: Sequence[str] | None = None) -> int:
    """Run cxassess with ``argv`` (the process's arguments by default); the exit status."""
    _keep_chart_fonts()
    args = list(sys.argv[1:] if argv is None else argv)
    request = window_request(args)
    if request is None:
        from cxassess.cli import main as command_line

        return command_line(args)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from cxassess.failures import guarded
    from cxassess.gui.app import run

    files, exit_when_shown = request
    return guarded(lambda: run(files, exit_when_shown=exit_when_shown))


if __name__ == "__main__":
    raise SystemExit(main())
