"""Complete flows through the real app: solo to PDF, a workshop with hand-overs, imports,
recovery after a crash, and bad input shown as errors in the app."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from gui_helpers import answer_all, close_dialogs, open_dialogs, reply
from helpers import doc_with, person, shipped_statements
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from cxassess.core.storage import load_document, save_document

K = Qt.Key
QUESTIONS = shipped_statements()


def wait_export(qtbot, window, kind: str, target: Path) -> None:
    window.prompts.ask_save_path = lambda *_a: target
    window.commands.export(kind)
    worker = window.commands.export_worker
    with qtbot.waitSignal(worker.succeeded, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(open_dialogs("exportDoneDialog")), timeout=5000)
    close_dialogs()
    qtbot.wait(50)  # let the closed dialog go before the window takes the keyboard back
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_solo_assessment_from_new_to_pdf(qtbot, window, tmp_path):
    qtbot.mouseClick(window.start_page.buttons["newSoloButton"], Qt.MouseButton.LeftButton)
    setup = window.page("setup")
    assert window.stack.currentWidget() is setup
    # QTest types ASCII only; the rest of the name is pasted, as a person might
    qtbot.keyClicks(setup.organisation, "Zo")
    setup.organisation.insert("ë's Bakery")
    setup.organisation.editingFinished.emit()
    qtbot.mouseClick(
        setup.findChild(QPushButton, "startAnsweringButton"), Qt.MouseButton.LeftButton
    )
    keys = ([K.Key_4, K.Key_2, K.Key_D, K.Key_3, K.Key_5] * 12)[: QUESTIONS - 4]
    keys += [K.Key_1, K.Key_2, K.Key_3, K.Key_4]
    assert len(keys) == QUESTIONS
    answer_all(qtbot, window, keys)
    results = window.page("results")
    assert window.stack.currentWidget() is results
    doc = window.session.doc
    me = doc.participants[0]
    assert len(me.answers) == QUESTIONS
    assert me.answers["cm-owner"].value == 4 and me.answers["cm-review"].kind == "dont_know"
    assert "Index" in results.headline.text()
    # what the first dimension's level means, and the level above it
    level = window.session.doc.questionnaire.level_for(results.scores.dimensions[0].score)
    assert level.description in results.dimension_detail.text()
    assert "Next, " in results.dimension_detail.text()
    assert window.isWindowModified()
    # the solo view has no agenda or role tabs
    assert not results.tabs.isTabVisible(results.agenda_index)
    pdf = tmp_path / "solo.pdf"
    wait_export(qtbot, window, "pdf", pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Zoë's Bakery" in text and "Your own view, taken alone" in text
    # save with Ctrl+S to a chosen file
    target = tmp_path / "solo.cxa"
    window.prompts.ask_save_path = lambda *_a: target
    qtbot.keyClick(window, K.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_document(target).participants[0].answers["cm-owner"].value == 4
    assert not window.isWindowModified()


def test_three_person_workshop(qtbot, window, tmp_path):
    window.commands.new(team=True)
    setup = window.page("setup")
    names = ["Ana", "Bo", "Cy"]
    for row, name in enumerate(names):
        setup.people.item(row, 0).setText(name)
        setup.people.item(row, 1).setText("Sales")
        setup.people.item(row, 2).setText("Online shop" if row else "Stores")
    assert [p.name for p in window.session.doc.participants] == names
    assert [p.unit for p in window.session.doc.participants] == ["Stores", *["Online shop"] * 2]
    window.start_answering()
    handover = window.page("handover")
    assert window.stack.currentWidget() is handover
    assert "Answer for the organisation as a whole" in handover.message.text()
    answers = {
        "Ana": [K.Key_1] + [K.Key_3] * (QUESTIONS - 1),
        "Bo": [K.Key_5] + [K.Key_3] * (QUESTIONS - 1),
        "Cy": [K.Key_2] + [K.Key_3] * (QUESTIONS - 2) + [K.Key_4],
    }
    for name in names:
        assert name in handover.people.currentItem().text()
        qtbot.mouseClick(handover.start_button, Qt.MouseButton.LeftButton)
        answer = window.page("answer")
        assert name in answer.who.text()
        assert "For 4 (Established), look for: A cross-department dispute" in answer.help.text()
        answer_all(qtbot, window, answers[name])
        assert window.stack.currentWidget() is handover
        # the hand-over screen shows names and progress only, never answers
        shown = (
            handover.title.text()
            + handover.message.text()
            + " ".join(handover.people.item(i).text() for i in range(handover.people.count()))
        )
        assert f"Thank you, {name}" in shown
        assert "named executive" not in shown and "Reactive" not in shown
    qtbot.mouseClick(handover.results_button, Qt.MouseButton.LeftButton)
    results = window.page("results")
    assert window.stack.currentWidget() is results
    # cm-owner was answered 1, 5, 2: on the agenda, first
    assert results.tabs.isTabVisible(results.agenda_index)
    assert results.agenda.count() >= 1
    assert "named executive" in results.agenda.item(0).text()
    # record an agreed score for it, from the agenda
    results.tabs.setCurrentIndex(results.agenda_index)
    rect = results.agenda.visualItemRect(results.agenda.item(0))
    qtbot.mouseClick(results.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert results.agreed_target.currentData() == "question:cm-owner"
    results.tabs.setCurrentIndex(results.agreed_index)
    results.agreed_score.setValue(2.0)
    results.agreed_rationale.setPlainText("Reviews happen only after complaints.")
    # cm-owner is a matter of record: the form names the document that settles it.
    assert "responsibilities" in results.agreed_form.record_hint.text()
    results.agreed_evidence.setText("Executive responsibilities, March 2026")
    qtbot.mouseClick(results.agreed_save, Qt.MouseButton.LeftButton)
    doc = window.session.doc
    assert doc.agreed_questions["cm-owner"].score == 2.0
    assert doc.agreed_questions["cm-owner"].evidence == "Executive responsibilities, March 2026"
    assert doc.participants[0].answers["cm-owner"].value == 1  # raw answers stay
    row = next(
        r
        for r in range(results.question_model.rowCount())
        if results.question_model.stats_at(r).question_id == "cm-owner"
    )
    assert results.question_model.stats_at(row).agreed == 2.0
    # roadmap: suggested actions waiting for review; edit an owner in the table
    window.show_page("roadmap")
    roadmap = window.page("roadmap")
    assert roadmap.model.rowCount() > 0
    first = roadmap.model.item_at(0)
    assert first.review == "suggested" and not first.action.startswith("Align the team")
    suggested_owner = first.owner  # a role, for the team to replace with a person
    index = roadmap.model.index(0, 2)
    assert roadmap.model.setData(index, "Bo")
    assert window.session.doc.roadmap[0].owner == "Bo" and window.session.doc.roadmap[0].edited
    # undo the owner edit, redo it
    window.act_undo.trigger()
    assert window.session.doc.roadmap[0].owner == suggested_owner != ""
    window.act_redo.trigger()
    assert window.session.doc.roadmap[0].owner == "Bo"
    # suggesting again keeps the edit
    roadmap.regenerate()
    assert any(i.owner == "Bo" and i.id == first.id for i in window.session.doc.roadmap)
    csv_path = tmp_path / "answers.csv"
    wait_export(qtbot, window, "csv", csv_path)
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    # every field quoted, so no spreadsheet locale splits a cell into a formula
    assert len(lines) == 1 + 3 * QUESTIONS and lines[1].startswith(
        '"Ana","Sales","commitment","cm-owner","1"'
    )


def test_keyboard_navigation_and_undo_while_answering(qtbot, window):
    window.commands.new(team=False)
    window.start_answering()
    page = window.page("answer")
    qtbot.keyClick(page, K.Key_4)
    qtbot.keyClick(page, K.Key_Right)
    # cm-budget applies to every organisation: 0 (not applicable) is not offered there
    assert not page.buttons[0].isVisibleTo(page) and page.buttons[100].isVisibleTo(page)
    qtbot.keyClick(page, K.Key_0)
    me = window.session.doc.participants[0]
    assert "cm-budget" not in me.answers
    qtbot.keyClick(page, K.Key_D)
    qtbot.keyClick(page, K.Key_Left)
    assert page.position == 0 and page.buttons[4].isChecked()
    assert me.answers["cm-owner"].value == 4 and me.answers["cm-budget"].kind == "dont_know"
    qtbot.keyClick(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "cm-budget" not in me.answers
    page.overview.setCurrentItem(page.overview.topLevelItem(1).child(0))
    page._jump(page.overview.topLevelItem(1).child(0))
    assert page.question_ids[page.position] == "ic-defined"
    assert "○" in page.overview.topLevelItem(1).child(0).text(0)


def test_import_participant_files(qtbot, window, tmp_path, shipped):
    paths = []
    for name, value in (("Ana", 1), ("Bo", 3), ("Cy", 5)):
        doc = doc_with(
            shipped,
            [person(name, {qu.id: value for _, qu in shipped.questions()}, "Ops")],
            team="Ops",
        )
        path = tmp_path / f"{name}.cxa"
        save_document(doc, path)
        paths.append(path)
    window.prompts.ask_open_paths = lambda *_a: paths
    reply("importWhereDialog", "new")
    window.commands.import_files_dialog()
    results = window.page("results")
    assert window.stack.currentWidget() is results
    assert window.session.doc.is_team and len(window.session.doc.participants) == 3
    assert results.scores.respondents == 3
    assert results.scores.question("cm-owner").mean == 3
    assert results.agenda.count() == QUESTIONS  # answers 1, 3, 5 everywhere
    assert window.isWindowModified()


CRASHING_APP = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QSettings, QTimer
    app = QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    from cxassess.gui.main_window import MainWindow
    w = MainWindow(); w.show()
    w.commands.new(team=False)
    w.session.set_fields("org", "meta", organisation="Crash Test Ltd")
    w.start_answering()
    page = w.page("answer")
    for value in (5, 4, 3):
        page.answer(value); page.go_next()
    print("answered", flush=True)
    app.exec()
    """
)


def test_restore_after_a_killed_process(qtbot, app_env, tmp_path, monkeypatch):
    env = dict(os.environ, CXASSESS_DATA_DIR=str(app_env))
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP, str(tmp_path / "config")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout.readline().strip() == "answered"
    time.sleep(1.0)  # answers reach the recovery copy within a second
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    from cxassess.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    monkeypatch.setattr(win, "ask_unsaved", lambda: "discard")
    win.show()
    qtbot.waitUntil(lambda: win.ready)
    assert win.start_page.recovery_box.isVisible()
    restore = win.start_page.findChild(QPushButton, "restoreButton")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    doc = win.session.doc
    assert doc.organisation == "Crash Test Ltd"
    answers = doc.participants[0].answers
    assert [answers[q].value for q in ("cm-owner", "cm-budget", "cm-review")] == [5, 4, 3]
    assert win.isWindowModified()
    # back where the person was: answering, at the first statement still open
    page = win.page("answer")
    assert win.stack.currentWidget() is page and page.position == 3
    win.session.discard_recovery()


def test_bad_questionnaire_is_listed_by_location(qtbot, window, tmp_path):
    window.commands.new(team=False)
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: x\nversion: '1'\ntitle: T\nscale: {points: 5, labels: [a, b, c, d, e]}\nlevels: []\ndimensions: []\ncolour: red\n"
    )
    window.prompts.ask_open_path = lambda *_a: bad
    window.commands.choose_questionnaire()
    dialogs = open_dialogs("errorDialog")
    assert dialogs
    details = dialogs[0].detailedText()
    assert "bad.yaml:5: levels" in details and "bad.yaml:7: colour: is not a known field" in details
    close_dialogs()
    assert window.session.doc.questionnaire.id == "customer-centric-culture"


def test_bad_file_is_an_error_in_the_app(qtbot, window, tmp_path):
    bad = tmp_path / "broken.cxa"
    bad.write_text('{"format_version": 2, "questionnaire": ')
    window.prompts.ask_open_path = lambda *_a: bad
    window.commands.open_dialog()
    dialogs = open_dialogs("errorDialog")
    assert dialogs and "broken.cxa could not be opened" in dialogs[0].text()
    assert "damaged" in dialogs[0].detailedText()
    close_dialogs()
    assert window.session.doc is None


def test_closing_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    window.commands.new(team=False)
    window.start_answering()
    qtbot.keyClick(window.page("answer"), K.Key_3)
    asked = []
    monkeypatch.setattr(window, "ask_unsaved", lambda: asked.append(1) or "cancel")
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(window, "ask_unsaved", lambda: "discard")
    assert window.close()


def test_presenter_view_shows_no_names(qtbot, window, tmp_path, shipped):
    doc = doc_with(
        shipped,
        [
            person(n, {qu.id: v for _, qu in shipped.questions()})
            for n, v in (("Zoë Secret", 2), ("Bo Hidden", 4))
        ],
        team="Team X",
    )
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    qtbot.keyClick(window, K.Key_F11)
    presenter = window.presenter
    assert presenter is not None and presenter.isVisible()
    from PySide6.QtWidgets import QLabel

    text = " ".join(label.text() for label in presenter.findChildren(QLabel))
    assert "Team X" in text and "Index" in text
    assert "Zoë" not in text and "Bo Hidden" not in text
    qtbot.keyClick(presenter, K.Key_Escape)
    assert not presenter.isVisible()


def test_export_cancel_writes_nothing(qtbot, window, tmp_path, shipped):
    from cxassess.core.demo import demo_workshop

    path = tmp_path / "demo.cxa"
    save_document(demo_workshop(shipped), path)
    window.commands.open_path(path)
    target = tmp_path / "cancelled.pdf"
    window.prompts.ask_save_path = lambda *_a: target
    window.commands.export("pdf")
    worker = window.commands.export_worker
    with qtbot.waitSignal(worker.cancelled, timeout=60_000):
        worker.cancel()
    assert not target.exists()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800), (1920, 1080)])
def test_every_control_is_named(qtbot, window, size, shipped, tmp_path):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
    )

    from cxassess.core.demo import demo_workshop

    window.resize(*size)
    path = tmp_path / "demo.cxa"
    save_document(demo_workshop(shipped), path)
    window.commands.open_path(path)
    for name in ("setup", "answer", "handover", "results", "roadmap"):
        window.page(name)
    interactive = (
        QAbstractButton,
        QLineEdit,
        QPlainTextEdit,
        QComboBox,
        QAbstractSpinBox,
        QAbstractItemView,
    )
    composite = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)
    missing = []
    from PySide6.QtWidgets import QWidget

    for widget in [w for w in window.findChildren(QWidget) if isinstance(w, interactive)]:
        parent = widget.parentWidget()
        inside = False
        while parent is not None:
            if isinstance(parent, composite):
                inside = True
                break
            parent = parent.parentWidget()
        if (
            inside
            or widget.objectName().startswith("qt_")
            or type(widget).__name__ in ("QToolButton",)
        ):
            continue
        if not widget.objectName() or not widget.accessibleName():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}"
            )
    assert not missing, missing


def test_whole_solo_flow_with_the_keyboard_alone(qtbot, window, tmp_path):
    def press(key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
        qtbot.keyClick(widget or window.focusWidget() or window, key, modifier)

    press(K.Key_N, Qt.KeyboardModifier.ControlModifier)  # New solo assessment
    assert window.stack.currentWidget() is window.page("setup")
    press(K.Key_3, Qt.KeyboardModifier.AltModifier)  # step 2 · Answer
    page = window.page("answer")
    assert window.stack.currentWidget() is page
    answer_all(qtbot, window, [K.Key_3] * QUESTIONS)
    assert window.stack.currentWidget() is window.page("results")
    press(K.Key_5, Qt.KeyboardModifier.AltModifier)  # step 4 · Roadmap
    roadmap = window.page("roadmap")
    assert window.stack.currentWidget() is roadmap and roadmap.model.rowCount() > 0
    # edit the first action's owner from the keyboard: select, F2, type, Enter
    roadmap.view.setFocus()
    roadmap.view.setCurrentIndex(roadmap.proxy.index(0, 2))
    press(K.Key_F2, widget=roadmap.view)
    from PySide6.QtWidgets import QLineEdit

    editor = roadmap.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "Sam")
    press(K.Key_Return, widget=editor)
    # the delegate commits through a queued call
    qtbot.waitUntil(lambda: window.session.doc.roadmap[0].owner == "Sam", timeout=2000)
    # and accept it into the plan with A (the owner's suggestion list, a popup window, may
    # have shown while typing: on the offscreen platform it keeps the activation)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    roadmap.view.setFocus()
    roadmap.select_ids([window.session.doc.roadmap[0].id])
    press(K.Key_A, widget=roadmap.view)
    assert window.session.doc.roadmap[0].review == "accepted"
    target = tmp_path / "keys.pdf"
    window.prompts.ask_save_path = lambda *_a: target
    press(K.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export PDF
    with qtbot.waitSignal(window.commands.export_worker.succeeded, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(open_dialogs("exportDoneDialog")), timeout=5000)
    close_dialogs()
    assert target.exists()
