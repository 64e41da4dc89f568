"""The undoable edits of the open document: answers, fields, people, agreed scores,
targets and the roadmap.

Each edit is a do and an undo function pushed as one `UndoableChange`, which tells the
session what it touched so every screen redraws and the recovery copy is scheduled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtGui import QUndoCommand, QUndoStack

from cxassess.gui.i18n import tr

if TYPE_CHECKING:
    import uuid

    from cxassess.core.document import AgreedScore, Assessment, Participant

# What a change touched, so each screen redraws only what it shows.
ChangeKind = Literal[
    "answers", "meta", "participants", "agreed", "targets", "roadmap", "round", "discussion"
]
MERGING_ID = 1


class UndoableChange(QUndoCommand):
    """An undoable change made of a do and an undo function, with what it touched."""

    def __init__(
        self,
        session: SessionEdits,
        text: str,
        kind: ChangeKind,
        redo: Callable[[], None],
        undo: Callable[[], None],
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._kind = kind
        self._redo = redo
        self._undo = undo
        self._merge_key = merge_key

    def id(self) -> int:
        # Commands with a merge key (a comment being typed) fold into one undo step.
        return MERGING_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UndoableChange) or other._merge_key != self._merge_key:
            return False
        self._redo = other._redo
        return True

    def redo(self) -> None:
        self._redo()
        self._session.touched(self._kind)

    def undo(self) -> None:
        self._undo()
        self._session.touched(self._kind)


class SessionEdits:
    """The session's undoable edits; mixed into `DocumentSession`, which provides these."""

    undo_stack: QUndoStack

    def require(self) -> Assessment:
        raise NotImplementedError

    def touched(self, kind: ChangeKind) -> None:
        raise NotImplementedError

    # --- changes ------------------------------------------------------------------
    def _push(
        self,
        text: str,
        kind: ChangeKind,
        redo: Callable[[], None],
        undo: Callable[[], None],
        merge_key: object = None,
    ) -> None:
        self.undo_stack.push(UndoableChange(self, text, kind, redo, undo, merge_key))

    def set_answer(
        self,
        participant_id: uuid.UUID,
        question_id: str,
        value: int | None,
        comment: str | None = None,
        merge: bool = False,
        *,
        dont_know: bool = False,
    ) -> None:
        """Answer a question (value None = not applicable, or don't know with `dont_know`);
        Sealed for a finished person.

        With `merge`, the change folds into the previous one of the same answer (a
        comment saved as it is typed is one undo step)."""
        from cxassess.core.round import check_writable

        doc = self.require()
        person = doc.participant(participant_id)
        check_writable(person)
        before = person.answers.get(question_id)
        keep_comment = before.comment if before is not None else ""
        new_comment = keep_comment if comment is None else comment
        if before is not None and (before.value, before.dont_know, before.comment) == (
            value,
            dont_know,
            new_comment,
        ):
            return
        old = before.model_copy() if before is not None else None

        def redo() -> None:
            doc.set_answer(participant_id, question_id, value, new_comment, dont_know=dont_know)

        def undo() -> None:
            if old is None:
                person.answers.pop(question_id, None)
            else:
                person.answers[question_id] = old.model_copy()

        key = ("answer", participant_id, question_id) if merge else None
        self._push(tr("Answer %s") % question_id, "answers", redo, undo, key)

    def set_comment(
        self, participant_id: uuid.UUID, question_id: str, comment: str, typing: bool = False
    ) -> None:
        """Change the comment on an answer (recorded as unanswered-with-comment is not
        allowed); `typing` folds the saves made while it is typed into one undo step."""
        doc = self.require()
        answer = doc.participant(participant_id).answers.get(question_id)
        if answer is None or answer.comment == comment:
            return
        self.set_answer(
            participant_id, question_id, answer.value, comment, typing, dont_know=answer.dont_know
        )

    def set_fields(self, text: str, kind: ChangeKind, **fields: Any) -> None:
        """Change document fields such as organisation, team, date or anonymous mode."""
        doc = self.require()
        old = {name: getattr(doc, name) for name in fields}
        if all(old[name] == value for name, value in fields.items()):
            return

        def apply(values: dict[str, Any]) -> Callable[[], None]:
            def run() -> None:
                for name, value in values.items():
                    setattr(doc, name, value)

            return run

        from cxassess.core.document import Assessment

        validated = Assessment.model_validate(doc.model_dump() | fields)
        new = {name: getattr(validated, name) for name in fields}
        self._push(text, kind, apply(new), apply(old))

    def set_participants(self, people: list[Participant], text: str) -> None:
        """Replace the participant list (add, rename, remove, reorder) in one undoable step."""
        doc = self.require()
        old = [p.model_copy(deep=True) for p in doc.participants]
        new = [p.model_copy(deep=True) for p in people]

        def setter(value: list[Participant]) -> Callable[[], None]:
            return lambda: setattr(doc, "participants", [p.model_copy(deep=True) for p in value])

        self._push(text, "participants", setter(new), setter(old))

    def set_agreed(
        self, kind: str, key: str, score: float | None, rationale: str = "", evidence: str = ""
    ) -> None:
        """Record (or clear, with None) a team-agreed score for a question or a dimension,
        with the document it was checked against where there was one."""
        doc = self.require()
        table = doc.agreed_questions if kind == "question" else doc.agreed_dimensions
        old = table.get(key)
        from cxassess.core.document import AgreedScore

        new = (
            None
            if score is None
            else AgreedScore.model_validate(
                {"score": score, "rationale": rationale, "evidence": evidence}
            )
        )

        def put(value: AgreedScore | None) -> Callable[[], None]:
            def run() -> None:
                if value is None:
                    table.pop(key, None)
                else:
                    table[key] = value

            return run

        self._push(tr("Agreed score for %s") % key, "agreed", put(new), put(old))

    def set_target(self, dimension_id: str, target: float | None) -> None:
        """Set a dimension's target (None: one level above the current score)."""
        doc = self.require()
        points = doc.questionnaire.scale.points
        if target is not None and not 1 <= target <= points:
            raise ValueError(f"A target must be between 1 and {points}, or automatic.")
        old = doc.targets.get(dimension_id)
        if old == target:
            return

        def put(value: float | None) -> Callable[[], None]:
            def run() -> None:
                if value is None:
                    doc.targets.pop(dimension_id, None)
                else:
                    doc.targets[dimension_id] = value

            return run

        self._push(tr("Target for %s") % dimension_id, "targets", put(target), put(old))

    def roadmap_change(self, text: str, change: Callable[[Assessment], object]) -> None:
        """Run a roadmap operation (regenerate, edit, add, remove) as one undoable step."""
        doc = self.require()
        before = [item.model_copy(deep=True) for item in doc.roadmap]
        before_reassess = doc.reassess_on
        probe = doc.model_copy(deep=True)
        change(probe)
        after = [item.model_copy(deep=True) for item in probe.roadmap]
        after_reassess = probe.reassess_on

        def setter(items: list[Any], reassess: Any) -> Callable[[], None]:
            def run() -> None:
                doc.roadmap = [item.model_copy(deep=True) for item in items]
                doc.reassess_on = reassess

            return run

        self._push(text, "roadmap", setter(after, after_reassess), setter(before, before_reassess))


__all__ = ["ChangeKind", "SessionEdits", "UndoableChange"]
