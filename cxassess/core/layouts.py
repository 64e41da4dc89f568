"""What each column of a survey tool's export holds, from its header rows.

Each tool heads its export its own way: Google Forms starts with "Timestamp" and heads
questions by their titles; Microsoft Forms starts with ID, Start time, Completion time,
Email and Name; SurveyMonkey puts questions on a first header row and a matrix's rows on a
second; Qualtrics writes column names, then question texts, then `{"ImportId": …}`;
LimeSurvey names its bookkeeping `id`, `submitdate`, `lastpage` (or "Response ID", "Date
submitted", "Last page"); ODK Central and KoboToolbox name columns by the form's field
names, with group paths and their own bookkeeping (`KEY`, `ReviewState`, `_uuid`, …).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from cxassess.core.matching import Match, StatementIndex, normal, text_candidates
from cxassess.core.xlsform import COMMENT_SUFFIX

Kind = Literal[
    "answer",
    "comment",
    "name",
    "first_name",
    "last_name",
    "role",
    "unit",
    "email",
    "id",
    "time",
    "version",
    "review",
    "meta",
    "ignore",
    "unknown",
]


def _names(*texts: str) -> frozenset[str]:
    return frozenset(normal(t) for t in texts)


NAME_HEADERS = _names(
    "participant", "name", "your name", "full name", "respondent", "respondent name",
    "your name (as the facilitator should list you)", "nom", "votre nom", "nom complet",
    "nom et prénom", "ihr name", "vollständiger name", "nombre", "su nombre", "tu nombre",
    "nombre completo", "nome", "seu nome", "o seu nome", "nome completo", "il tuo nome",
    "nome e cognome", "naam", "uw naam", "je naam", "volledige naam",
)  # fmt: skip
FIRST_NAME_HEADERS = _names(
    "first name", "given name", "forename", "recipientfirstname", "recipient first name",
    "prénom", "vorname", "nombre de pila", "primeiro nome", "voornaam",
)  # fmt: skip
LAST_NAME_HEADERS = _names(
    "last name", "surname", "family name", "recipientlastname", "recipient last name",
    "nom de famille", "nachname", "familienname", "apellido", "apellidos", "sobrenome",
    "apelido", "achternaam", "cognome",
)  # fmt: skip
ROLE_HEADERS = _names(
    "role", "your role", "your role or department", "your role or department (optional)",
    "department", "your department", "team", "your team", "function", "job title",
    "position", "job role", "rôle", "votre rôle", "fonction", "service", "département",
    "équipe", "poste", "rolle", "ihre rolle", "abteilung", "funktion", "bereich", "rol",
    "su rol", "tu rol", "departamento", "área", "equipo", "cargo", "puesto", "função",
    "papel", "equipe", "setor", "afdeling", "functie", "ruolo", "reparto", "funzione",
    "dipartimento", "ufficio",
)  # fmt: skip
# The part of the organisation a person knows best (asked since questionnaire 3.1).
UNIT_HEADERS = _names(
    "unit", "your unit", "business unit", "division", "site", "your site",
    "part of the organisation you know best", "the part of the organisation you know best",
    "which part of the organisation do you know best?", "unité", "einheit", "unidad",
    "unidade", "unità", "eenheid",
)  # fmt: skip
EMAIL_HEADERS = _names(
    "email", "e-mail", "email address", "e-mail address", "recipientemail",
    "recipient email", "adresse e-mail", "courriel", "e-mail-adresse",
    "dirección de correo electrónico", "correo electrónico", "endereço de e-mail",
    "e-mailadres", "indirizzo email",
)  # fmt: skip
COMMENT_HEADERS = _names(
    "comment", "comments", "your comment", "why", "why?", "remarks", "notes",
    "what have you seen that makes you answer this way? (optional)", "commentaire",
    "commentaires", "kommentar", "anmerkung", "comentario", "comentarios", "comentário",
    "opmerking", "toelichting", "commento", "note",
)  # fmt: skip
# Submission identifiers, most stable first: an edited ODK or Kobo submission keeps these.
ID_HEADERS = (
    "KEY", "meta/rootUuid", "_uuid", "meta-instanceID", "meta/instanceID", "instanceID",
    "ResponseId", "Response ID", "Respondent ID", "ID", "id",
)  # fmt: skip
# When the answers were sent, most telling first.
TIME_HEADERS = _names(
    "SubmissionDate", "_submission_time", "Completion time", "RecordedDate",
    "Recorded Date", "EndDate", "End Date", "submitdate", "Date submitted", "Timestamp",
    "Horodateur", "Zeitstempel", "Marca temporal", "Carimbo de data/hora", "Tijdstempel",
    "Informazioni cronologiche", "end", "datestamp", "Date last action",
)  # fmt: skip
TIME_ORDER = [
    normal(t)
    for t in (
        "SubmissionDate", "_submission_time", "Completion time", "RecordedDate",
        "Recorded Date", "EndDate", "End Date", "submitdate", "Date submitted", "Timestamp",
        "Horodateur", "Zeitstempel", "Marca temporal", "Carimbo de data/hora", "Tijdstempel",
        "Informazioni cronologiche", "end", "datestamp", "Date last action",
    )
]  # fmt: skip
REVIEW_HEADERS = _names("ReviewState", "_validation_status")
VERSION_HEADERS = _names("form_version", "FormVersion")
META_HEADERS = _names(
    # Google Forms, Microsoft Forms
    "score", "total score", "start time", "last modified time", "total points",
    "quiz feedback", "points", "feedback",
    # SurveyMonkey
    "collector id", "start date", "ip address", "custom data 1", "custom data",
    # Qualtrics
    "startdate", "status", "ipaddress", "progress", "duration (in seconds)", "finished",
    "externalreference", "external data reference", "locationlatitude", "location latitude",
    "locationlongitude", "location longitude", "distributionchannel", "distribution channel",
    "userlanguage", "user language", "response type", "q_recaptchascore",
    "q_relevantidduplicate", "q_relevantidduplicatescore", "q_relevantidfraudscore",
    "q_relevantidlaststartdate",
    # LimeSurvey
    "lastpage", "last page", "startlanguage", "start language", "seed", "date started",
    "ipaddr", "refurl", "referrer url", "token", "interviewtime", "total time",
    # ODK Central
    "start", "today", "deviceid", "meta-instanceName", "SubmitterID", "SubmitterName",
    "AttachmentsPresent", "AttachmentsExpected", "Edits", "meta-audit",
)  # fmt: skip
# Bookkeeping named by prefix: KoboToolbox's "_id", "_tags", "__version__", "meta/…",
# "formhub/uuid"; ODK's "meta-…" and "__system-…"; LimeSurvey's per-page timings.
META_PREFIXES = ("_", "meta/", "meta-", "formhub/", "__system", "grouptime", "group time")

TOOLS = (
    "ODK Central",
    "KoboToolbox",
    "Google Forms",
    "Microsoft Forms",
    "SurveyMonkey",
    "Qualtrics",
    "LimeSurvey",
)


@dataclass
class Column:
    """One column: where it is, its header as the tool wrote it, and what it holds."""

    index: int
    header: str  # as shown: the header rows joined
    name: str  # the first header row's text, where tools write field names
    kind: Kind = "unknown"
    question: str | None = None
    proposal: Match | None = None
    settled: bool = False  # by a mapping rather than recognised


@dataclass
class Layout:
    """The tool that wrote an export, its header rows, and its columns."""

    tool: str
    header_rows: int
    columns: list[Column] = field(default_factory=list)

    def of_kind(self, kind: Kind) -> list[Column]:
        """The columns of one kind, in order."""
        return [c for c in self.columns if c.kind == kind]


def detect(rows: Sequence[Sequence[str]]) -> tuple[str, int, list[tuple[str, str]]]:
    """The tool, how many header rows, and each column's (shown header, field name)."""
    first = [c.strip() for c in rows[0]] if rows else []
    second = [c.strip() for c in rows[1]] if len(rows) > 1 else []
    third = [c.strip() for c in rows[2]] if len(rows) > 2 else []
    names = {normal(c) for c in first}
    if {"responseid", "startdate"} <= names and second and "Response ID" in second:
        depth = 3 if any(c.startswith('{"ImportId"') for c in third) else 2
        heads = [
            (second[i] if i < len(second) and second[i] else n, n) for i, n in enumerate(first)
        ]
        return "Qualtrics", depth, heads
    if {"respondent id", "collector id"} <= names:
        heads = []
        above = ""
        for i, top in enumerate(first):
            above = top or above
            below = second[i] if i < len(second) else ""
            if below in ("", "Response", "Open-Ended Response") or (not top and not above):
                heads.append((above if top or below else "", top))
            else:
                heads.append((f"{above} / {below}", top or above))
        return "SurveyMonkey", 2, heads
    heads = [(c, c) for c in first]
    raw = set(first)
    if raw & {"KEY", "SubmissionDate", "meta-instanceID", "ReviewState"}:
        tool = "ODK Central"
    elif raw & {"_uuid", "_submission_time", "_id", "_validation_status"}:
        tool = "KoboToolbox"
    elif {"id", "submitdate", "lastpage"} <= names or {
        "response id",
        "date submitted",
        "last page",
    } <= names:
        tool = "LimeSurvey"
    elif {"id", "start time", "completion time"} <= names:
        tool = "Microsoft Forms"
    elif first and normal(first[0]) in TIME_HEADERS:
        tool = "Google Forms"
    else:
        tool = "a spreadsheet"
    return tool, 1, heads


_NAME_WORDS = {"name", "nom", "nombre", "nome", "naam"}
_ROLE_WORDS = {
    "role", "department", "team", "function", "job", "position", "rôle", "fonction",
    "service", "département", "équipe", "poste", "rolle", "abteilung", "funktion", "bereich",
    "rol", "departamento", "equipo", "cargo", "puesto", "função", "papel", "equipe", "setor",
    "afdeling", "functie", "ruolo", "reparto", "funzione", "dipartimento",
}  # fmt: skip


def _asks_for(header: str, words: set[str]) -> bool:
    """A short question asking for one of `words` ("What is your name?", "Your team")."""
    parts = header.split()
    return 0 < len(parts) <= 6 and any(w in words for w in parts)


def recognise(column: Column, index: StatementIndex, tool: str) -> None:
    """Set what a column holds, from its field name and its header text."""
    raw = column.name.strip()
    # Kobo heads a field in a group "Group label/Field label": the last part counts.
    forms = text_candidates(column.header)
    header = forms[0] if forms else ""
    last = normal(column.header.rsplit("/", 1)[-1])
    named = normal(raw)
    if raw.lower().endswith(COMMENT_SUFFIX):
        question = index.by_identifier(raw[: -len(COMMENT_SUFFIX)])
        if question is not None:
            column.kind, column.question = "comment", question
            return
    if raw in ID_HEADERS:
        column.kind = "id"
    elif named in VERSION_HEADERS:
        column.kind = "version"
    elif named in REVIEW_HEADERS:
        column.kind = "review"
    elif named in TIME_HEADERS or header in TIME_HEADERS:
        column.kind = "time"
    elif FIRST_NAME_HEADERS & {header, named, last}:
        column.kind = "first_name"
    elif LAST_NAME_HEADERS & {header, named, last}:
        column.kind = "last_name"
    elif NAME_HEADERS & {header, named, last}:
        column.kind = "name"
    elif EMAIL_HEADERS & {header, named, last}:
        column.kind = "email"
    elif UNIT_HEADERS & {header, named, last}:
        column.kind = "unit"
    elif ROLE_HEADERS & {header, named, last}:
        column.kind = "role"
    elif named in META_HEADERS or header in META_HEADERS or raw.lower().startswith(META_PREFIXES):
        column.kind = "meta"
    else:
        _statement_or_guess(column, index, raw, header, last)


def _statement_or_guess(
    column: Column, index: StatementIndex, raw: str, header: str, last: str
) -> None:
    # Statements first: "action-ac-cross-team" is a statement id, though it says "team".
    question = index.by_identifier(raw) if raw else None
    match = index.by_header(column.header) if question is None else None
    if question is None and match is not None and match.exact:
        question = match.question
    if question is not None:
        column.kind, column.question = "answer", question
    elif COMMENT_HEADERS & {header, last}:
        column.kind = "comment"  # attached to the statement before it, below
    elif _asks_for(last, _NAME_WORDS):
        column.kind = "name"
    elif _asks_for(last, _ROLE_WORDS):
        column.kind = "role"
    else:
        column.proposal = match


def attach_comments(columns: list[Column]) -> None:
    """A column headed "Comment" (or the form's comment prompt) belongs to the statement
    just before it, as form builders lay them out."""
    previous: str | None = None
    for column in columns:
        if column.kind == "answer":
            previous = column.question
        elif column.kind == "comment" and column.question is None:
            if previous is None:
                column.kind = "unknown"
            else:
                column.question = previous


def name_pairs(columns: list[Column]) -> None:
    """French "Nom" beside "Prénom" is the family name, not the whole name."""
    if any(c.kind == "first_name" for c in columns):
        for column in columns:
            if column.kind == "name" and normal(column.header) == "nom":
                column.kind = "last_name"


__all__ = [
    "ID_HEADERS",
    "TIME_ORDER",
    "TOOLS",
    "Column",
    "Kind",
    "Layout",
    "attach_comments",
    "detect",
    "name_pairs",
    "recognise",
]
