"""Matching what a survey tool wrote to the questionnaire: headers to statements, cells to points.

Text is compared normalised (compatibility forms, case, typographic quotes and dashes,
punctuation and spacing do not count), so a header that is a statement's text as a
form builder pasted it matches that statement. A header that is only close (a word
changed, a typo) is proposed, never taken: the person importing decides.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from cxassess.core.questionnaire import Questionnaire

NEAR = 0.82  # similarity at which a header is proposed as a statement
_PUNCT = re.compile(r"[^\w\s]|_")
_NUMBERING = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,3}\s*[.):\-–]\s+", re.IGNORECASE)
_POINT_LABEL = re.compile(r"^\s*(\d{1,2})\s*(?:[·.:)\-–—]|$)")
_NUMBER = re.compile(r"^[+-]?\d{1,12}(?:[.,]\d{1,12})?$")
OUTSIDE = "outside"  # a number, but not a whole point of the scale
UNKNOWN = "unknown"  # no answer this reader knows
DONT_KNOW = "dont_know"  # the answer "don't know": no point, and not "not applicable"

# "Not applicable / don't know" was one choice on forms made before the two were told
# apart: such a form's answers stay "not applicable", as its files' answers do.
NOT_APPLICABLE = frozenset(
    (
        "",
        "na",
        "n/a",
        "n.a.",
        "-",
        "not applicable",
        "not applicable / don't know",
        "no answer",
        "non applicable",
        "sans objet",
        "nicht zutreffend",
        "keine angabe",
        "no aplica",
        "não se aplica",
        "niet van toepassing",
        "non applicabile",
    )
)
DONT_KNOW_WORDS = frozenset(
    (
        "dk",
        "?",
        "dont_know",
        "don't know",
        "do not know",
        "dont know",
        "i don't know",
        "not sure",
        "unknown",
        "ne sais pas",
        "je ne sais pas",
        "weiß nicht",
        "weiss nicht",
        "no sé",
        "no lo sé",
        "não sei",
        "weet niet",
        "weet ik niet",
        "non so",
    )
)


def normal(text: str) -> str:
    """Text as compared: NFKC, case-folded, without punctuation, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = _PUNCT.sub(" ", text.replace("'", ""))
    return " ".join(text.split())


_NA = frozenset(normal(t) for t in NOT_APPLICABLE)
_DK = frozenset(normal(t) for t in DONT_KNOW_WORDS if normal(t))


def id_key(text: str) -> str:
    """An identifier as compared: letters and digits only (`cm-owner`, `cmowner`, `CM_OWNER`)."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


@dataclass(frozen=True)
class Match:
    """A header's statement: taken when `exact`, else only proposed, with its similarity."""

    question: str
    exact: bool
    similarity: float


class StatementIndex:
    """The questionnaire's statements, looked up by id and by text."""

    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.by_id: dict[str, str] = {}
        self.by_text: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        for _dim, question in q.questions():
            self.by_id[id_key(question.id)] = question.id
            text = normal(question.text)
            self.by_text.setdefault(text, question.id)
            self.texts[question.id] = text

    def by_identifier(self, name: str) -> str | None:
        """The statement a column named by id (`cm-owner`, `group-cm-owner`, `group/cm-owner`) holds."""
        name = name.strip()
        bracket = re.search(r"\[([^\[\]]+)\]\s*$", name)
        if bracket:  # LimeSurvey names an array's rows "question[row]"
            name = bracket.group(1)
        if not name:
            return None
        # Longest first: the whole name, then what follows each group separator, so that
        # "ideal-customer-ic-value" and "ideal-customer/ic-value" both find "ic-value".
        parts = name.replace("/", "-").split("-")
        for start in range(len(parts)):
            found = self.by_id.get(id_key("-".join(parts[start:])))
            if found is not None:
                return found
        return None

    def by_header(self, header: str) -> Match | None:
        """The statement a header's text names, exactly or nearly."""
        candidates = text_candidates(header)
        for text in candidates:
            if text in self.by_text:
                return Match(self.by_text[text], True, 1.0)
        best: Match | None = None
        for text in candidates:
            if len(text) < 12:
                continue  # a short header ("Q3") is not nearly any statement
            for qid, statement in self.texts.items():
                matcher = difflib.SequenceMatcher(None, text, statement, autojunk=False)
                if matcher.real_quick_ratio() < NEAR or matcher.quick_ratio() < NEAR:
                    continue
                ratio = matcher.ratio()
                if ratio >= NEAR and (best is None or ratio > best.similarity):
                    best = Match(qid, False, round(ratio, 2))
        return best


def text_candidates(header: str) -> list[str]:
    """A header's text, and the parts a tool wraps a statement in.

    Google Forms and LimeSurvey head a grid's rows as "Question [Row]", Qualtrics a
    matrix's as "Question - Row", Microsoft Forms a Likert's as "Question.Row", and
    SurveyMonkey's two header rows arrive here joined as "Question / Row"."""
    found: list[str] = []

    def add(text: str) -> None:
        for variant in (text, _NUMBERING.sub("", text)):
            n = normal(variant)
            if n and n not in found:
                found.append(n)

    add(header)
    bracket = re.search(r"\[([^\[\]]+)\]\s*$", header)
    if bracket:
        add(bracket.group(1))
    for separator in (" - ", " – ", " / ", "/", "."):
        if separator in header:
            add(header.rsplit(separator, 1)[1])
            add(header.split(separator, 1)[0])
    return found


class ValueReader:
    """Reads a cell as a point of the scale: a number, a scale label or level name, the
    statement's anchor text, or the XLSForm's "N · Label: anchor"; "" and the usual words
    for not applicable read as None, those for "don't know" as DONT_KNOW."""

    def __init__(self, q: Questionnaire) -> None:
        self.points = q.scale.points
        self.labels: dict[str, int] = {}
        for point, label in enumerate(q.scale.labels, start=1):
            self.labels[normal(label)] = point
        if len(q.levels) == self.points:
            for point, level in enumerate(q.levels, start=1):
                self.labels.setdefault(normal(level.name), point)
        self.anchors: dict[str, dict[str, int]] = {}
        for _dim, question in q.questions():
            self.anchors[question.id] = {
                normal(anchor): point for point, anchor in enumerate(question.anchors, start=1)
            }

    def read(self, cell: str, question: str) -> int | str | None:
        """The point, None for not applicable, DONT_KNOW, or OUTSIDE or UNKNOWN when it is
        not an answer."""
        text = cell.strip()
        if len(text) > 4000:
            return UNKNOWN
        if is_dont_know(text):
            return DONT_KNOW
        folded = normal(text)
        if folded in _NA or text.casefold() in NOT_APPLICABLE:
            return None
        if _NUMBER.match(text):
            # At most 25 characters, so no number is too long for float() or int().
            number = float(text.replace(",", "."))
            if number.is_integer() and 1 <= number <= self.points:
                return int(number)
            return OUTSIDE
        if folded in self.labels:
            return self.labels[folded]
        anchors = self.anchors.get(question, {})
        if folded in anchors:
            return anchors[folded]
        point = _POINT_LABEL.match(text)
        if point:
            number = int(point.group(1))
            if 1 <= number <= self.points:
                return number
        return UNKNOWN


def is_not_applicable(text: str) -> bool:
    """Whether a word or mapping target says "not applicable"."""
    return normal(text) in _NA or text.strip().casefold() in NOT_APPLICABLE


def is_dont_know(text: str) -> bool:
    """Whether a word or mapping target says "don't know"."""
    return normal(text) in _DK or text.strip().casefold() in DONT_KNOW_WORDS


__all__ = [
    "DONT_KNOW",
    "NEAR",
    "OUTSIDE",
    "UNKNOWN",
    "Match",
    "StatementIndex",
    "ValueReader",
    "id_key",
    "is_dont_know",
    "is_not_applicable",
    "normal",
    "text_candidates",
]
