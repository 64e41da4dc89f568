"""`cxassess import`: a survey tool's export (or the wide layout) into an assessment."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cxassess.cli.common import Add, load_questionnaire_arg, save
from cxassess.core.problems import CxError, Problem
from cxassess.failures import EXIT_OK


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The import command's options."""
    p.add_argument("csv", metavar="RESPONSES")
    p.add_argument(
        "-q",
        "--questionnaire",
        default="customer-centric-culture",
        help="questionnaire file, shipped name, or name@version for an earlier shipped "
        "version (default: customer-centric-culture)",
    )
    p.add_argument("-o", "--output", metavar="OUT.cxa")
    p.add_argument("--organisation", help="organisation name to record")
    p.add_argument("--team", help="team name to record")
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the assessment's date (default: the day of the latest submission)",
    )
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="a mapping (.yaml or .csv) that settles columns and answers not recognised",
    )
    p.add_argument(
        "--write-mapping",
        type=Path,
        metavar="FILE",
        help="write the columns and answers found (.yaml or .csv), to check or complete",
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-11-24") from None


def run(args: argparse.Namespace) -> int:
    """Import, or list what needs settling (and write a mapping to settle it with)."""
    from cxassess.core.import_result import mapping_entries, require_ready, summary
    from cxassess.core.mapping import dump_mapping, load_mapping
    from cxassess.core.storage import atomic_write_bytes
    from cxassess.core.survey_import import import_export, read_export

    if args.output is None and args.write_mapping is None:
        raise CxError("Give -o OUT.cxa to import, or --write-mapping FILE to write a mapping.")
    q = load_questionnaire_arg(args.questionnaire)
    mapping = load_mapping(args.mapping, q) if args.mapping else None
    if args.write_mapping is not None:
        result = read_export(Path(args.csv), q, mapping)
        columns, values = mapping_entries(result, q)
        csv_form = args.write_mapping.suffix.lower() == ".csv"
        text = dump_mapping(columns, values, csv_form)
        atomic_write_bytes(args.write_mapping, text.encode("utf-8"))
        undecided = sum(1 for _, target, _ in [*columns, *values] if not target)
        proposed = sum(1 for _, _, note in columns if "PROPOSED" in note)
        print(
            f"Wrote {args.write_mapping}: {len(columns)} column(s) and {len(values)} answer(s); "
            f"{undecided} to decide and {proposed} proposal(s) to check. Then run the import "
            f"with --mapping {args.write_mapping}.",
            file=sys.stderr if args.output else sys.stdout,
        )
        if args.output is None:
            return EXIT_OK
        require_ready(result, q)
    try:
        doc, result = import_export(
            Path(args.csv),
            q,
            mapping,
            assessed_on=args.date,
            organisation=args.organisation or "",
            team=args.team or "",
        )
    except CxError as exc:
        if args.write_mapping is None and any("mapping" in p.message for p in exc.problems):
            exc.problems.append(HINT)
        raise
    save(doc, args.output)
    dated_by = "as given" if args.date else "the latest submission"
    if args.date is None and result.latest is None:
        dated_by = "today: no submission times"
    for line in summary(result, doc, args.output, dated_by):
        print(line)
    return EXIT_OK


HINT = Problem(
    (),
    "settle them once: run again with --write-mapping mapping.yaml, fill in its empty "
    "targets (and check its proposals), then import with --mapping mapping.yaml",
    None,
    "hint",
)


def register(add: Add) -> None:
    """Add the import command to the parser."""
    p = add(
        "import",
        "turn responses into an assessment: a spreadsheet (CSV, XLSX), or an export of Google "
        "Forms, Microsoft Forms, SurveyMonkey, Qualtrics, LimeSurvey, ODK Central (.zip) or "
        "KoboToolbox",
        run,
    )
    add_arguments(p)
