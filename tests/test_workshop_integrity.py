"""A shared-laptop workshop that holds: sealed answers, locked results, deliberate reveal,
and inputs that cannot silently go wrong."""

from __future__ import annotations

from gui_helpers import answer_all, reply
from helpers import doc_with, person, shipped_statements
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxassess.core.document import Answer
from cxassess.core.storage import save_document

K = Qt.Key
QUESTIONS = shipped_statements()


def _workshop(window, names=("Ana", "Bo", "Cy")):
    window.commands.new(team=True)
    setup = window.page("setup")
    for row, name in enumerate(names):
        setup.people.item(row, 0).setText(name)
    window.start_answering()
    return window.page("handover")


def _answer_as(qtbot, window, handover, name, keys):
    rows = [handover.people.item(r).text() for r in range(handover.people.count())]
    handover.people.setCurrentRow(next(r for r, t in enumerate(rows) if t.startswith(name)))
    qtbot.mouseClick(handover.start_button, Qt.MouseButton.LeftButton)
    answer_all(qtbot, window, keys)


def test_finished_answers_are_sealed_and_results_stay_locked_until_revealed(qtbot, window):
    handover = _workshop(window)
    _answer_as(qtbot, window, handover, "Ana", [K.Key_1] + [K.Key_2] * (QUESTIONS - 1))
    assert window.stack.currentWidget() is handover
    doc = window.session.doc
    ana = doc.participants[0]
    assert ana.sealed and doc.round_open
    # the next person tries to reopen Ana: selecting her cannot start her answers
    handover.people.setCurrentRow(0)
    assert "sealed" in handover.people.item(0).text()
    assert not handover.start_button.isEnabled()
    handover._start_item(handover.people.item(0))
    handover.people.itemActivated.emit(handover.people.item(0))
    qtbot.keyClick(handover.people, K.Key_Return)
    assert window.stack.currentWidget() is handover
    # the answer page holds nothing of Ana: no person, no checked answer, no comment, no
    # overview of her statements, no name
    answer_page = window.page("answer")
    assert answer_page.participant_id is None and answer_page.who.text() == ""
    assert not any(b.isChecked() for b in answer_page.buttons.values())
    assert answer_page.comment.text() == "" and answer_page.overview.topLevelItemCount() == 0
    # ... nor undo her answers
    assert not window.act_undo.isEnabled()
    qtbot.keyClick(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ana.answers["cm-owner"].value == 1 and len(ana.answers) == QUESTIONS
    # results, roadmap, over time, presenter and exports are locked mid-round
    for name in ("results", "roadmap", "trends"):
        assert not window.step_actions[name].isEnabled()
        window.show_page(name)
        assert window.stack.currentWidget() is handover
    assert (
        not window.menu_actions["present"].isEnabled()
        and not window.menu_actions["pdf"].isEnabled()
    )
    qtbot.keyClick(window, K.Key_4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, K.Key_F11)
    assert window.stack.currentWidget() is handover and window.presenter is None
    assert handover.results_button.text() == "Reveal the results…"
    # reveal mid-round names who has not finished, and "keep waiting" keeps the lock
    seen = {}
    reply("revealDialog", "cancel", before=lambda box: seen.setdefault("text", box.text()))
    qtbot.mouseClick(handover.results_button, Qt.MouseButton.LeftButton)
    assert seen["text"] == "Not everyone has finished: Bo, Cy."
    assert window.results_locked() and window.stack.currentWidget() is handover
    _answer_as(qtbot, window, handover, "Bo", [K.Key_5] + [K.Key_3] * (QUESTIONS - 1))
    _answer_as(qtbot, window, handover, "Cy", [K.Key_2] + [K.Key_3] * (QUESTIONS - 1))
    assert handover.results_button.text() == "Everyone is done: reveal the results"
    qtbot.mouseClick(handover.results_button, Qt.MouseButton.LeftButton)
    assert QApplication.activeModalWidget() is None  # everyone finished: no question asked
    assert window.stack.currentWidget() is window.page("results")
    assert not doc.round_open and window.step_actions["roadmap"].isEnabled()
    assert window.menu_actions["pdf"].isEnabled() and window.menu_actions["present"].isEnabled()


def test_the_facilitator_can_unlock_one_person_after_a_clear_warning(qtbot, window):
    handover = _workshop(window)
    _answer_as(qtbot, window, handover, "Ana", [K.Key_1] * QUESTIONS)
    handover.people.setCurrentRow(0)
    seen = {}
    reply(
        "unlockDialog", "cancel", before=lambda box: seen.setdefault("text", box.informativeText())
    )
    qtbot.mouseClick(handover.unlock_button, Qt.MouseButton.LeftButton)
    assert "see and change their answers" in seen["text"]
    assert window.session.doc.participants[0].sealed
    reply("unlockDialog", "unlock")
    qtbot.mouseClick(handover.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.session.doc.participants[0].sealed
    handover.people.setCurrentRow(0)
    assert handover.start_button.isEnabled()
    qtbot.mouseClick(handover.start_button, Qt.MouseButton.LeftButton)
    page = window.page("answer")
    assert window.stack.currentWidget() is page and "Ana" in page.who.text()


def test_finishing_with_unanswered_statements_warns_and_lists_them(qtbot, window):
    handover = _workshop(window)
    qtbot.mouseClick(handover.start_button, Qt.MouseButton.LeftButton)
    page = window.page("answer")
    qtbot.keyClick(page, K.Key_3)
    seen = {}
    reply(
        "unansweredDialog",
        "back",
        before=lambda box: seen.update(t=box.text(), i=box.informativeText()),
    )
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert seen["t"] == f"{QUESTIONS - 1} statements are not answered yet:"
    assert "named executive" not in seen["i"]  # answered one is not listed
    # The box lists the first few and counts the rest.
    listed = seen["i"].count("• ")
    assert f"… and {QUESTIONS - 1 - listed} more" in seen["i"]
    assert window.stack.currentWidget() is page and page.position == 1
    assert not window.session.doc.participants[0].sealed
    reply("unansweredDialog", "finish")
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is handover
    assert window.session.doc.participants[0].sealed


def test_enter_in_the_comment_moves_on_once_and_gives_the_keys_back(qtbot, window):
    window.commands.new(team=False)
    window.start_answering()
    page = window.page("answer")
    page.position = 13
    page.show_question()
    qtbot.keyClick(page, K.Key_4)
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "Seen in Q14 reviews")
    qtbot.keyClick(page.comment, K.Key_Return)
    assert page.position == 14  # Q14 -> Q15, not Q16
    qtbot.keyClick(QApplication.focusWidget(), K.Key_2)
    me = window.session.doc.participants[0]
    q14, q15 = page.question_ids[13], page.question_ids[14]
    assert me.answers[q14].comment == "Seen in Q14 reviews" and me.answers[q14].value == 4
    assert me.answers[q15].value == 2 and me.answers[q15].comment == ""
    assert page.comment.text() == ""


def test_import_says_where_and_who_then_settles_conflicts_in_the_app(
    qtbot, window, tmp_path, shipped
):
    everything = {qu.id: 3 for _, qu in shipped.questions()}
    open_doc = doc_with(shipped, [person("Ana", everything, "Ops")], team="Ops")
    ana = open_doc.participants[0]
    ana.answers["cm-owner"] = Answer(value=2, answered_at="2026-03-01T09:00:00Z")
    base = tmp_path / "workshop.cxa"
    save_document(open_doc, base)
    assert window.commands.open_path(base)
    # Ana sent her own file too (a later, different answer), and Bo joins
    ana_file = ana.model_copy(deep=True)
    ana_file.answers["cm-owner"] = Answer(value=4, answered_at="2026-03-02T09:00:00Z")
    ana_file.answers["cm-leaders"] = Answer(value=1, answered_at="2026-03-02T09:00:00Z")
    sent = tmp_path / "ana.cxa"
    save_document(doc_with(shipped, [ana_file, person("Bo", everything, "Ops")]), sent)
    seen = {}

    def where(box):
        seen["where"] = box.text() + "\n" + box.informativeText()

    def settle(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["latest"] = [c.currentIndex() for c in dialog.combos]
        dialog.combos[0].setCurrentIndex(0)  # keep the answer given in the workshop
        dialog.combos[1].setCurrentIndex(1)

    reply("importWhereDialog", "add", before=where)
    _accept_conflicts(settle)
    assert window.commands.import_files([sent])
    assert "Add 1 people from 1 file(s) to “Ops”?" in seen["where"] and "Bo (Ops)" in seen["where"]
    assert seen["rows"] == 2 and seen["latest"] == [1, 1]
    doc = window.session.doc
    assert [p.name for p in doc.participants] == ["Ana", "Bo"]
    assert doc.participants[0].answers["cm-owner"].value == 2
    assert doc.participants[0].answers["cm-leaders"].value == 1
    # undo takes the whole import back
    window.act_undo.trigger()
    assert [p.name for p in window.session.doc.participants] == ["Ana"]


def _accept_conflicts(work, tries: int = 250):
    from PySide6.QtCore import QTimer

    def attempt(left):
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "conflictDialog":
            work(box)
            box.accept()
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))


def test_the_same_people_imported_twice_are_offered_to_be_combined(
    qtbot, window, tmp_path, shipped
):
    everything = {qu.id: 4 for _, qu in shipped.questions()}
    one = tmp_path / "first.cxa"
    two = tmp_path / "again.cxa"
    # the same spreadsheet imported twice: same names and roles, new ids
    save_document(
        doc_with(shipped, [person("Ana", everything, "Ops"), person("Bo", everything)]), one
    )
    save_document(
        doc_with(shipped, [person("Ana", everything, "Ops"), person("Bo", everything)]), two
    )
    seen = {}
    reply("importWhereDialog", "new")
    reply(
        "duplicatePeopleDialog",
        "combine",
        before=lambda box: seen.setdefault("t", box.informativeText()),
    )
    assert window.commands.import_files([one, two])
    assert "Ana (Ops), Bo" in seen["t"]
    assert [p.name for p in window.session.doc.participants] == ["Ana", "Bo"]
    assert window.page("results").scores.respondents == 2


def _solo_with_roadmap(window, tmp_path, shipped):
    from datetime import date

    answers = {qu.id: 2 for _, qu in shipped.questions()}
    path = tmp_path / "solo.cxa"
    save_document(doc_with(shipped, [person("Me", answers)], assessed_on=date(2026, 11, 1)), path)
    assert window.commands.open_path(path)
    window.show_page("roadmap")
    return window.page("roadmap")


def _type_due(qtbot, roadmap, text):
    index = roadmap.proxy.index(0, 3)
    roadmap.view.setCurrentIndex(index)
    roadmap.view.edit(index)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "dateLineEdit"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.wait(20)  # the commit is queued
    return editor


def test_a_typed_due_date_is_exactly_that_date_or_visibly_refused(qtbot, window, tmp_path, shipped):
    from datetime import date

    from PySide6.QtCore import QLocale

    roadmap = _solo_with_roadmap(window, tmp_path, shipped)

    def item():
        return window.session.doc.roadmap[
            roadmap.proxy.mapToSource(roadmap.proxy.index(0, 0)).row()
        ]

    _type_due(qtbot, roadmap, "2027-03-15")
    assert item().due == date(2027, 3, 15)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        _type_due(qtbot, roadmap, "1/4/2027")  # the locale's own way: 1 April
        assert item().due == date(2027, 4, 1)
        editor = _type_due(qtbot, roadmap, "2027-02-30")
    finally:
        QLocale.setDefault(QLocale.c())
    # Enter does not take an impossible date: the editor stays open, in red
    assert QApplication.focusWidget() is editor and "fde2e2" in editor.styleSheet()
    roadmap.view.setFocus()  # leaving the cell: refused, and the page says why
    qtbot.wait(20)
    assert item().due == date(2027, 4, 1)  # unchanged
    assert roadmap.problem.isVisible()
    assert "“2027-02-30” is not a date" in roadmap.problem.text()


def test_targets_stay_on_the_scale_and_an_unscored_dimension_gets_none(
    qtbot, window, tmp_path, shipped
):
    import pytest

    from cxassess.core.gaps import dimension_gaps
    from cxassess.core.roadmap import generate_roadmap

    window.commands.new(team=False)
    setup = window.page("setup")
    spin = setup.target_spins["commitment"]
    assert spin.text() == "Automatic"

    def typed(text):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, text)
        qtbot.keyClick(spin, K.Key_Return)

    typed("4.5")
    assert window.session.doc.targets == {"commitment": 4.5}
    for outside in ("0.5", "7"):
        typed(outside)
        assert window.session.doc.targets == {"commitment": 4.5}, outside
    with pytest.raises(ValueError):
        window.session.set_target("commitment", 0.5)
    # listening gets no answers: no target, no actions, and no point at the centre
    doc = window.session.doc
    for _, qu in shipped.questions():
        if not qu.id.startswith("li-"):
            doc.set_answer(doc.participants[0].id, qu.id, 2)
    gaps = {g.dimension_id: g for g in dimension_gaps(doc)}
    assert gaps["listening"].target is None and gaps["commitment"].target == 4.5
    assert not any(i.dimension == "listening" for i in generate_roadmap(doc))


def _inside(widget, window) -> bool:
    """The widget is shown entirely within the window (nothing cut off)."""
    from PySide6.QtCore import QPoint, QRect

    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and QRect(0, 0, window.width(), window.height()).contains(
        QRect(top_left, widget.size())
    )


def test_every_page_fits_a_1024_by_768_projector(qtbot, window, tmp_path, shipped):
    from cxassess.core.demo import demo_workshop

    window.resize(1024, 768)
    path = tmp_path / "demo.cxa"
    save_document(demo_workshop(shipped), path)
    assert window.commands.open_path(path)
    for name in ("setup", "results", "roadmap", "trends", "handover", "answer"):
        window.show_page(name)
        qtbot.wait(30)
        assert window.width() <= 1024 and window.minimumSizeHint().width() <= 1024, name
    answer = window.page("answer")
    if window.stack.currentWidget() is not answer:
        window.page("handover").prepare(None)
    # the answer page: every choice offered, Back, Next and Finish in view
    window.answer_as(window.session.doc.participants[0].id)
    for widget in [
        *(b for b in answer.buttons.values() if not b.isHidden()),
        answer.back_button,
        answer.next_button,
        answer.finish_button,
    ]:
        assert _inside(widget, window), widget.objectName()
    window.show_page("setup")
    start = window.page("setup").findChild(type(answer.next_button), "startAnsweringButton")
    assert _inside(start, window)
    window.show_page("results")
    results = window.page("results")
    view = results.question_view
    assert view.columnWidth(0) >= 180  # the statement stays readable
    assert view.horizontalHeader().length() <= view.viewport().width() + 2
    window.show_page("roadmap")
    roadmap = window.page("roadmap").view
    assert roadmap.columnWidth(1) >= 200
    assert roadmap.horizontalHeader().length() <= roadmap.viewport().width() + 2


def test_recovery_returns_to_the_page_and_recent_files_say_team_and_date(
    qtbot, window, tmp_path, shipped
):
    from cxassess.core.recovery import list_recovery

    window.commands.new(team=False)
    window.session.set_fields("team", "meta", team="Ops")
    window.show_page("roadmap")
    window.session.set_fields("org", "meta", organisation="Acme")
    window.session.flush_autosave()
    live = str(window.session.doc.id)
    assert all(e.document_id != live for e in list_recovery())  # a live window's own copy
    entry = next(e for e in list_recovery(include_live=True) if e.document_id == live)
    assert entry.page == "roadmap"
    path = tmp_path / "ops.cxa"
    window.prompts.ask_save_path = lambda *_a: path
    assert window.commands.save()
    from cxassess.gui.settings import recent_files

    assert recent_files()[0] == (str(path), f"Ops · Acme · {window.session.doc.assessed_on} · solo")
    window.show_page("start")
    assert "Ops · Acme" in window.start_page.recent.item(0).text()
