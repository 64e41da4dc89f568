"""Results: radar, dimension scores and levels, question table, agenda, role lens, agreed scores."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.discussion import discussion_list
from cxassess.core.gaps import dimension_gaps
from cxassess.core.scoring import Scores, score_document
from cxassess.core.text import lower_first
from cxassess.gui.i18n import tr
from cxassess.gui.pages.agreed_form import AgreedForm
from cxassess.gui.pages.lens_tab import LensTab
from cxassess.gui.pages.models import (
    AGREEMENT_HELP,
    SORT_ROLE,
    QuestionStatsModel,
    format_number,
)
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.chart_view import ChartView
from cxassess.gui.widgets.columns import ColumnFitter
from cxassess.gui.widgets.common import heading, muted, named


def radar_for(scores: Scores, session: DocumentSession, font_scale: float = 1.0) -> object:
    """The same radar the report draws: current, target and agreed."""
    from cxassess.report.charts import radar_figure
    from cxassess.report.styles import AGREED_COLOUR, CURRENT_COLOUR, TARGET_COLOUR

    doc = session.require()
    gaps = {g.dimension_id: g.target for g in dimension_gaps(doc, scores)}
    dims = scores.dimensions
    series = [
        (tr("Current"), [d.score for d in dims], CURRENT_COLOUR, "-"),
        (tr("Target"), [gaps[d.dimension_id] for d in dims], TARGET_COLOUR, "--"),
    ]
    if any(d.agreed is not None for d in dims):
        series.append(
            (
                tr("Agreed"),
                [d.agreed if d.agreed is not None else d.score for d in dims],
                AGREED_COLOUR,
                ":",
            )
        )
    return radar_figure(
        [d.title if d.score is not None else tr("%s (too few answers)") % d.title for d in dims],
        doc.questionnaire.scale.points,
        series,
        size_in=3.6,
        font_scale=font_scale,
        legend_below=True,
    )


class ResultsPage(QWidget):
    """Everything scored, recomputed whenever answers, agreed scores or targets change."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.session = session
        self.scores: Scores | None = None
        self._stale = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.headline = heading("", "resultsHeadline")
        outer.addWidget(self.headline)
        self.level_text = muted("", "resultsLevel")
        outer.addWidget(self.level_text)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.radar = ChartView("radarChart", tr("Radar chart of dimension scores"))
        left_layout.addWidget(self.radar, 3)
        self.dimensions = named(QTableWidget(0, 6), "dimensionTable", tr("Dimension scores"))
        self.dimensions.setHorizontalHeaderLabels(
            [
                tr("Dimension"),
                tr("Score"),
                tr("Level"),
                tr("Agreed"),
                tr("Target"),
                tr("Agreement"),
            ]
        )
        agreement_header = self.dimensions.horizontalHeaderItem(5)
        if agreement_header is not None:
            agreement_header.setToolTip(tr(AGREEMENT_HELP))
        self.dimension_columns = ColumnFitter(self.dimensions, {0: 1.0})
        self.dimensions.verticalHeader().hide()
        self.dimensions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dimensions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dimensions.itemSelectionChanged.connect(self._dimension_selected)
        left_layout.addWidget(self.dimensions, 2)
        self.dimension_detail = muted(
            tr("Select a dimension to see what its level means."), "dimensionDetail"
        )
        left_layout.addWidget(self.dimension_detail)
        splitter.addWidget(left)

        self.tabs = named(QTabWidget(), "resultsTabs", tr("Result views"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([380, 620])
        splitter.setStretchFactor(1, 1)

        questions = QWidget()
        q_layout = QVBoxLayout(questions)
        self.filter = named(QLineEdit(), "questionFilter", tr("Filter questions"))
        self.filter.setPlaceholderText(tr("Filter questions…"))
        q_layout.addWidget(self.filter)
        self.question_model = QuestionStatsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.question_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.question_view = named(QTableView(), "questionTable", tr("Question statistics"))
        self.question_view.setModel(self.proxy)
        self.question_view.setSortingEnabled(True)
        # questionnaire order until the user sorts by a column
        self.proxy.sort(-1)
        self.question_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.question_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.question_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # On a 1024 px projector the dimension and SD columns give way to the statement.
        self.question_columns = ColumnFitter(
            self.question_view, {0: 3.0, 1: 1.0}, optional={1: 800, 3: 900}
        )
        vertical = self.question_view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        vertical.hide()
        self.question_view.setWordWrap(True)
        self.question_view.selectionModel().currentRowChanged.connect(self._question_selected)
        q_layout.addWidget(self.question_view)
        self.question_comments = self._comments_label("questionComments")
        q_layout.addWidget(self.question_comments)
        self.tabs.addTab(questions, tr("&Questions"))

        agenda = QWidget()
        a_layout = QVBoxLayout(agenda)
        a_layout.addWidget(
            muted(
                tr(
                    "Where answers were far apart, most disagreement (and weight) first; the first few are proposed for the hour. Ask the people at both ends what they have seen, then record an agreed score (or use the presenter, F11)."
                ),
                "agendaHint",
            )
        )
        self.agenda = named(QListWidget(), "agendaList", tr("Discussion agenda"))
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(4)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.currentRowChanged.connect(self._agenda_selected)
        self.agenda.itemClicked.connect(lambda item: self._agenda_selected(self.agenda.row(item)))
        a_layout.addWidget(self.agenda)
        self.agenda_comments = self._comments_label("agendaComments")
        a_layout.addWidget(self.agenda_comments)
        self.agenda_index = self.tabs.addTab(agenda, tr("Discussion &agenda"))

        self.lens = LensTab()
        self.roles, self.roles_hint = self.lens.roles.table, self.lens.roles.hint
        self.roles_index = self.tabs.addTab(self.lens, tr("By &role and unit"))

        self.agreed_form = AgreedForm(session, lambda: self.scores)
        # The form's fields, by the names the rest of the page (and its tests) use.
        form = self.agreed_form
        self.agreed_target, self.agreed_score = form.target, form.score
        self.agreed_rationale, self.agreed_save = form.rationale, form.save
        self.agreed_evidence = form.evidence
        self.agreed_index = self.tabs.addTab(form, tr("A&greed scores"))

        session.documentReplaced.connect(self.mark_stale)
        session.changed.connect(lambda kind: self.mark_stale() if kind != "roadmap" else None)

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        self._stale = False
        scores = score_document(doc)
        self.scores = scores
        q = doc.questionnaire
        o = scores.overall
        if o.score is None:
            self.headline.setText(tr("Not enough answers yet to score"))
            self.level_text.setText(
                tr("Each dimension needs at least half of its questions answered.")
            )
        else:
            self.headline.setText(
                tr("Index %.0f / 100 · score %.2f of %d · %s")
                % (o.index, o.score, q.scale.points, o.level.name if o.level else "")
            )
            self.level_text.setText(o.level.description if o.level else "")
        gaps = {g.dimension_id: g for g in dimension_gaps(doc, scores)}
        self.dimensions.setRowCount(len(scores.dimensions))
        for row, d in enumerate(scores.dimensions):
            values = [
                d.title,
                tr("too few answers") if d.insufficient else format_number(d.score),
                d.level.name if d.level else "–",
                format_number(d.agreed, 1),
                format_number(gaps[d.dimension_id].target),
                format_number(d.rwg_j),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 2 and d.level:
                    item.setToolTip(d.level.description)
                if col == 1 and d.index is not None:
                    item.setToolTip(tr("Index %.0f of 100") % d.index)
                self.dimensions.setItem(row, col, item)
        shown = self.dimensions.currentRow()
        first = scores.dimensions[shown if 0 <= shown < len(scores.dimensions) else 0]
        self.dimension_detail.setText(self._level_text(first.dimension_id))
        self.question_model.set_stats(q, scores.questions, doc.is_team)
        solo_hidden = set() if doc.is_team else set(QuestionStatsModel.TEAM_ONLY)
        for column in QuestionStatsModel.TEAM_ONLY:
            self.question_view.setColumnHidden(column, column in solo_hidden)
        self.question_columns.hidden = solo_hidden
        self.dimensions.setColumnHidden(5, not doc.is_team)
        self.dimensions.setColumnHidden(3, all(d.agreed is None for d in scores.dimensions))
        self.dimension_columns.fit()
        self.question_columns.fit()
        self.tabs.setTabVisible(self.agenda_index, doc.is_team)
        self.tabs.setTabVisible(self.roles_index, doc.is_team)
        self.agenda.clear()
        items = discussion_list(q, scores, doc.discussion_size)
        for point in items:
            stats = scores.question(point.question_id)
            mark = tr("Proposed · ") if point.proposed else ""
            record = (
                "\n    " + tr("Matter of record: bring %s") % lower_first(point.evidence)
                if point.evidence
                else ""
            )
            self.agenda.addItem(
                tr("%s\n    %s%s · mean %s")
                % (point.text, mark, point.reason, format_number(stats.mean))
                + record
            )
        self._agenda_ids = [item.question_id for item in items]
        self.lens.refresh(doc)
        self.agreed_form.refresh()
        self.radar.set_figure(radar_for(scores, self.session))  # type: ignore[arg-type]

    def select_for_agreement(self, kind: str, key: str) -> None:
        """Point the agreed-score form at a question or dimension."""
        self.agreed_form.select(kind, key)

    @staticmethod
    def _comments_label(name: str) -> QLabel:
        label = muted("", name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _show_comments(self, label: QLabel, question_id: str) -> None:
        """The statement's comments, without names, where the discussion happens."""
        from html import escape

        from cxassess.core.comments import shortened, statement_comments, withheld

        doc = self.session.require()
        said = statement_comments(doc, question_id)
        hidden = sum(1 for _, qid, _ in withheld(doc) if qid == question_id)
        label.setVisible(bool(said or hidden))
        if not (said or hidden):
            return
        shown, more = shortened(said, 5, 240)
        lines = "".join(f"<br/>• {escape(c)}" for c in shown)
        extra = "<br/>" + tr("and %d more in the report") % more if more else ""
        # Said, so the facilitator knows a comment is missing and why, without showing it.
        if hidden:
            extra += (
                "<br/><i>"
                + tr(
                    "%d not shown: it says who wrote it. It is kept in the file and in a named report."
                )
                % hidden
                + "</i>"
            )
        header = (
            tr("<b>What people wrote</b> (%d, without names):") % len(said)
            if said
            else tr("<b>What people wrote</b>:")
        )
        label.setText(header + lines + extra)

    def _question_selected(self) -> None:
        index = self.question_view.currentIndex()
        if index.isValid():
            stats = self.question_model.stats_at(self.proxy.mapToSource(index).row())
            self.select_for_agreement("question", stats.question_id)
            self._show_comments(self.question_comments, stats.question_id)

    def _dimension_selected(self) -> None:
        row = self.dimensions.currentRow()
        if self.scores is not None and 0 <= row < len(self.scores.dimensions):
            d = self.scores.dimensions[row]
            self.select_for_agreement("dimension", d.dimension_id)
            self.dimension_detail.setText(self._level_text(d.dimension_id))

    def _level_text(self, dimension_id: str) -> str:
        """What the dimension's level means, and what the next level up looks like."""
        from html import escape

        assert self.scores is not None
        q = self.session.require().questionnaire
        d = self.scores.dimension(dimension_id)
        if d.score is None or d.level is None:
            return tr("%s: not enough answers to score.") % escape(d.title)
        text = f"<b>{escape(d.title)}: {escape(d.level.name)}.</b> {escape(d.level.description)}"
        index = q.level_index(d.level.id)
        if index + 1 < len(q.levels):
            nxt = q.levels[index + 1]
            text += "<br/>" + tr("<b>Next, %s:</b> %s") % (
                escape(nxt.name),
                escape(nxt.description),
            )
        return text

    def _agenda_selected(self, row: int) -> None:
        if 0 <= row < len(getattr(self, "_agenda_ids", [])):
            self.select_for_agreement("question", self._agenda_ids[row])
            self._show_comments(self.agenda_comments, self._agenda_ids[row])
