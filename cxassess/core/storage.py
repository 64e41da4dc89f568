"""Reading and writing `.cxa` files: atomic saves, size and shape checks, migrations."""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxassess.core.bulk import bulk_allocation
from cxassess.core.document import FORMAT_VERSION, Assessment
from cxassess.core.files import os_reason, read_capped
from cxassess.core.migrations import migrate
from cxassess.core.problems import CxError, Problem, format_path
from cxassess.core.validation import pydantic_problems, questionnaire_semantic_problems

MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

_UMASK = os.umask(0)
os.umask(_UMASK)


PRIVATE_MODE = 0o600


def atomic_write_bytes(path: Path, data: bytes, private: bool = True) -> None:
    """Write a file so that a crash leaves either the old or the new content, never a mix.

    The data goes to a temporary file in the same folder, is flushed and fsynced, takes
    the existing file's mode, and then replaces the file in one rename. A new file is
    created owner-only unless `private` is False (a file meant to be sent, such as the
    blank answer form).
    """
    atomic_write_all([(Path(path), data)], private)


def atomic_write_all(files: Sequence[tuple[Path, bytes]], private: bool = True) -> None:
    """Write several files all or nothing: every one is staged and synced before any
    replaces its destination, so a failure (a missing folder, a full disk) writes none.
    New files are owner-only (0600) unless `private` is False."""
    staged: list[tuple[str, Path]] = []
    path = Path()
    existed = False
    try:
        for path, data in files:
            path = Path(path)
            directory = path.parent if str(path.parent) else Path(".")
            existed = True
            try:
                mode = path.stat().st_mode & 0o7777
            except FileNotFoundError:
                existed = False
                mode = PRIVATE_MODE if private else 0o666 & ~_UMASK
            fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            staged.append((tmp_name, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, mode)
        for tmp_name, path in staged:
            os.replace(tmp_name, path)
        staged.clear()
        for directory in {Path(p).parent for p, _ in files}:
            _fsync_dir(directory)
    except OSError as exc:
        kept = (
            " The existing file was not changed."
            if existed and len(files) == 1
            else " Nothing was written."
        )
        raise CxError(f"Could not save {path}: {os_reason(exc)}.{kept}") from None
    finally:
        for tmp_name, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_dir(directory: Path) -> None:
    # The rename is durable only once the folder entry is on disk; not possible on Windows.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_ALWAYS_WRITTEN = {"format_version", "id", "assessed_on", "created_at", "modified_at"}


def dump_document(doc: Assessment) -> bytes:
    """The document as the bytes of a `.cxa` file: compact JSON without default values.

    An answer is `{"value":3}` rather than a kilobyte of indentation and empty fields, so
    50,000 people fit in a file. The format version always comes first, default or not:
    it is what a reader checks before anything else.
    """
    # The format version, identity and dates are always written, default or not:
    # `exclude_defaults` would drop a date made today (it equals the default factory's
    # `date.today()`), and the file would move to whatever day it is read.
    head = doc.model_dump_json(include=_ALWAYS_WRITTEN)
    body = doc.model_dump_json(exclude_defaults=True, exclude=_ALWAYS_WRITTEN)
    if body == "{}":
        return head.encode("utf-8")
    return f"{head[:-1]},{body[1:]}".encode()


def readable_bytes(doc: Assessment, path: Path | str) -> bytes:
    """The document's bytes, or CxError when the file would be larger than a reader
    accepts: no writer may write a file that cannot be read back."""
    data = dump_document(doc)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise CxError(
            f"Could not save {path}: {len(doc.participants):,} people make a file of "
            f"{len(data) / 1_048_576:.0f} MiB, more than an assessment can hold "
            f"({MAX_DOCUMENT_BYTES // 1_048_576} MiB). Split them into several assessments. "
            "Nothing was written."
        )
    return data


def save_document(doc: Assessment, path: Path) -> None:
    """Save atomically; CxError says why when it fails, and the old file stays intact."""
    atomic_write_bytes(Path(path), readable_bytes(doc, path))


def document_problems(doc: Assessment, source: str = "") -> list[Problem]:
    """Problems a schema cannot see: answers that do not fit the embedded questionnaire."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    q = doc.questionnaire
    if doc.questionnaire_hash != q.content_hash:
        found.append(
            (
                ("questionnaire_hash",),
                "does not match the embedded questionnaire; the file was edited by hand or damaged",
            )
        )
    points = q.scale.points
    seen: set[str] = set()
    for pi, person in enumerate(doc.participants):
        if str(person.id) in seen:
            found.append((("participants", pi, "id"), f"participant id {person.id} appears twice"))
        seen.add(str(person.id))
        for qid, answer in person.answers.items():
            where = ("participants", pi, "answers", qid)
            if not q.has_question(qid):
                found.append(
                    (where, f"answers question '{qid}', which the questionnaire does not have")
                )
            elif answer.value is not None and not 1 <= answer.value <= points:
                found.append(
                    (
                        (*where, "value"),
                        f"must be between 1 and {points} or null, got {answer.value}",
                    )
                )
            elif answer.kind == "na" and not q.allows_na(qid):
                found.append(((*where, "value"), q.na_problem(qid) or ""))
    dims = {d.id for d in q.dimensions}
    for qid, agreed in doc.agreed_questions.items():
        if not q.has_question(qid):
            found.append((("agreed_questions", qid), "is not a question of the questionnaire"))
        elif not 1 <= agreed.score <= points:
            found.append((("agreed_questions", qid, "score"), f"must be between 1 and {points}"))
    for did, agreed in doc.agreed_dimensions.items():
        if did not in dims:
            found.append((("agreed_dimensions", did), "is not a dimension of the questionnaire"))
        elif not 1 <= agreed.score <= points:
            found.append((("agreed_dimensions", did, "score"), f"must be between 1 and {points}"))
    for did, target in doc.targets.items():
        if did not in dims:
            found.append((("targets", did), "is not a dimension of the questionnaire"))
        elif not 1 <= target <= points:
            found.append((("targets", did), f"must be between 1 and {points}, got {target}"))
    return [Problem(p, m, None, source) for p, m in found]


def _evidence_time(raw: dict[str, Any]) -> datetime | None:
    """The latest time a file itself records: an answer, a finish, a change."""
    stamps: list[datetime] = []

    def take(value: Any) -> None:
        if isinstance(value, str):
            with contextlib.suppress(ValueError):
                stamp = datetime.fromisoformat(value)
                stamps.append(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC))

    take(raw.get("modified_at"))
    take(raw.get("created_at"))
    people = raw.get("participants")
    for person in people if isinstance(people, list) else []:
        if not isinstance(person, dict):
            continue
        take(person.get("finished_at"))
        answers = person.get("answers")
        for answer in answers.values() if isinstance(answers, dict) else []:
            if isinstance(answer, dict):
                take(answer.get("answered_at"))
    return max(stamps) if stamps else None


def _reconstruct_dates(
    raw: dict[str, Any], file_time: datetime | None
) -> tuple[dict[str, Any], dict[str, str]]:
    """Fill the dates a file lacks from the best evidence it holds.

    Files written on the day they were made by cxassess before format 4's fix lost
    `assessed_on` (it equalled today's default). Read with a default, they would move to
    whatever day they are opened; instead they take the latest answer or change they
    record, else the file's modification time.
    """
    missing = [k for k in ("assessed_on", "created_at", "modified_at") if k not in raw]
    if not missing:
        return raw, {}
    evidence = _evidence_time(raw)
    how = "its latest answer or change"
    if evidence is None and file_time is not None:
        evidence, how = file_time, "the file's modification time"
    if evidence is None:
        return raw, {}
    filled = dict(raw)
    notes: dict[str, str] = {}
    for key in missing:
        filled[key] = evidence.date().isoformat() if key == "assessed_on" else evidence.isoformat()
        notes[key] = how
    return filled, notes


def parse_document(raw: Any, source: str = "", file_time: datetime | None = None) -> Assessment:
    """Validate parsed JSON as a current-format document, listing every problem.

    Dates the file lacks are reconstructed (see `Assessment.reconstructed`)."""
    if not isinstance(raw, dict):
        raise CxError(
            f"{source or 'The file'} is not a cxassess assessment (expected a JSON object)."
        )
    raw = migrate(raw, source)
    raw, reconstructed = _reconstruct_dates(raw, file_time)
    problems: list[Problem] = []
    doc: Assessment | None = None
    try:
        with bulk_allocation():
            doc = Assessment.model_validate(raw)
    except ValidationError as exc:
        problems.extend(pydantic_problems(exc, None, source))
    except RecursionError:
        raise CxError(f"{source or 'The file'} is nested too deeply to be an assessment.") from None
    for path, message in questionnaire_semantic_problems(raw.get("questionnaire")):
        problems.append(Problem(("questionnaire", *path), message, None, source))
    if doc is not None and not problems:
        problems.extend(document_problems(doc, source))
    if problems or doc is None:
        raise CxError(f"{source or 'The file'} has {len(problems)} problem(s).", problems)
    doc.reconstructed.update(reconstructed)
    return doc


def load_document(path: Path) -> Assessment:
    """Read a `.cxa` file; any fault becomes one clear CxError, never a traceback."""
    data = read_capped(Path(path), MAX_DOCUMENT_BYTES, "an assessment")
    try:
        file_time: datetime | None = datetime.fromtimestamp(Path(path).stat().st_mtime, UTC)
    except OSError:
        file_time = None
    return parse_document_bytes(data, str(path), file_time)


class _NonFinite(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token

    def where(self, text: str) -> str:
        match = re.search(rf"[:\[,]\s*({re.escape(self.token)})\s*[,\]}}]", text)
        place = ""
        if match:
            start = match.start(1)
            place = f"line {text.count(chr(10), 0, start) + 1}, column {start - text.rfind(chr(10), 0, start)} "
        return (
            f"{place}holds {self.token}, which is not a number a cxassess file can hold; "
            "the file was edited by hand or written by another program."
        )


def _not_a_number(token: str) -> float:
    raise _NonFinite(token)  # NaN, Infinity and -Infinity: JSON itself has no such values


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _NonFinite(token)  # 1e999 and the like overflow to infinity
    return value


def parse_document_bytes(
    data: bytes, source: str = "", file_time: datetime | None = None
) -> Assessment:
    """Parse the bytes of a `.cxa` file."""
    label = source or "The file"
    if not data.strip():
        raise CxError(f"{label} is empty; it may have been cut off while copying.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CxError(
            f"{label} is not a cxassess file (not UTF-8 text at byte {exc.start})."
        ) from None
    try:
        raw = json.loads(text, parse_constant=_not_a_number, parse_float=_finite_float)
    except _NonFinite as exc:
        raise CxError(f"{label}: {exc.where(text)}") from None
    except json.JSONDecodeError as exc:
        raise CxError(
            f"{label} is damaged or not a cxassess file: "
            f"{exc.msg} (line {exc.lineno}, column {exc.colno})."
        ) from None
    except RecursionError:
        raise CxError(f"{label} is nested too deeply to be an assessment.") from None
    return parse_document(raw, source, file_time)


__all__ = [
    "FORMAT_VERSION",
    "CxError",
    "atomic_write_all",
    "atomic_write_bytes",
    "dump_document",
    "format_path",
    "load_document",
    "parse_document",
    "parse_document_bytes",
    "readable_bytes",
    "save_document",
]
