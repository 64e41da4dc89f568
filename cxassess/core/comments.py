"""What people wrote beside a statement, as the team may see it together: without names,
and out of answer order, so that a comment cannot be matched to a person or a column.

A comment can still give its writer away by what it says: "it falls to me as COO" names
the one person who holds that role. Such a comment is kept in the file (and in a named
copy of the report) but left out wherever comments are shown unattributed (`gives_away`).
"""

from __future__ import annotations

import re

from cxassess.core.document import Assessment, Participant
from cxassess.core.round import role_floor
from cxassess.core.text import name_key

# Speaking of oneself: together with a role or unit only the writer holds, this says who
# wrote it. Without it ("Sales bonuses are all new premium") a role is what the comment is
# about, not who wrote it.
_SELF = re.compile(r"\b(i|me|my|mine|myself|i'm|i've|i'd|i'll|we|us|our|ours)\b", re.IGNORECASE)
_SMALL_WORDS = {"of", "and", "the", "for", "to", "in", "&"}


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[\w'’]+", name_key(text))) + " "


def _acronym(role: str) -> str:
    """'Chief operating officer' as people write it: COO."""
    words = [w for w in role.split() if w.casefold() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _only_theirs(doc: Assessment, person: Participant) -> list[str]:
    """The roles and unit that point at this person alone: a role or unit fewer than the
    floor of the respondents share, and every role the team named them for."""
    floor = role_floor(doc.questionnaire)
    answered = [p for p in doc.participants if any(a.value is not None for a in p.answers.values())]
    found = []
    for field in ("role", "unit"):
        mine = name_key(getattr(person, field))
        if mine and sum(1 for p in answered if name_key(getattr(p, field)) == mine) < floor:
            found.append(getattr(person, field))
    me = name_key(person.name)
    found += [role for role, name in doc.owners.items() if name and name_key(name) == me]
    return found


def gives_away(doc: Assessment, person: Participant, comment: str) -> str:
    """Why this comment would tell who wrote it ("" when it would not): it carries the
    writer's own name, or speaks of oneself beside a role or unit only the writer holds."""
    said = _words(comment)
    # The whole name: a surname alone is too often a word ("Price", "Grant", "May").
    if len(person.name.split()) >= 2 and _words(person.name) in said:
        return "it carries its writer's name"
    if not _SELF.search(comment):
        return ""
    for held in _only_theirs(doc, person):
        short = _acronym(held)
        if _words(held) in said or (short and re.search(rf"\b{short}\b", comment)):
            return f"it speaks of its writer as {held}, a role or unit only they hold"
    return ""


def _shareable(doc: Assessment, person: Participant, comment: str) -> bool:
    return not doc.is_team or not gives_away(doc, person, comment)


def statement_comments(doc: Assessment, question_id: str) -> list[str]:
    """The comments on one statement, unattributed, in alphabetical order; those that
    would tell who wrote them are left out."""
    said = [
        answer.comment.strip()
        for person in doc.participants
        if (answer := person.answers.get(question_id)) is not None
        and answer.comment.strip()
        and _shareable(doc, person, answer.comment)
    ]
    return sorted(said, key=str.casefold)


def withheld(doc: Assessment) -> list[tuple[Participant, str, str]]:
    """Every comment left out of the unattributed views: the person, the statement's id and
    why, for the facilitator and for a report that says how many it leaves out."""
    if not doc.is_team:
        return []
    out = []
    for person in doc.participants:
        for qid, answer in person.answers.items():
            if answer.comment.strip() and (why := gives_away(doc, person, answer.comment)):
                out.append((person, qid, why))
    return out


def shortened(comments: list[str], shown: int, length: int) -> tuple[list[str], int]:
    """At most `shown` comments, each cut to `length` characters; and how many were left."""
    cut = [c if len(c) <= length else c[: length - 1].rstrip() + "…" for c in comments[:shown]]
    return cut, max(0, len(comments) - shown)


__all__ = ["gives_away", "shortened", "statement_comments", "withheld"]
