"""Commands that write reports: the PDF roadmap, the portfolio, the demo."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from cxassess.cli.common import (
    Add,
    load_questionnaire_arg,
    load_revealed,
    print_json,
    progress_lines,
)
from cxassess.core.problems import CxError
from cxassess.core.text import shorten
from cxassess.failures import EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from cxassess.core.followup import load_linked
    from cxassess.report.pdf import build_report_file
    from cxassess.report.styles import DEFAULT_ACCENT, Branding

    doc = load_revealed(args.file)
    if args.previous is None:
        # A re-assessment is compared with the earlier ones it links to, where they are found.
        previous = [d for _p, d in load_linked(doc, Path(args.file).resolve().parent)]
    else:
        previous = [load_revealed(p) for p in args.previous]
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
        progress=progress_lines if args.progress_lines else None,
    )
    if args.named and doc.anonymous:
        print("This assessment is anonymous: the report names nobody.", file=sys.stderr)
    print(f"Wrote the report to {args.output}.")
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from datetime import date

    from cxassess.core.portfolio import committee, cxa_files, portfolio, select, summarise

    if args.min_respondents < 1:
        raise CxError("--min-respondents must be 1 or more.")
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise CxError(f"--since must be a date like 2026-03-15, not {args.since!r}.") from None
    meeting = None
    if args.meeting:
        try:
            meeting = date.fromisoformat(args.meeting)
        except ValueError:
            raise CxError(
                f"--meeting must be a date like 2026-12-14, not {args.meeting!r}."
            ) from None
    today = date.today()
    summaries = select(
        [summarise(p, today) for p in cxa_files(args.paths)], args.organisation or [], since
    )
    if not summaries:
        raise CxError("No team matches --organisation and --since. Nothing was written.")
    data = portfolio(summaries, args.min_respondents)
    # Checked before anything is written: a misspelt organisation names nobody.
    members = committee(args.member or [], (t["organisation"] for t in data["teams"]))
    if args.output:
        from cxassess.core.storage import atomic_write_bytes
        from cxassess.report.portfolio_pdf import build_portfolio_report

        atomic_write_bytes(
            Path(args.output),
            build_portfolio_report(
                data, data["levels"], lead=args.lead, meeting=meeting, members=members
            ),
        )
        print(
            f"Wrote the portfolio to {args.output}.", file=sys.stderr if args.json else sys.stdout
        )
    if args.json:
        print_json(data)
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
        apart = (
            f"  (group from {len(team['units'])} units, in no mean)" if team.get("group") else ""
        )
        print(
            f"{name:<{width}}  {team['respondents']:>6}  {shown}  {'–' if overall is None else f'{overall:.2f}'}{apart}"
        )
    weakest = "; ".join(
        f"{shorten(w['text'], 60)} ({w['mean_of_teams']:.2f})"
        for w in data["weakest_statements"][:3]
    )
    if weakest:
        print(f"Weakest across the organisation: {weakest}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cxassess.core.demo import demo_workshop
    from cxassess.core.files import os_reason
    from cxassess.core.storage import atomic_write_all, dump_document
    from cxassess.report.pdf import build_report

    out = Path(args.output)
    doc = demo_workshop(load_questionnaire_arg("customer-centric-culture"))
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


def register(add: Add) -> None:
    """Add this module's commands to the parser."""
    p = add("report", "write the PDF roadmap report", cmd_report)
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument(
        "--previous",
        nargs="*",
        metavar="OLD.cxa",
        help="earlier assessments to compare with (default: the ones this file links to, where "
        "they are found; --previous alone compares with none)",
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
    p = add("portfolio", "many teams' assessments side by side", cmd_portfolio)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".cxa files or folders")
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="also write the portfolio as a PDF")
    p.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    p.add_argument(
        "--lead", default="", metavar="NAME", help="the programme lead, named in the PDF"
    )
    p.add_argument(
        "--meeting",
        metavar="DATE",
        help="the steering committee's date; the PDF's decisions are dated from it",
    )
    p.add_argument(
        "--member",
        action="append",
        metavar="ORGANISATION=NAME",
        help="an organisation's member of the committee, who owns its decisions in the PDF "
        "(repeat for each)",
    )
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
    p = add("demo", "write a sample workshop file and its PDF", cmd_demo)
    p.add_argument("-o", "--output", required=True, metavar="DIR")
