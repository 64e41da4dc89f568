"""Command line: no arguments opens the app; sub-commands run headless.

Headless commands never import Qt, and import matplotlib and reportlab only when they
draw a chart or write a PDF.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cxassess import __version__
from cxassess.core.problems import CxError, Problem
from cxassess.failures import EXIT_OK, EXIT_USAGE, guarded

if TYPE_CHECKING:
    from cxassess.core.document import Assessment
    from cxassess.core.questionnaire import Questionnaire


# pydantic scans every installed package's entry points for plugins on its first model,
# which costs more than reading and scoring a whole workshop file; cxassess uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _load_questionnaire(name_or_path: str) -> Questionnaire:
    from cxassess.core.questionnaire_io import load_questionnaire
    from cxassess.resources import resolve_questionnaire

    return load_questionnaire(resolve_questionnaire(name_or_path))


def _load(path: str) -> Assessment:
    from cxassess.core.storage import load_document

    doc = load_document(Path(path))
    for field, how in doc.reconstructed.items():
        if field == "assessed_on":
            print(
                f"Note: {path} had no assessment date; it is dated {doc.assessed_on} from {how}. "
                "Saving it again keeps that date.",
                file=sys.stderr,
            )
    return doc


def _load_revealed(path: str) -> Assessment:
    """A document whose results may be shown: none while its round is open."""
    from cxassess.core.round import require_revealed

    doc = _load(path)
    require_revealed(doc, path)
    return doc


def _save(doc: Assessment, path: str) -> None:
    from cxassess.core.locks import FileLock
    from cxassess.core.storage import save_document

    # Another window or room holding the file would overwrite this save with its own.
    with FileLock(Path(path), "cxassess"):
        save_document(doc, Path(path))


def _print_json(data: object) -> None:
    # allow_nan=False: NaN and Infinity are not JSON, and a reader of this output would choke
    print(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False))


def cmd_validate(args: argparse.Namespace) -> int:
    target = str(args.file)
    if target.lower().endswith((".yaml", ".yml")) or not target.lower().endswith(".cxa"):
        q = _load_questionnaire(target)
        questions = list(q.questions())
        actions = sum(len(qu.actions) for _, qu in questions)
        print(
            f"{target}: valid questionnaire '{q.id}' version {q.version}: "
            f"{len(q.dimensions)} dimensions, {len(questions)} questions, {actions} actions."
        )
    else:
        doc = _load(target)
        answers = sum(len(p.answers) for p in doc.participants)
        print(
            f"{target}: valid assessment: {len(doc.participants)} participant(s), "
            f"{answers} answer(s), questionnaire '{doc.questionnaire.id}' {doc.questionnaire.version}."
        )
        if doc.round_open and doc.is_team:
            print(f"{target}: the round is open; results stay hidden until it is revealed.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from cxassess.cli_import import run

    return run(args)


def cmd_merge(args: argparse.Namespace) -> int:
    from cxassess.core.merge import merge_documents
    from cxassess.core.people import combine_duplicates, describe, likely_duplicates

    docs = [_load(p) for p in args.inputs]
    merged = merge_documents(docs, [str(p) for p in args.inputs], args.prefer_latest)
    groups = likely_duplicates(merged.participants)
    combined = 0
    if groups and args.combine_duplicates:
        merged.participants = combine_duplicates(merged.participants, groups)
        combined = sum(len(g) - 1 for g in groups)
    elif groups and not args.keep_duplicates:
        problems = [f"{describe(g[0])} appears {len(g)} times, under different ids" for g in groups]
        raise CxError(
            "Some people look like the same person imported twice; counted twice, they would "
            "weigh double in every score. Use --combine-duplicates to make each one person, or "
            "--keep-duplicates if they really are different people. Nothing was written.",
            [Problem((), text, None, "") for text in problems],
        )
    _save(merged, args.output)
    folded = f" ({combined} duplicate(s) combined)" if combined else ""
    print(
        f"Merged {len(args.inputs)} file(s): {len(merged.participants)} participant(s) in "
        f"{args.output}{folded}."
    )
    return EXIT_OK


def cmd_room(args: argparse.Namespace) -> int:
    from cxassess.room.headless import run_room

    return run_room(Path(args.file), args.host, args.port)


def cmd_reveal(args: argparse.Namespace) -> int:
    from cxassess.core.locks import FileLock
    from cxassess.core.round import reveal, still_answering
    from cxassess.core.storage import load_document, save_document

    path = Path(args.file)
    with FileLock(path, "cxassess reveal"):
        doc = load_document(path)
        if not doc.round_open:
            print(f"{path}: the results are already revealed.")
            return EXIT_OK
        waiting = still_answering(doc)
        if waiting and not args.unfinished:
            raise CxError(
                f"{path}: {len(waiting)} of {len(doc.participants)} people have not finished. "
                "Add --unfinished to reveal anyway (their answers so far count). Nothing was changed.",
                []
                if doc.anonymous
                else [
                    Problem((), f"{p.name} is still answering", None, str(path)) for p in waiting
                ],
            )
        reveal(doc, _facilitator_pin(doc))
        save_document(doc, path)
    print(f"{path}: the round is closed and the results can be shown.")
    return EXIT_OK


def _facilitator_pin(doc: Assessment) -> str | None:
    """The facilitator's PIN, where the document has one: from CXASSESS_FACILITATOR_PIN,
    else asked on the terminal (never an argument, which other users could see)."""
    if doc.facilitator_pin is None:
        return None
    pin = os.environ.get("CXASSESS_FACILITATOR_PIN")
    if pin is None and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("Facilitator's PIN: ")
    if pin is None:
        raise CxError(
            "This assessment has a facilitator's PIN: type it when asked, or set "
            "CXASSESS_FACILITATOR_PIN. Nothing was changed."
        )
    return pin


def cmd_form(args: argparse.Namespace) -> int:
    from cxassess.room.form import write_form

    doc = _load(args.file)
    write_form(doc, Path(args.output))
    print(
        f"Wrote {args.output}: send it to participants; each saves a .cxa file to merge into "
        f"{args.file}."
    )
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from datetime import date

    from cxassess.core.portfolio import cxa_files, portfolio, select, summarise

    if args.min_respondents < 1:
        raise CxError("--min-respondents must be 1 or more.")
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise CxError(f"--since must be a date like 2026-03-15, not {args.since!r}.") from None
    today = date.today()
    summaries = select(
        [summarise(p, today) for p in cxa_files(args.paths)], args.organisation or [], since
    )
    if not summaries:
        raise CxError("No team matches --organisation and --since. Nothing was written.")
    data = portfolio(summaries, args.min_respondents)
    if args.output:
        from cxassess.core.storage import atomic_write_bytes
        from cxassess.report.portfolio_pdf import build_portfolio_report

        atomic_write_bytes(Path(args.output), build_portfolio_report(data, data["levels"]))
        print(
            f"Wrote the portfolio to {args.output}.", file=sys.stderr if args.json else sys.stdout
        )
    if args.json:
        _print_json(data)
        return EXIT_OK
    titles = [d["title"] for d in data["dimensions"]]
    ids = [d["id"] for d in data["dimensions"]]
    width = max([len("Team")] + [len(f"{t['organisation']} · {t['team']}") for t in data["teams"]])
    print(
        f"{'Team':<{width}}  {'People':>6}  "
        + "  ".join(f"{t[:12]:>12}" for t in titles)
        + "  Overall"
    )
    for team in data["teams"]:
        name = f"{team['organisation']} · {team['team']}"
        if team["suppressed"]:
            why = (
                "round open: no results until it is revealed"
                if team.get("round_open")
                else f"suppressed: fewer than {args.min_respondents} people"
            )
            print(f"{name:<{width}}  {team['respondents']:>6}  {why}")
            continue
        cells = [team["dimensions"].get(i, {}).get("score") for i in ids]
        shown = "  ".join(f"{'–' if c is None else f'{c:.2f}':>12}" for c in cells)
        overall = team["overall"]["score"]
        print(
            f"{name:<{width}}  {team['respondents']:>6}  {shown}  {'–' if overall is None else f'{overall:.2f}'}"
        )
    weakest = "; ".join(
        f"{w['text'][:60]} ({w['mean_of_teams']:.2f})" for w in data["weakest_statements"][:3]
    )
    if weakest:
        print(f"Weakest across the organisation: {weakest}")
    return EXIT_OK


def cmd_xlsform(args: argparse.Namespace) -> int:
    import io

    from openpyxl import Workbook

    from cxassess.core.storage import atomic_write_bytes
    from cxassess.core.xlsform import xlsform_sheets

    q = _load_questionnaire(args.questionnaire)
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


def cmd_score(args: argparse.Namespace) -> int:
    from cxassess.core.results_json import scores_to_json
    from cxassess.core.scoring import score_document
    from cxassess.text_report import scores_table

    doc = _load_revealed(args.file)
    scores = score_document(doc)
    if args.json:
        _print_json(scores_to_json(doc, scores))
    else:
        print(scores_table(doc, scores))
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from cxassess.core.compare import compare, comparison_table, comparison_to_json

    if len(args.files) < 2:
        raise CxError("compare needs at least two assessment files.")
    docs = [_load_revealed(p) for p in args.files]
    result = compare(docs)
    if args.json:
        _print_json(comparison_to_json(result))
    else:
        print(comparison_table(result))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from cxassess.core.export import answers_long_csv, roadmap_csv
    from cxassess.core.storage import atomic_write_all

    doc = _load_revealed(args.file)
    files = [(Path(args.csv), answers_long_csv(doc).encode("utf-8"))]
    if args.roadmap_csv:
        files.append((Path(args.roadmap_csv), roadmap_csv(doc).encode("utf-8")))
    atomic_write_all(files)
    print(f"Wrote the answers to {args.csv}.")
    if args.roadmap_csv:
        print(f"Wrote the roadmap to {args.roadmap_csv}.")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from cxassess.report.pdf import build_report_file
    from cxassess.report.styles import DEFAULT_ACCENT, Branding

    doc = _load_revealed(args.file)
    previous = [_load_revealed(p) for p in (args.previous or [])]
    accent = args.accent or DEFAULT_ACCENT
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", accent):
        raise CxError(f"--accent must be a colour like #1f4e79, not {accent!r}.")
    branding = Branding(logo=Path(args.logo) if args.logo else None, accent=accent)
    build_report_file(
        doc,
        Path(args.output),
        previous=previous,
        branding=branding,
        suggestions=args.suggestions,
        named=args.named,
        progress=_progress_lines if args.progress_lines else None,
    )
    if args.named and doc.anonymous:
        print("This assessment is anonymous: the report names nobody.", file=sys.stderr)
    print(f"Wrote the report to {args.output}.")
    return EXIT_OK


def _progress_lines(fraction: float, message: str) -> None:
    # Read by the app, which builds reports in a process of its own.
    print(f"progress {fraction:.3f} {message}", flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from cxassess.core.demo import demo_workshop
    from cxassess.core.files import os_reason
    from cxassess.core.storage import atomic_write_all, dump_document
    from cxassess.report.pdf import build_report

    out = Path(args.output)
    doc = demo_workshop(_load_questionnaire("customer-centric-culture"))
    pdf = build_report(doc)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CxError(
            f"Could not make the folder {out}: {os_reason(exc)}. Nothing was written."
        ) from None
    atomic_write_all(
        [(out / "demo-workshop.cxa", dump_document(doc)), (out / "demo-workshop.pdf", pdf)]
    )
    print(f"Wrote {out / 'demo-workshop.cxa'} and {out / 'demo-workshop.pdf'}.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from cxassess.gui.app import run

    return run([str(p) for p in args.files], exit_when_shown=args.exit_when_shown)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
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
    p = add("validate", "check a questionnaire (.yaml) or an assessment (.cxa)", cmd_validate)
    p.add_argument("file")
    p = add(
        "import",
        "turn responses into an assessment: a spreadsheet (CSV, XLSX), or an export of Google "
        "Forms, Microsoft Forms, SurveyMonkey, Qualtrics, LimeSurvey, ODK Central (.zip) or "
        "KoboToolbox",
        cmd_import,
    )
    from cxassess.cli_import import add_arguments

    add_arguments(p)
    p = add("merge", "combine participants' files into one assessment", cmd_merge)
    p.add_argument("inputs", nargs="+", metavar="IN.cxa")
    p.add_argument("-o", "--output", required=True, metavar="OUT.cxa")
    p.add_argument(
        "--prefer-latest",
        action="store_true",
        help="when a person answered a question differently in two files, keep the later answer",
    )
    twice = p.add_mutually_exclusive_group()
    twice.add_argument(
        "--combine-duplicates",
        action="store_true",
        help="people with the same name and role under different ids become one person",
    )
    twice.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="keep people with the same name and role as different people",
    )
    p = add("score", "print the scores, agreement and discussion agenda", cmd_score)
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    p = add("report", "write the PDF roadmap report", cmd_report)
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument(
        "--previous", nargs="*", metavar="OLD.cxa", help="earlier assessments to compare with"
    )
    p.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG logo for the cover")
    p.add_argument("--accent", metavar="#RRGGBB", help="accent colour for headings and tables")
    p.add_argument(
        "--suggestions",
        action="store_true",
        help="also list the suggested actions nobody has reviewed yet, in an annex",
    )
    p.add_argument(
        "--named",
        action="store_true",
        help="name the participants: attribute comments and add each person's answers "
        "(by default the report names nobody)",
    )
    p.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
    p = add("compare", "compare assessments of the same team over time", cmd_compare)
    p.add_argument("files", nargs="+", metavar="FILE.cxa", help="two or more assessments")
    p.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    p = add("export", "write the answers in long form", cmd_export)
    p.add_argument("file")
    p.add_argument("--csv", required=True, metavar="OUT.csv")
    p.add_argument("--roadmap-csv", metavar="ROADMAP.csv", help="also write the roadmap as CSV")
    p = add("room", "open a room: participants answer on their phones", cmd_room)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument("--host", help="address to listen on (default: this machine's network address)")
    p.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    p = add("reveal", "close a workshop's round so its results can be shown", cmd_reveal)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument(
        "--unfinished",
        action="store_true",
        help="reveal although some people have not finished",
    )
    p = add("form", "write a page participants answer offline in any browser", cmd_form)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument("-o", "--output", required=True, metavar="FORM.html")
    p = add("portfolio", "many teams' assessments side by side", cmd_portfolio)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".cxa files or folders")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="also write the portfolio as a PDF")
    p.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    p.add_argument(
        "--min-respondents",
        type=int,
        default=3,
        metavar="N",
        help="show no scores for teams with fewer people (default 3)",
    )
    p.add_argument(
        "--organisation",
        action="append",
        metavar="NAME",
        help="only this organisation's teams (repeat for several)",
    )
    p.add_argument(
        "--since", metavar="DATE", help="only teams assessed on or after DATE (2026-03-15)"
    )
    p = add("xlsform", "write the questionnaire as an XLSForm for ODK or KoboToolbox", cmd_xlsform)
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE")
    p.add_argument("-o", "--output", required=True, metavar="FORM.xlsx")
    p = add("demo", "write a sample workshop file and its PDF", cmd_demo)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    return guarded(lambda: int(args.func(args)))


if __name__ == "__main__":
    raise SystemExit(main())
