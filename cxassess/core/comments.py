"""What people wrote beside a statement, as the team may see it together: without names,
and out of answer order, so that a comment cannot be matched to a person or a column."""

from __future__ import annotations

from cxassess.core.document import Assessment


def statement_comments(doc: Assessment, question_id: str) -> list[str]:
    """The comments on one statement, unattributed, in alphabetical order."""
    said = [
        answer.comment.strip()
        for person in doc.participants
        if (answer := person.answers.get(question_id)) is not None and answer.comment.strip()
    ]
    return sorted(said, key=str.casefold)


def shortened(comments: list[str], shown: int, length: int) -> tuple[list[str], int]:
    """At most `shown` comments, each cut to `length` characters; and how many were left."""
    cut = [c if len(c) <= length else c[: length - 1].rstrip() + "…" for c in comments[:shown]]
    return cut, max(0, len(comments) - shown)


__all__ = ["shortened", "statement_comments"]
