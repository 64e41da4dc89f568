"""Commands on assessment files: validate, merge, score, compare, export, owners, reveal."""

from __future__ import annotations

import argparse
from pathlib import Path

from cxassess.cli.common import (
    Add,
    facilitator_pin,
    load,
    load_questionnaire_arg,
    load_revealed,
    print_json,
    save,
)
from cxassess.core.problems import CxError, Problem
from cxassess.failures import EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    target = str(args.file)
    if target.lower().endswith((".yaml", ".yml")) or not target.lower().endswith(".cxa"):
        q = load_questionnaire_arg(target)
        questions = list(q.questions())
        actions = sum(len(qu.actions) for _, qu in questions)
        print(
            f"{target}: valid questionnaire '{q.id}' version {q.version}: "
            f"{len(q.dimensions)} dimensions, {len(questions)} questions, {actions} actions."
        )
    else:
        doc = load(target)
        answers = sum(len(p.answers) for p in doc.participants)
        print(
            f"{target}: valid assessment: {len(doc.participants)} participant(s), "
            f"{answers} answer(s), questionnaire '{doc.questionnaire.id}' {doc.questionnaire.version}."
        )
        if doc.round_open and doc.is_team:
            print(f"{target}: the round is open; results stay hidden until it is revealed.")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from cxassess.core.merge import merge_documents
    from cxassess.core.people import combine_duplicates, describe, likely_duplicates

    docs = [load(p) for p in args.inputs]
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
    save(merged, args.output)
    folded = f" ({combined} duplicate(s) combined)" if combined else ""
    print(
        f"Merged {len(args.inputs)} file(s): {len(merged.participants)} participant(s) in "
        f"{args.output}{folded}."
    )
    return EXIT_OK


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
        reveal(doc, facilitator_pin(doc))
        save_document(doc, path)
    print(f"{path}: the round is closed and the results can be shown.")
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    from cxassess.core.results_json import scores_to_json
    from cxassess.core.scoring import score_document
    from cxassess.text_report import scores_table

    doc = load_revealed(args.file)
    scores = score_document(doc)
    if args.json:
        print_json(scores_to_json(doc, scores))
    else:
        print(scores_table(doc, scores))
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from cxassess.core.compare import compare, comparison_table, comparison_to_json

    if len(args.files) < 2:
        raise CxError("compare needs at least two assessment files.")
    docs = [load_revealed(p) for p in args.files]
    result = compare(docs)
    if args.json:
        print_json(comparison_to_json(result))
    else:
        print(comparison_table(result))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from cxassess.core.export import answers_long_csv, roadmap_csv
    from cxassess.core.storage import atomic_write_all

    doc = load_revealed(args.file)
    files = [(Path(args.csv), answers_long_csv(doc).encode("utf-8"))]
    if args.roadmap_csv:
        files.append((Path(args.roadmap_csv), roadmap_csv(doc).encode("utf-8")))
    atomic_write_all(files)
    print(f"Wrote the answers to {args.csv}.")
    if args.roadmap_csv:
        print(f"Wrote the roadmap to {args.roadmap_csv}.")
    return EXIT_OK


def cmd_owners(args: argparse.Namespace) -> int:
    from cxassess.core.locks import FileLock
    from cxassess.core.owners import name_owners
    from cxassess.core.roles_asked import roles_to_fill
    from cxassess.core.scoring import score_document
    from cxassess.core.storage import load_document, save_document

    path = Path(args.file)
    changes: dict[str, str] = {role: "" for role in args.unset}
    for pair in args.set:
        role, sep, name = pair.partition("=")
        if not sep:
            raise CxError(f"--set {pair!r}: write it as ROLE=NAME, e.g. 'Head of sales=Ana Ruiz'.")
        changes[role] = name
    if changes:
        with FileLock(path, "cxassess owners"):
            doc = load_document(path)
            doc.owners = name_owners(doc, changes)
            save_document(doc, path)
    else:
        doc = load(str(path))
    for role, n, name in roles_to_fill(doc, score_document(doc)):
        held = f"{n} open item{'' if n == 1 else 's'} of work" if n else "no open work"
        print(f"{role}: {name or '(nobody named)'}  [{held}]")
    return EXIT_OK


def register(add: Add) -> None:
    """Add this module's commands to the parser."""
    p = add("validate", "check a questionnaire (.yaml) or an assessment (.cxa)", cmd_validate)
    p.add_argument("file")
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
    p = add("compare", "compare assessments of the same team over time", cmd_compare)
    p.add_argument("files", nargs="+", metavar="FILE.cxa", help="two or more assessments")
    p.add_argument("--json", action="store_true", help="print JSON (shape in the README)")
    p = add("export", "write the answers in long form", cmd_export)
    p.add_argument("file")
    p.add_argument("--csv", required=True, metavar="OUT.csv")
    p.add_argument("--roadmap-csv", metavar="ROADMAP.csv", help="also write the roadmap as CSV")
    p = add("owners", "list the plan's roles and name the person who holds each", cmd_owners)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="ROLE=NAME",
        help="name the person for a role (repeat for several; 'Executive sponsor=…' too)",
    )
    p.add_argument(
        "--unset", action="append", default=[], metavar="ROLE", help="clear a role's person"
    )
    p = add("reveal", "close a workshop's round so its results can be shown", cmd_reveal)
    p.add_argument("file", metavar="FILE.cxa")
    p.add_argument(
        "--unfinished",
        action="store_true",
        help="reveal although some people have not finished",
    )
