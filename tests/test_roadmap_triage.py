"""Roadmap triage as a facilitator does it in the room: the row stays put after A or D, a
decision is not an edit, the editors stay in their cells, the owner field offers the people
and roles, and a mistyped due date keeps its dialog open."""

from __future__ import annotations


def _triage_window(window, tmp_path, shipped):
    from helpers import person

    from cxassess.core.document import Assessment
    from cxassess.core.storage import save_document

    answers = {qu.id: 1 for _, qu in shipped.questions()}
    doc = Assessment.new(
        shipped,
        participants=[person("Ana Ruiz", answers, "Sales"), person("Bo Chen", answers, "Support")],
    )
    path = tmp_path / "triage.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    window.show_page("roadmap")
    return window.page("roadmap")


def test_triage_keeps_the_row_and_the_source_and_the_editors_stay_in_their_cells(
    qtbot, window, tmp_path, shipped
):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from cxassess.gui.pages.roadmap_model import KPI, OWNER, SOURCE

    page = _triage_window(window, tmp_path, shipped)
    view = page.view
    before = [page.model.item_at(r).id for r in range(page.proxy.rowCount())]
    assert len(before) >= 5
    view.setFocus()
    view.setCurrentIndex(page.proxy.index(0, 1))
    # A, down, A, down, D: the first two accepted, the third dropped, in that order.
    for key in (Qt.Key.Key_A, Qt.Key.Key_Down, Qt.Key.Key_A, Qt.Key.Key_Down, Qt.Key.Key_D):
        qtbot.keyClick(view, key)
    by_id = {i.id: i for i in window.session.doc.roadmap}
    assert [by_id[i].review for i in before[:4]] == ["accepted", "accepted", "dropped", "suggested"]
    # Accepting is a decision, not an edit: the source still says where it came from.
    row = page.model.row_of(before[0])
    assert page.model.index(row, SOURCE).data() == "Suggested"
    assert not by_id[before[0]].edited

    # The KPI editor stays inside its cell, however long the text typed.
    index = page.proxy.mapFromSource(page.model.index(row, KPI))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, " and the share of complaints answered within two working days" * 2)
    cell = view.visualRect(index)
    assert editor.geometry().right() <= cell.right() + 1 and editor.width() <= cell.width() + 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.viewport().findChildren(QLineEdit), timeout=2000)

    # The owner field offers the people and the roles.
    owner = page.proxy.mapFromSource(page.model.index(row, OWNER))
    view.setCurrentIndex(owner)
    view.edit(owner)
    editor = view.viewport().findChild(QLineEdit)
    offered = editor.completer().model()
    names = {offered.index(r, 0).data() for r in range(offered.rowCount())}
    assert {"Ana Ruiz", "Bo Chen", "Sales", "Support"} <= names
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_an_invalid_due_date_keeps_the_dialog_open_with_what_was_typed(
    qtbot, window, tmp_path, shipped, monkeypatch
):
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    page = _triage_window(window, tmp_path, shipped)
    first = page.model.item_at(0).id
    page.select_ids([first])
    asked: list[tuple[str, str]] = []
    answers = iter([("31/02/2027", True), ("2027-03-15", True)])

    def get_text(_parent, _title, label, _mode, text):
        asked.append((label, text))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    page.ask_due()
    assert len(asked) == 2  # asked again, not closed
    assert "“31/02/2027” is not a date" in asked[1][0] and asked[1][1] == "31/02/2027"
    due = next(i.due for i in window.session.doc.roadmap if i.id == first)
    assert due == date(2027, 3, 15)
