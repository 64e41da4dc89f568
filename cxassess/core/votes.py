"""The room's discussion rules, for every path (the phones, the control address, the app).

A vote is secret while it is open: nothing here returns a distribution, a ballot or a
total before the facilitator closes it, only how many have voted. Ideas are unattributed
wherever they are shown. Each change is a function on the assessment, run by its owner.
"""

from __future__ import annotations

import statistics
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cxassess.core.agreement import rwg
from cxassess.core.ballots import (
    DEFAULT_DOTS,
    IDEAS_PER_PERSON,
    MAX_DOTS,
    MAX_IDEA,
    MAX_IDEAS,
    Collecting,
    DotVote,
    Idea,
    Revote,
    Timer,
)
from cxassess.core.collect import Refused
from cxassess.core.discussion import reason_for
from cxassess.core.document import Assessment, RoadmapItem, now_utc
from cxassess.core.round import results_visible
from cxassess.core.scoring import score_document
from cxassess.core.text import clean_name, text_problem

TOP_IDEAS = 5  # the ideas with most dots that join the roadmap as suggestions

NOT_NOW = "The private round is still open: the discussion starts once the results are revealed."


@dataclass(frozen=True)
class VoteCount:
    """What may be shown of an open vote: who could vote and how many did."""

    id: uuid.UUID
    kind: str  # "revote" or "dots"
    voted: int
    voters: int
    question: str | None = None


def _discussing(doc: Assessment) -> None:
    if not results_visible(doc):
        raise Refused(409, NOT_NOW)


def voters(doc: Assessment) -> list[uuid.UUID]:
    """The people in the room: everyone whose phone holds a key."""
    return [p.id for p in doc.participants if p.room_key is not None]


def phase(doc: Assessment) -> str:
    """What the room is doing now: revote, dots, ideas or waiting (between points)."""
    d = doc.discussion
    if d.open_revote() is not None:
        return "revote"
    if d.open_dots() is not None:
        return "dots"
    if d.collecting is not None:
        return "ideas"
    return "waiting"


def open_count(doc: Assessment) -> VoteCount | None:
    """The open vote's count of votes (never its distribution)."""
    d = doc.discussion
    room = voters(doc)
    revote = d.open_revote()
    if revote is not None:
        return VoteCount(revote.id, "revote", len(revote.answers), len(room), revote.question)
    dots = d.open_dots()
    if dots is not None:
        voted = sum(1 for b in dots.ballots.values() if sum(b.values()))
        return VoteCount(dots.id, "dots", voted, len(room))
    return None


def _nothing_open(doc: Assessment) -> None:
    count = open_count(doc)
    if count is not None:
        what = "re-vote" if count.kind == "revote" else "dot vote"
        raise Refused(409, f"A {what} is open ({count.voted} voted): close it first.")


# --- the facilitator ---------------------------------------------------------------------
def stop_collecting(doc: Assessment) -> None:
    """Ideas are no longer collected; who sent which was kept only to count to five, and
    is forgotten now."""
    d = doc.discussion
    changed = d.collecting is not None or any(i.author is not None for i in d.ideas)
    d.collecting = None
    for idea in d.ideas:
        idea.author = None
    if changed:
        doc.touch()


def abandon(doc: Assessment) -> None:
    """The room closes: a vote still open ends without a result (a re-vote keeps the votes
    it had, as a round of its own; a dot vote's ballots are dropped), ideas stop."""
    d = doc.discussion
    revote = d.open_revote()
    if revote is not None:
        revote.closed_at = now_utc()
    dots = d.open_dots()
    if dots is not None:
        dots.closed_at = now_utc()
        dots.ballots = {}
    d.timer = None
    stop_collecting(doc)
    if revote is not None or dots is not None:
        doc.touch()


def start_revote(doc: Assessment, question_id: str) -> Revote:
    """Open a secret re-vote on one statement; ideas stop being collected."""
    _discussing(doc)
    if not doc.questionnaire.has_question(question_id):
        raise Refused(422, f"question '{question_id[:60]}' is not in this questionnaire.")
    _nothing_open(doc)
    stop_collecting(doc)
    vote = Revote(question=question_id, opened_at=now_utc())
    doc.discussion.revotes.append(vote)
    doc.touch()
    return vote


def collect_ideas(
    doc: Assessment, prompt: str, dimension: str | None = None, question: str | None = None
) -> Collecting:
    """Ask the phones for ideas for an area or a statement."""
    _discussing(doc)
    _nothing_open(doc)
    q = doc.questionnaire
    if question is not None:
        if not q.has_question(question):
            raise Refused(422, f"question '{question[:60]}' is not in this questionnaire.")
        dimension = next(d.id for d, qu in q.questions() if qu.id == question)
    if dimension is not None and dimension not in {d.id for d in q.dimensions}:
        raise Refused(422, f"dimension '{dimension[:60]}' is not in this questionnaire.")
    problem = text_problem(prompt)
    if problem is not None or len(prompt) > 500:
        raise Refused(422, f"prompt {problem or 'is longer than 500 characters'}.")
    doc.discussion.collecting = Collecting(
        prompt=clean_name(prompt), dimension=dimension, question=question, opened_at=now_utc()
    )
    doc.touch()
    return doc.discussion.collecting


def start_dots(doc: Assessment, per_person: int = DEFAULT_DOTS) -> DotVote:
    """Open a secret dot vote over the ideas collected; collecting stops."""
    _discussing(doc)
    if isinstance(per_person, bool) or not isinstance(per_person, int):
        raise Refused(422, "per_person must be a whole number of dots.")
    if not 1 <= per_person <= MAX_DOTS:
        raise Refused(422, f"per_person must be between 1 and {MAX_DOTS}.")
    _nothing_open(doc)
    # The ideas not voted on yet: a second dot vote is about the ideas collected since.
    ideas = [i.id for i in doc.discussion.live_ideas() if i.dots is None]
    if not ideas:
        raise Refused(
            409,
            "There are no new ideas to vote on: collect ideas first (earlier ones had their vote).",
        )
    stop_collecting(doc)
    vote = DotVote(per_person=per_person, opened_at=now_utc(), ideas=ideas)
    doc.discussion.dot_votes.append(vote)
    doc.touch()
    return vote


def merge_ideas(doc: Assessment, into: uuid.UUID, others: list[uuid.UUID]) -> Idea:
    """Fold duplicates into one idea (not while a dot vote over them is open)."""
    if doc.discussion.open_dots() is not None:
        raise Refused(409, "A dot vote is open: merge ideas before or after it.")
    by_id = {i.id: i for i in doc.discussion.live_ideas()}
    for idea_id in (into, *others):
        if idea_id not in by_id:
            raise Refused(422, f"idea '{idea_id}' is not one of the ideas.")
    for other in others:  # all checked: nothing is half merged
        if other != into:
            by_id[other].merged_into = into
    doc.touch()
    return by_id[into]


def start_timer(doc: Assessment, minutes: float, label: str = "") -> Timer:
    """A countdown for the point under discussion (replacing any other)."""
    if not 0 < minutes <= 180:
        raise Refused(422, "minutes must be more than 0 and at most 180.")
    if text_problem(label) is not None:
        raise Refused(422, f"label {text_problem(label)}.")
    doc.discussion.timer = Timer(
        minutes=minutes, started_at=now_utc(), label=clean_name(label)[:500]
    )
    doc.touch()
    return doc.discussion.timer


def stop_timer(doc: Assessment) -> None:
    """No countdown on screen."""
    if doc.discussion.timer is not None:
        doc.discussion.timer = None
        doc.touch()


def remaining_seconds(doc: Assessment) -> float | None:
    """Seconds left on the timer (negative once over), or None without a timer."""
    timer = doc.discussion.timer
    if timer is None:
        return None
    return timer.minutes * 60 - (now_utc() - timer.started_at).total_seconds()


@dataclass(frozen=True)
class RevoteResult:
    """A closed re-vote beside the first round: distributions, agreement and the median."""

    question: str
    before: dict[int, int]
    after: dict[int, int]
    agreement_before: float | None
    agreement_after: float | None
    median_after: float | None
    was: str  # the first round in words: "split: 2 people at 1-2, 4 people at 4-5"

    @property
    def rationale(self) -> str:
        """The reason recorded with the median as the agreed score."""
        if self.median_after is None:
            return f"re-voted, nobody gave a score (was {self.was})"
        return f"agreed after a re-vote: {_number(self.median_after)} (was {self.was})"

    def to_json(self) -> dict[str, Any]:
        """The close answer of the control address."""
        return {
            "kind": "revote",
            "question": self.question,
            "before": {str(k): v for k, v in sorted(self.before.items())},
            "after": {str(k): v for k, v in sorted(self.after.items())},
            "agreement_before": self.agreement_before,
            "agreement_after": self.agreement_after,
            "median_after": self.median_after,
            "rationale": self.rationale,
        }


@dataclass(frozen=True)
class Ranked:
    """One idea in a closed dot vote's ranking."""

    idea: uuid.UUID
    text: str
    dots: int


@dataclass(frozen=True)
class DotsResult:
    """A closed dot vote: ideas by dots, and the suggestions it added to the roadmap."""

    ranking: list[Ranked]
    suggested: list[uuid.UUID]

    def to_json(self) -> dict[str, Any]:
        """The close answer of the control address."""
        return {
            "kind": "dots",
            "ranking": [
                {"idea": str(r.idea), "text": r.text, "dots": r.dots} for r in self.ranking
            ],
            "suggested": [str(s) for s in self.suggested],
        }


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def revote_result(doc: Assessment, vote: Revote) -> RevoteResult:
    """A re-vote beside the first round (only for a closed vote)."""
    if vote.closed_at is None:
        raise Refused(409, "The re-vote is still open: its votes stay secret until it closes.")
    _discussing(doc)
    points = doc.questionnaire.scale.points
    first = [
        a.value
        for p in doc.participants
        if (a := p.answers.get(vote.question)) is not None and a.value is not None
    ]
    after = [v for v in vote.answers.values() if v is not None]
    stats = score_document(doc).question(vote.question)
    return RevoteResult(
        vote.question,
        dict(Counter(first)),
        dict(Counter(after)),
        None if len(first) < 2 else rwg(first, points),
        None if len(after) < 2 else rwg(after, points),
        float(statistics.median(after)) if after else None,
        reason_for(stats, points),
    )


def _close_dots(doc: Assessment, vote: DotVote) -> DotsResult:
    totals: Counter[uuid.UUID] = Counter()
    for ballot in vote.ballots.values():
        totals.update({k: v for k, v in ballot.items() if v > 0})
    vote.closed_at = now_utc()
    vote.totals = {i: totals.get(i, 0) for i in vote.ideas}
    vote.ballots = {}  # the totals are what is kept; who put which dot where is not
    ideas = {i.id: i for i in doc.discussion.ideas}
    order = {idea: n for n, idea in enumerate(vote.ideas)}
    ranking = sorted(
        (Ranked(i, ideas[i].text, vote.totals[i]) for i in vote.ideas if i in ideas),
        key=lambda r: (-r.dots, order[r.idea]),
    )
    for r in ranking:
        ideas[r.idea].dots = r.dots
    suggested: list[uuid.UUID] = []
    for r in [r for r in ranking if r.dots > 0][:TOP_IDEAS]:
        idea = ideas[r.idea]
        serves = _serves(doc, idea)
        item = RoadmapItem(
            action=idea.text,
            dimension=idea.dimension,
            question=idea.question,
            review="suggested",
            origin="idea",
            horizon="next",
            priority=float(r.dots),
            # The statement it serves is shown beside it; an area is named here.
            reason=f"An idea from the room, {r.dots} {'dot' if r.dots == 1 else 'dots'}"
            + (f", for {serves}" if serves and idea.question is None else ""),
        )
        doc.roadmap.append(item)
        suggested.append(item.id)
    return DotsResult(ranking, suggested)


def _serves(doc: Assessment, idea: Idea) -> str:
    q = doc.questionnaire
    if idea.question is not None and q.has_question(idea.question):
        return f'"{q.question(idea.question).text}"'
    for d in q.dimensions:
        if d.id == idea.dimension:
            return d.title
    return ""


def close_vote(doc: Assessment) -> RevoteResult | DotsResult:
    """Close the open vote and give its result: the only way a distribution is seen."""
    _discussing(doc)  # a round reopened since: its answers are hidden again
    d = doc.discussion
    revote = d.open_revote()
    if revote is not None:
        revote.closed_at = now_utc()
        doc.touch()
        return revote_result(doc, revote)
    dots = d.open_dots()
    if dots is not None:
        result = _close_dots(doc, dots)
        doc.touch()
        return result
    if d.collecting is not None:
        stop_collecting(doc)
        return DotsResult([], [])
    raise Refused(409, "No vote is open.")


def last_revote(doc: Assessment, question_id: str) -> Revote | None:
    """The latest closed re-vote on a statement."""
    closed = [v for v in doc.discussion.revotes if v.question == question_id and v.closed_at]
    return closed[-1] if closed else None


# --- the phones --------------------------------------------------------------------------
def _room_person(doc: Assessment, participant_id: uuid.UUID) -> None:
    doc.participant(participant_id)  # KeyError: the place was released


def cast_revote(doc: Assessment, participant_id: uuid.UUID, body: Any) -> None:
    """A phone's vote (or a changed one) in the open re-vote."""
    _room_person(doc, participant_id)
    if not isinstance(body, dict) or "vote" not in body or "value" not in body:
        raise Refused(422, 'The request must be {"vote": ID, "value": 1..N or null}.')
    vote = doc.discussion.open_revote()
    if vote is None or str(vote.id) != body["vote"]:
        raise Refused(409, "That re-vote is not open.")
    value = body["value"]
    points = doc.questionnaire.scale.points
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= points
    ):
        raise Refused(422, f"value must be a whole number from 1 to {points}, or null.")
    vote.answers[participant_id] = value
    doc.touch()


def send_idea(doc: Assessment, participant_id: uuid.UUID, body: Any) -> Idea:
    """A phone's idea for the prompt the facilitator gave."""
    _room_person(doc, participant_id)
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise Refused(422, 'The request must be {"text": "your idea"}.')
    collecting = doc.discussion.collecting
    if collecting is None:
        raise Refused(409, "Ideas are not being collected right now.")
    problem = text_problem(body["text"])
    if problem is not None:
        raise Refused(422, f"The idea {problem}.")
    # As names are: no control, invisible or direction characters reach the projector.
    text = clean_name(body["text"])
    if not text:
        raise Refused(422, "The idea is empty.")
    if len(text) > MAX_IDEA:
        raise Refused(422, f"An idea is at most {MAX_IDEA} characters; this one is {len(text)}.")
    mine = [i for i in doc.discussion.ideas if i.author == participant_id]
    if len(mine) >= IDEAS_PER_PERSON:
        raise Refused(422, f"Each person sends at most {IDEAS_PER_PERSON} ideas.")
    if len(doc.discussion.ideas) >= MAX_IDEAS:
        raise Refused(409, f"The room holds at most {MAX_IDEAS} ideas.")
    idea = Idea(
        text=text,
        author=participant_id,
        prompt=collecting.prompt,
        dimension=collecting.dimension,
        question=collecting.question,
        created_at=now_utc(),
    )
    doc.discussion.ideas.append(idea)
    doc.touch()
    return idea


def cast_dots(doc: Assessment, participant_id: uuid.UUID, body: Any) -> None:
    """A phone's dots (replacing its earlier ones) in the open dot vote."""
    _room_person(doc, participant_id)
    if not isinstance(body, dict) or not isinstance(body.get("dots"), dict):
        raise Refused(422, 'The request must be {"vote": ID, "dots": {IDEA: n}}.')
    vote = doc.discussion.open_dots()
    if vote is None or str(vote.id) != body.get("vote"):
        raise Refused(409, "That dot vote is not open.")
    on_ballot = {str(i): i for i in vote.ideas}
    ballot: dict[uuid.UUID, int] = {}
    for key, n in body["dots"].items():
        if key not in on_ballot:
            raise Refused(422, f"idea '{str(key)[:40]}' is not on this ballot.")
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise Refused(422, f"the dots on idea '{key}' must be a whole number, 0 or more.")
        if n:
            ballot[on_ballot[key]] = n
    if sum(ballot.values()) > vote.per_person:
        raise Refused(
            422, f"That is {sum(ballot.values())} dots; each person has {vote.per_person}."
        )
    vote.ballots[participant_id] = ballot
    doc.touch()


def now_for(doc: Assessment, participant_id: uuid.UUID) -> dict[str, Any]:
    """What one phone shows now: its own answers and votes, never anyone else's."""
    person = doc.participant(participant_id)
    d = doc.discussion
    if doc.round_open and not person.sealed:
        return {"phase": "answering"}
    if not results_visible(doc):
        return {"phase": "waiting", "revealed": False}
    revote = d.open_revote()
    if revote is not None:
        q = doc.questionnaire.question(revote.question)
        return {
            "phase": "revote",
            "vote": str(revote.id),
            "question": {"id": q.id, "text": q.text, "anchors": list(q.anchors)},
            "points": doc.questionnaire.scale.points,
            "labels": list(doc.questionnaire.scale.labels),
            "voted": participant_id in revote.answers,
            "mine": revote.answers.get(participant_id),
        }
    dots = d.open_dots()
    if dots is not None:
        texts = {i.id: i.text for i in d.ideas}
        return {
            "phase": "dots",
            "vote": str(dots.id),
            "ideas": [{"id": str(i), "text": texts[i]} for i in dots.ideas if i in texts],
            "dots": dots.per_person,
            "mine": {str(k): v for k, v in dots.ballots.get(participant_id, {}).items()},
        }
    if d.collecting is not None:
        mine = [i for i in d.ideas if i.author == participant_id]
        return {
            "phase": "ideas",
            "prompt": d.collecting.prompt,
            "dimension": d.collecting.dimension,
            "mine": [{"id": str(i.id), "text": i.text} for i in mine],
            "left": max(0, IDEAS_PER_PERSON - len(mine)),
            "max_length": MAX_IDEA,
        }
    return {"phase": "waiting", "revealed": True}


def control_state(doc: Assessment) -> dict[str, Any]:
    """The control address's view: counts only, never a distribution or a ballot."""
    count = open_count(doc)
    remaining = remaining_seconds(doc)
    return {
        "phase": "answering" if not results_visible(doc) else phase(doc),
        "joined": len(voters(doc)),
        "finished": sum(1 for p in doc.participants if p.room_key is not None and p.sealed),
        "vote": None
        if count is None
        else {"id": str(count.id), "kind": count.kind, "voted": count.voted, "of": count.voters},
        "ideas": len(doc.discussion.live_ideas()),
        "timer": None if remaining is None else round(remaining),
    }


__all__ = [
    "NOT_NOW",
    "TOP_IDEAS",
    "DotsResult",
    "Ranked",
    "RevoteResult",
    "VoteCount",
    "abandon",
    "cast_dots",
    "cast_revote",
    "close_vote",
    "collect_ideas",
    "control_state",
    "last_revote",
    "merge_ideas",
    "now_for",
    "open_count",
    "phase",
    "remaining_seconds",
    "revote_result",
    "send_idea",
    "start_dots",
    "start_revote",
    "start_timer",
    "stop_collecting",
    "stop_timer",
    "voters",
]
