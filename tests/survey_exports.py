"""Exports shaped as each survey tool writes them, for the shipped questionnaire.

Each builder lays its file out as the tool's documented export does (header rows,
bookkeeping columns, how a grid's or matrix's rows are headed, what a cell holds, the
date format), and answers with the same `PEOPLE`, so a test can check every answer,
not-applicable and comment that comes back.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cxassess.core.questionnaire import Questionnaire

NA_LABEL = "Not applicable / don't know"
COMMENT_PROMPT = "What have you seen that makes you answer this way? (optional)"
BASE = datetime(2026, 11, 23, 9, 5, 0)


@dataclass
class Person:
    name: str
    role: str
    email: str
    answers: dict[str, int | None]  # None: not applicable
    comments: dict[str, str]
    sent: datetime


def people(q: Questionnaire, count: int = 4) -> list[Person]:
    """`count` people; every sixth answer not applicable where that is an answer, a few comments each."""
    ids = [qu.id for _, qu in q.questions()]
    names = [
        ("Zoë Ångström", "Sales"),
        ("Łukasz Nowak", "Support"),
        ("山田 花子", "Finance"),
        ("Bo", ""),
    ]
    out = []
    for i in range(count):
        name, role = names[i % len(names)] if i < len(names) else (f"Person {i}", "Ops")
        answers: dict[str, int | None] = {}
        for j, qid in enumerate(ids):
            point = (i + 2 * j) % 6
            # "not applicable" where the statement offers it; elsewhere the middle point
            answers[qid] = (None if q.allows_na(qid) else 3) if point == 0 else point
        comments = {ids[(i * 7 + k) % len(ids)]: f"Seen it, “case” {i}.{k}, ok" for k in range(3)}
        sent = BASE + timedelta(days=i, hours=i)
        out.append(Person(name, role, f"p{i}@example.org", answers, comments, sent))
    return out


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _label(q: Questionnaire, point: int | None) -> str:
    return NA_LABEL if point is None else q.scale.labels[point - 1]


def google_forms(q: Questionnaire, path: Path, team: list[Person]) -> Path:
    """The Responses tab's "Download responses (.csv)": Timestamp, the e-mail the form
    collected, then question titles; a multiple-choice grid heads each row "Title [Row]";
    a cell holds the chosen option's text. Area 1 is asked as one multiple-choice
    question per statement with the anchors as options, the rest as grids over the
    scale's labels; a paragraph question "Comment" follows each area."""
    dims = q.dimensions
    header = ["Timestamp", "Email address", "Your name", "Your role or department"]
    for d, dim in enumerate(dims):
        for question in dim.questions:
            header.append(question.text if d == 0 else f"{dim.title} [{question.text}]")
    rows = [header]
    for person in team:
        row = [
            person.sent.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT+1",
            person.email,
            person.name,
            person.role,
        ]
        for d, dim in enumerate(dims):
            for question in dim.questions:
                point = person.answers[question.id]
                if d == 0:
                    row.append(NA_LABEL if point is None else question.anchors[point - 1])
                else:
                    row.append(_label(q, point))
        rows.append(row)
    path.write_text(_csv(rows), encoding="utf-8")
    return path


def microsoft_forms(q: Questionnaire, path: Path, team: list[Person]) -> Path:
    """ "Open results in Excel": ID, Start time, Completion time, Email, Name, Last
    modified time, then one column per question, headed by its title; a Likert
    question's rows each get a column headed by the statement. Times are Excel dates;
    Name is the respondent's account name, "anonymous" for a form open to anyone, so
    the form asks for the name itself."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    header += ["Your name", "Your role or department"]
    for _dim, question in q.questions():
        header.append(question.text)
    sheet.append(header)
    for i, person in enumerate(team, start=1):
        row: list[object] = [
            i,
            person.sent - timedelta(minutes=9),
            person.sent,
            "anonymous",
            "anonymous",
            None,
            person.name,
            person.role,
        ]
        for _dim, question in q.questions():
            row.append(_label(q, person.answers[question.id]))
        sheet.append(row)
    book.save(path)
    return path


def surveymonkey(q: Questionnaire, path: Path, team: list[Person]) -> Path:
    """ "All responses data" as CSV, expanded, actual answer text: bookkeeping columns,
    then a first header row of questions and a second of "Response" or a matrix's rows;
    one matrix per area, titled by the area, with a comment field after it."""
    top = [
        "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
        "Email Address", "First Name", "Last Name", "Custom Data 1",
        "What is your name?", "What is your role or department?",
    ]  # fmt: skip
    below = [""] * 9 + ["Response", "Response"]
    for dim in q.dimensions:
        for k, question in enumerate(dim.questions):
            top.append(dim.title if k == 0 else "")
            below.append(question.text)
    rows = [top, below]
    for i, person in enumerate(team):
        row = [
            str(114_000_000_000 + i),
            "432100001",
            (person.sent - timedelta(minutes=12)).strftime("%m/%d/%Y %I:%M:%S %p"),
            person.sent.strftime("%m/%d/%Y %I:%M:%S %p"),
            f"203.0.113.{i + 1}",
            "",
            "",
            "",
            "",
            person.name,
            person.role,
        ]
        for _dim, question in q.questions():
            row.append(_label(q, person.answers[question.id]))
        rows.append(row)
    path.write_text(_csv(rows), encoding="utf-8")
    return path


def qualtrics(q: Questionnaire, path: Path, team: list[Person]) -> Path:
    """CSV with choice text: column names, then question texts ("Matrix - Statement" for a
    matrix's rows), then {"ImportId": …}; one matrix per area, Q1 and Q2 name and role."""
    meta = [
        ("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Berlin"}'),
        ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Berlin"}'),
        ("Status", "Response Type", '{"ImportId":"status"}'),
        ("IPAddress", "IP Address", '{"ImportId":"ipAddress"}'),
        ("Progress", "Progress", '{"ImportId":"progress"}'),
        ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
        ("Finished", "Finished", '{"ImportId":"finished"}'),
        ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Berlin"}'),
        ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
        ("RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'),
        ("RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'),
        ("RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'),
        ("ExternalReference", "External Data Reference", '{"ImportId":"externalDataReference"}'),
        ("LocationLatitude", "Location Latitude", '{"ImportId":"locationLatitude"}'),
        ("LocationLongitude", "Location Longitude", '{"ImportId":"locationLongitude"}'),
        ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
        ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}'),
        ("Q1", "Your name", '{"ImportId":"QID1_TEXT"}'),
        ("Q2", "Your role or department", '{"ImportId":"QID2_TEXT"}'),
    ]
    names, texts, ids = (list(t) for t in zip(*meta, strict=True))
    for d, dim in enumerate(q.dimensions, start=3):
        for k, question in enumerate(dim.questions, start=1):
            names.append(f"Q{d}_{k}")
            texts.append(f"{dim.title} - {question.text}")
            ids.append(json.dumps({"ImportId": f"QID{d}_{k}"}))
    rows = [names, texts, ids]
    for i, person in enumerate(team):
        row = [
            (person.sent - timedelta(minutes=7)).strftime("%Y-%m-%d %H:%M:%S"),
            person.sent.strftime("%Y-%m-%d %H:%M:%S"),
            "IP Address", f"198.51.100.{i}", "100", "420", "True",
            person.sent.strftime("%Y-%m-%d %H:%M:%S"),
            f"R_{i}aBcDeFgHiJkLmN", "", "", "", "", "52.52", "13.40", "anonymous", "EN",
            person.name, person.role,
        ]  # fmt: skip
        for _dim, question in q.questions():
            row.append(_label(q, person.answers[question.id]))
        rows.append(row)
    path.write_text("\ufeff" + _csv(rows), encoding="utf-8")
    return path


def limesurvey(q: Questionnaire, path: Path, team: list[Person], codes: bool = False) -> Path:
    """ "Export responses" as CSV: full question text headings with full answers ("Question
    [Subquestion]" for an array's rows), or question codes with answer codes."""
    if codes:
        header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate",
                  "datestamp", "name", "role"]  # fmt: skip
    else:
        header = ["Response ID", "Date submitted", "Last page", "Start language", "Seed",
                  "Date started", "Date last action", "Your name", "Your role or department"]  # fmt: skip
    for d, dim in enumerate(q.dimensions, start=1):
        for question in dim.questions:
            if codes:
                header.append(f"G{d}Q1[{question.id.replace('-', '')}]")
            else:
                header.append(f"{dim.title} [{question.text}]")
    rows = [header]
    for i, person in enumerate(team, start=1):
        stamp = person.sent.strftime("%Y-%m-%d %H:%M:%S")
        row = [str(i), stamp, "5", "en", str(1000 + i), stamp, stamp, person.name, person.role]
        for _dim, question in q.questions():
            point = person.answers[question.id]
            # an array over answer codes 1..5, with "NA" for not applicable
            row.append(("NA" if point is None else str(point)) if codes else _label(q, point))
        rows.append(row)
    path.write_text(_csv(rows, ";" if codes else ","), encoding="utf-8")
    return path


def odk_central_zip(
    q: Questionnaire, path: Path, team: list[Person], review: dict[int, str] | None = None
) -> Path:
    """ "Download all submissions" (.zip): `<formId>.csv` with the form's fields named by
    group path joined with "-", then Central's bookkeeping, beside a `media/` folder."""
    review = review or {}
    header = ["SubmissionDate", "form_version", "name", "role"]
    for dim, question in q.questions():
        header += [f"{dim.id}-{question.id}", f"{dim.id}-{question.id}_comment"]
    header += [
        "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
        "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
    ]  # fmt: skip
    rows = [header]
    for i, person in enumerate(team):
        key = f"uuid:0e6c1f52-3b7a-4c1d-9a2e-{i:012d}"
        row = [person.sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"), q.version, person.name, person.role]
        for _dim, question in q.questions():
            point = person.answers[question.id]
            row += ["na" if point is None else str(point), person.comments.get(question.id, "")]
        row += [key, key, "5", "Public link", "0", "0", "", review.get(i, ""), "", "0", q.version]
        rows.append(row)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{q.id}.csv", _csv(rows))
        archive.writestr("media/.keep", "")
    return path


def kobo_labels(q: Questionnaire, path: Path, team: list[Person], xlsx: bool = False) -> Path:
    """Export with "Labels" and groups in headers: each field headed by its label, groups
    joined with "/", a select_one cell holding its choice's label; Kobo's bookkeeping
    keeps its names. CSV exports are ";"-separated."""
    header = ["start", "end", "Your name (as the facilitator should list you)",
              "Your role or department (optional)"]  # fmt: skip
    for dim, question in q.questions():
        header += [f"{dim.title}/{question.text}", f"{dim.title}/{COMMENT_PROMPT}"]
    header += ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
               "_submitted_by", "__version__", "_tags", "_index"]  # fmt: skip
    rows: list[list[object]] = [header]
    for i, person in enumerate(team):
        row: list[object] = [
            (person.sent - timedelta(minutes=9)).isoformat() + ".000+01:00",
            person.sent.isoformat() + ".000+01:00",
            person.name,
            person.role,
        ]
        for _dim, question in q.questions():
            point = person.answers[question.id]
            label = (
                NA_LABEL
                if point is None
                else f"{point} · {q.scale.labels[point - 1]}: {question.anchors[point - 1]}"
            )
            row += [label, person.comments.get(question.id, "")]
        row += [
            301 + i, f"5d8c1b2a-6f3e-4a7b-8c9d-{i:012d}", person.sent.isoformat(), "", "",
            "submitted_via_web", "", "vQxYz123", "", i + 1,
        ]  # fmt: skip
        rows.append(row)
    if xlsx:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = q.id[:31]
        for row in rows:
            sheet.append(row)
        book.save(path)
    else:
        path.write_text(_csv([[str(c) for c in r] for r in rows], ";"), encoding="utf-8")
    return path


__all__ = [
    "google_forms",
    "kobo_labels",
    "limesurvey",
    "microsoft_forms",
    "odk_central_zip",
    "people",
    "qualtrics",
    "surveymonkey",
]
