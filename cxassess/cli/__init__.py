"""Command line: no arguments opens the app; sub-commands run headless.

Each module holds a group of commands and registers them: `documents` (validate, merge,
score, compare, export, reveal), `importing`, `answering` (room, form, xlsform) and
`reports` (report, portfolio, demo); `common` has what they share.

Headless commands never import Qt, and import matplotlib and reportlab only when they
draw a chart or write a PDF.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cxassess import __version__
from cxassess.failures import EXIT_USAGE, guarded

# pydantic scans every installed package's entry points for plugins on its first model,
# which costs more than reading and scoring a whole workshop file; cxassess uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def cmd_gui(args: argparse.Namespace) -> int:
    from cxassess.gui.app import run

    return run([str(p) for p in args.files], exit_when_shown=args.exit_when_shown)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    from cxassess.cli import answering, documents, importing, reports

    parser = _Parser(
        prog="cxassess",
        description="Customer-centric culture assessment. Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"cxassess {__version__}")
    parser.set_defaults(func=cmd_gui, files=[], exit_when_shown=False)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def add(
        name: str, help_text: str, func: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    p = add("open", "open the app, optionally with assessment files", cmd_gui)
    p.add_argument("files", nargs="*", type=Path)
    # Checks that a build starts: show the window, print a line, close it.
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    for module in (importing, documents, answering, reports):
        module.register(add)
    return parser


def opens_files(args: Sequence[str]) -> bool:
    """True for `cxassess TEAM.cxa …`: assessment files only, as a file manager passes them."""
    return bool(args) and all(a.lower().endswith(".cxa") and not a.startswith("-") for a in args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if opens_files(args_list):
        args_list = ["open", *args_list]
    args = build_parser().parse_args(args_list)
    return guarded(lambda: int(args.func(args)))


if __name__ == "__main__":
    raise SystemExit(main())
