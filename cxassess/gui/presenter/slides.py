"""The presenter's discussion slides: a secret re-vote, ideas, a dot vote, the close.

While a vote is open a slide shows how many voted and nothing else; its distribution or
ranking appears only once the facilitator closed it (the core keeps that rule, these
slides only show what the core gives).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxassess.core.document import Assessment
from cxassess.core.votes import DotsResult, RevoteResult, VoteCount
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import clear_layout

INK = "#1b2a38"
BAR = "#1f4e79"
BEFORE = "#9aa7b4"
SOFT = "#5b6675"


def big_label(text: str, scale: float, bold: bool = False, name: str = "") -> QLabel:
    """A label sized for the back of the room."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(max(12.0, font.pointSizeF()) * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _bar(count: int, most: int, colour: str, width: int) -> QFrame:
    bar = QFrame()
    bar.setStyleSheet(f"background: {colour}; border-radius: 3px;")
    bar.setFixedHeight(26)
    bar.setFixedWidth(int(width * count / most) if most else 0)
    return bar


def _bar_with_count(count: int, most: int, colour: str, width: int, bold: bool) -> QWidget:
    """A bar with its count right after it, so the eye reads them together."""
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    row.addWidget(_bar(count, most, colour, width))
    row.addWidget(big_label(str(count), 1.2, bold=bold))
    row.addStretch(1)
    cell.setMinimumWidth(width + 56)
    return cell


def _short(text: str, limit: int = 140) -> str:
    """An idea as a line on a slide; the phones and the roadmap keep it whole."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many) % n


def _agreement(value: float | None) -> str:
    return tr("too few votes") if value is None else f"{value:.2f}"


class _Slide(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(48, 28, 48, 16)
        self.kicker = big_label("", 1.0, bold=True, name="slideKicker")
        self.kicker.setStyleSheet(f"color: {BAR};")
        self.layout_.addWidget(self.kicker)
        self.heading = big_label("", 1.8, bold=True, name="slideHeading")
        self.layout_.addWidget(self.heading)


class RevoteSlide(_Slide):
    """'5 of 7 voted' while open; before and after side by side once closed."""

    def __init__(self) -> None:
        super().__init__()
        self.count = big_label("", 2.6, bold=True, name="revoteCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.count, 1)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.layout_.addLayout(self.grid)
        self.summary = big_label("", 1.2, name="revoteSummary")
        self.layout_.addWidget(self.summary)
        self.proposal = big_label("", 1.35, bold=True, name="revoteProposal")
        self.layout_.addWidget(self.proposal)
        self.layout_.addStretch(1)

    def show_open(self, doc: Assessment, count: VoteCount) -> None:
        """The open vote: its statement and how many voted, never how."""
        question = doc.questionnaire.question(count.question or "")
        self.kicker.setText(tr("Secret re-vote · on your phones now"))
        self.heading.setText(question.text)
        self.count.setText(tr("%d of %d voted") % (count.voted, count.voters))
        self.count.show()
        clear_layout(self.grid)
        self.summary.setText(tr("Nobody sees how the votes fall until the vote closes."))
        self.proposal.setText("")

    def show_result(self, doc: Assessment, result: RevoteResult) -> None:
        """Before and after, agreement before and after, and the median proposed."""
        q = doc.questionnaire
        points = q.scale.points
        self.kicker.setText(tr("Re-vote closed · before and after"))
        self.heading.setText(q.question(result.question).text)
        self.count.hide()
        clear_layout(self.grid)
        if not result.after:
            self.summary.setText(tr("Nobody voted in the re-vote. First round: %s.") % result.was)
            self.proposal.setText("")
            return
        self.grid.addWidget(big_label(tr("Before"), 1.2, bold=True), 0, 1)
        self.grid.addWidget(big_label(tr("After the re-vote"), 1.2, bold=True), 0, 2)
        most = max([*result.before.values(), *result.after.values(), 1])
        for value in range(1, points + 1):
            row = value
            self.grid.addWidget(big_label(f"{value} · {q.scale.labels[value - 1]}", 1.1), row, 0)
            before, after = result.before.get(value, 0), result.after.get(value, 0)
            self.grid.addWidget(_bar_with_count(before, most, BEFORE, 220, False), row, 1)
            self.grid.addWidget(_bar_with_count(after, most, BAR, 220, True), row, 2)
        self.grid.setColumnStretch(0, 0)
        self.grid.setColumnStretch(3, 1)
        self.summary.setText(
            tr("Agreement (0 split, 1 all agree): %s before, %s after. First round: %s.")
            % (_agreement(result.agreement_before), _agreement(result.agreement_after), result.was)
        )
        if result.median_after is None:
            self.proposal.setText(tr("Nobody gave a score in the re-vote."))
        else:
            self.proposal.setText(
                tr("Proposed agreed score: %s, the median of the re-vote.")
                % f"{result.median_after:g}"
            )


class IdeasSlide(_Slide):
    """Ideas as they arrive (no names), the open dot vote's count, then the ranking."""

    def __init__(self) -> None:
        super().__init__()
        self.count = big_label("", 1.4, bold=True, name="ideasCount")
        self.layout_.addWidget(self.count)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)
        self.hint = big_label("", 0.9, name="ideasHint")
        self.hint.setStyleSheet(f"color: {SOFT};")
        self.layout_.addWidget(self.hint)

    def _list(self, texts: list[str], limit: int = 12) -> None:
        texts = [_short(t) for t in texts]
        clear_layout(self.grid)
        columns = 2 if len(texts) > 6 else 1
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)
        for n, text in enumerate(texts[:limit]):
            label = big_label("• " + text, 1.05 if columns == 2 else 1.2)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(label, n // columns, n % columns)

    def show_collecting(self, doc: Assessment) -> None:
        """The prompt and the ideas so far."""
        d = doc.discussion
        prompt = d.collecting.prompt if d.collecting is not None else ""
        ideas = d.live_ideas()
        since = [i for i in ideas if d.collecting is not None and i.prompt == d.collecting.prompt]
        self.kicker.setText(tr("Ideas · send yours from your phone, up to 5, without names"))
        self.heading.setText(prompt)
        self.count.setText(_plural(len(since), tr("%d idea so far"), tr("%d ideas so far")))
        self._list([i.text for i in reversed(since)])
        more = len(since) - 12
        self.hint.setText(
            tr("The 12 newest are shown; %d more wait for the dot vote.") % more if more > 0 else ""
        )

    def show_dots_open(self, doc: Assessment, count: VoteCount) -> None:
        """The ballot, without a single dot, and how many voted."""
        d = doc.discussion
        vote = d.open_dots()
        texts = {i.id: i.text for i in d.ideas}
        ideas = [texts[i] for i in (vote.ideas if vote is not None else []) if i in texts]
        per = vote.per_person if vote is not None else 0
        self.kicker.setText(tr("Dot vote · %d dots each, on your phones") % per)
        self.heading.setText(tr("Which ideas matter most?"))
        self.count.setText(
            tr("%d of %d voted") % (count.voted, count.voters)
            + " · "
            + _plural(len(ideas), tr("%d idea on the ballot"), tr("%d ideas on the ballot"))
        )
        self._list(ideas)
        more = len(ideas) - 12
        self.hint.setText(
            (tr("%d more on your phones. ") % more if more > 0 else "")
            + tr("No dot is shown until the vote closes.")
        )

    def show_ranking(self, result: DotsResult) -> None:
        """Ideas by dots, most first."""
        self.kicker.setText(tr("Dot vote closed · the ranking"))
        self.heading.setText(tr("The team's priorities"))
        total = sum(r.dots for r in result.ranking)
        self.count.setText(
            _plural(total, tr("%d dot"), tr("%d dots"))
            + " · "
            + _plural(len(result.ranking), tr("%d idea"), tr("%d ideas"))
        )
        clear_layout(self.grid)
        most = max([r.dots for r in result.ranking] + [1])
        for n, r in enumerate(result.ranking[:8]):
            text = big_label(f"{n + 1}. {_short(r.text, 110)}", 1.05, bold=n == 0)
            text.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(text, n, 0)
            self.grid.addWidget(_bar_with_count(r.dots, most, BAR, 260, True), n, 1)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 0)
        self.hint.setText(
            _plural(
                len(result.suggested),
                tr("The top idea joins the roadmap as a suggestion, to be triaged with the rest."),
                tr("The top %d join the roadmap as suggestions, to be triaged with the rest."),
            )
            if result.suggested
            else tr("No idea received a dot.")
        )


class ClosingSlide(_Slide):
    """The end of the discussion: what was agreed, and what comes next."""

    def __init__(self) -> None:
        super().__init__()
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body)
        self.layout_.addStretch(1)
        self.hint = big_label("", 0.9, name="closingHint")
        self.hint.setStyleSheet(f"color: {SOFT};")
        self.layout_.addWidget(self.hint)

    def show_for(self, doc: Assessment, discussed: list[str], more: int) -> None:
        """Agreed statements in the order discussed, the room's ideas, and what is left."""
        q = doc.questionnaire
        self.kicker.setText(tr("End of the discussion"))
        self.heading.setText(tr("What we agreed"))
        clear_layout(self.body)
        order = {qid: n for n, qid in enumerate(discussed)}
        agreed = sorted(
            ((qid, a) for qid, a in doc.agreed_questions.items() if q.has_question(qid)),
            key=lambda pair: (order.get(pair[0], len(order)), pair[0]),
        )
        if not agreed:
            self.body.addWidget(big_label(tr("No agreed scores recorded yet."), 1.2))
        for qid, a in agreed[:6]:
            row = QHBoxLayout()
            level = q.level_for(a.score).name
            row.addWidget(big_label(f"{a.score:g} {level}", 1.15, bold=True), 0)
            words = q.question(qid).text + (f" — {a.rationale}" if a.rationale else "")
            text = big_label(_short(words, 180), 1.0)
            text.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(text, 1)
            self.body.addLayout(row)
        if len(agreed) > 6:
            self.body.addWidget(
                big_label(tr("and %d more agreed scores, in the report") % (len(agreed) - 6), 0.95)
            )
        ideas = [i for i in doc.roadmap if i.origin == "idea" and i.review == "suggested"]
        if ideas:
            self.body.addSpacing(12)
            self.body.addWidget(
                big_label(
                    _plural(
                        len(ideas),
                        tr("%d idea from the room waits on the roadmap:"),
                        tr("%d ideas from the room wait on the roadmap:"),
                    ),
                    1.15,
                    True,
                )
            )
            for item in sorted(ideas, key=lambda i: -i.priority)[:4]:
                line = big_label("• " + _short(item.action, 120), 1.0)
                line.setTextFormat(Qt.TextFormat.PlainText)
                self.body.addWidget(line)
        self.hint.setText(
            _plural(len(discussed), tr("%d statement discussed"), tr("%d statements discussed"))
            + " · "
            + (
                _plural(
                    more,
                    tr("1 more divided statement can be brought in"),
                    tr("%d more divided statements can be brought in"),
                )
                if more
                else tr("every divided statement has been on screen")
            )
        )


__all__ = ["ClosingSlide", "IdeasSlide", "RevoteSlide", "big_label"]
