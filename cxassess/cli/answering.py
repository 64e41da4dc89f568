"""Commands that let participants answer: the room, an offline form, an XLSForm."""

from __future__ import annotations

import argparse
from pathlib import Path

from cxassess.cli.common import Add, load, load_questionnaire_arg
from cxassess.failures import EXIT_OK


def cmd_room(args: argparse.Namespace) -> int:
    from cxassess.room.headless import run_room

    return run_room(Path(args.file), args.host, args.port)


def cmd_form(args: argparse.Namespace) -> int:
    from cxassess.room.form import write_form

    doc = load(args.file)
    write_form(doc, Path(args.output))
    print(
        f"Wrote {args.output}: send it to participants; each saves a .cxa file to merge into "
        f"{args.file}."
    )
    return EXIT_OK


def cmd_xlsform(args: argparse.Namespace) -> int:
    import io

    from openpyxl import Workbook

    from cxassess.core.storage import atomic_write_bytes
    from cxassess.core.xlsform import xlsform_sheets

    q = load_questionnaire_arg(args.questionnaire)
    book = Workbook()
    book.remove(book.active)
    for title, rows in xlsform_sheets(q).items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(Path(args.output), buffer.getvalue(), private=False)
    print(
        f"Wrote {args.output}: upload it to ODK Central or KoboToolbox as a form "
        f"('{q.id}' version {q.version}); import its submissions with cxassess import."
    )
    return EXIT_OK


def register(add: Add) -> None:
    """Add this module's commands to the parser."""
    p = add("room", "open a room: participants answer on their phones", cmd_room)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument("--host", help="address to listen on (default: this machine's network address)")
    p.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    p = add("form", "write a page participants answer offline in any browser", cmd_form)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument("-o", "--output", required=True, metavar="FORM.html")
    p = add("xlsform", "write the questionnaire as an XLSForm for ODK or KoboToolbox", cmd_xlsform)
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE")
    p.add_argument("-o", "--output", required=True, metavar="FORM.xlsx")
