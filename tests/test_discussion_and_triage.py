"""The discussion list (ranked, with reasons, a few proposed) and a roadmap the room triages:
only accepted actions are the plan."""

from __future__ import annotations

import io
import json

from helpers import doc_with, person, run_cli
from pypdf import PdfReader

from cxassess.core.discussion import discussion_list, reason_for
from cxassess.core.roadmap import edit_items, regenerate_roadmap, suggestions, the_plan
from cxassess.core.scoring import score_document
from cxassess.core.storage import save_document


def _team(q, columns: dict[str, list[int]]):
    """People answering: a column per question, one value per person (shorter columns:
    the later people left that question unanswered)."""
    n = max(len(vals) for vals in columns.values())
    return doc_with(
        q,
        [
            person(f"P{i}", {qid: vals[i] for qid, vals in columns.items() if i < len(vals)})
            for i in range(n)
        ],
    )


def test_reasons_say_what_kind_of_disagreement(small_q):
    doc = _team(
        small_q,
        {
            "a1": [1, 1, 2, 2, 4, 5, 5, 4, 5],  # two camps
            "a2": [2, 2, 2, 1, 2, 5],  # one person far away
            "b1": [1, 2, 3, 4, 5, 3],  # all over the scale
            "b2": [1, 5, 3],  # three people, each far from the others: nobody is "the" outlier
        },
    )
    scores = score_document(doc)
    assert reason_for(scores.question("a1"), 5) == "split: 4 people at 1-2, 5 people at 4-5"
    assert reason_for(scores.question("a2"), 5) == "one outlier: 1 person at 5, 5 people at 1-2"
    assert reason_for(scores.question("b1"), 5) == "spread across the scale: answers from 1 to 5"
    assert reason_for(scores.question("b2"), 5) == "spread across the scale: answers from 1 to 5"


def test_thirty_people_still_get_a_short_proposal(shipped):
    import random

    rng = random.Random(7)
    ids = [qu.id for _, qu in shipped.questions()]
    people = [person(f"P{i}", {qid: rng.randint(1, 5) for qid in ids}) for i in range(30)]
    doc = doc_with(shipped, people)
    scores = score_document(doc)
    items = discussion_list(shipped, scores, doc.discussion_size)
    assert sum(s.on_agenda for s in scores.questions) == len(scores.questions)  # all flagged
    assert [i.proposed for i in items] == [True] * 8 + [False] * (len(items) - 8)
    assert items[0].disagreement >= items[7].disagreement >= items[-1].disagreement - 0.5
    doc.discussion_size = 5
    assert sum(i.proposed for i in discussion_list(shipped, scores, doc.discussion_size)) == 5


def test_score_json_has_the_discussion_in_order(tmp_path, small_q):
    doc = _team(small_q, {"a1": [1, 5, 1, 5], "a2": [3, 3, 3, 3], "b1": [2, 3, 4, 2]})
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    result = run_cli("score", str(path), "--json")
    data = json.loads(result.stdout)
    assert data["discussion"][0] == {
        "question": "a1",
        "reason": "split: 2 people at 1-2, 2 people at 4-5",
        "proposed": True,
        "evidence": "",
    }
    assert "a2" not in [d["question"] for d in data["discussion"]]


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_only_accepted_actions_are_the_plan_in_the_pdf(tmp_path, small_q):
    doc = _team(small_q, {"a1": [1, 2, 1], "a2": [2, 2, 1], "b1": [1, 1, 2], "b2": [2, 1, 1]})
    regenerate_roadmap(doc)
    assert not the_plan(doc) and len(suggestions(doc)) == len(doc.roadmap)
    chosen = doc.roadmap[0]
    dropped = doc.roadmap[1]
    edit_items(doc, [chosen.id], review="accepted", owner="Sam")
    edit_items(doc, [dropped.id], review="dropped")
    assert [i.id for i in the_plan(doc)] == [chosen.id]
    # regenerating keeps what was reviewed
    regenerate_roadmap(doc)
    assert {i.id for i in doc.roadmap} >= {chosen.id, dropped.id}
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    pdf = tmp_path / "t.pdf"
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    text = _pdf_text(pdf)
    assert chosen.action in text and "1 initiative the team accepted" in text
    assert dropped.action not in text and "Suggested actions" not in text
    # the suggestions on request, in an annex
    assert run_cli("report", str(path), "-o", str(pdf), "--suggestions").returncode == 0
    text = _pdf_text(pdf)
    annex = text.split("Suggested actions")[-1]
    others = [i for i in doc.roadmap if i.review == "suggested"]
    assert others and others[0].action[:30] in annex.replace("\n", " ")
    assert dropped.action[:30] not in annex.replace("\n", " ")


def _visible_labels(widget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_the_presenter_leads_through_the_discussion_by_keyboard(qtbot, window, tmp_path, shipped):
    from PySide6.QtCore import Qt

    from cxassess.core.demo import demo_workshop

    path = tmp_path / "demo.cxa"
    demo = demo_workshop(shipped)
    demo.agreed_questions.clear()
    save_document(demo, path)
    assert window.commands.open_path(path)
    names = [p.name for p in window.session.doc.participants]
    qtbot.keyClick(window, Qt.Key.Key_F11)
    presenter = window.presenter
    qtbot.waitUntil(presenter.isVisible)
    steps = [i for i in presenter.items]
    assert 1 <= len(steps) <= 8 and presenter.stack.currentIndex() == 0
    assert presenter.minimumSizeHint().width() <= 1024  # fits a 1024x768 projector
    screens = [_visible_labels(presenter)]
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        qtbot.keyClick(presenter, key)
        screens.append(_visible_labels(presenter))
    assert presenter.step == 3 and presenter.stack.currentIndex() == 1
    assert len(set(screens)) == 4  # every screen is different
    first = shipped.question(steps[0].question_id)
    assert first.text in screens[1] and first.anchors[0] in screens[1]
    assert steps[0].reason in screens[1] and "Statement 1 of" in screens[1]
    for text in screens:
        assert not any(name in text for name in names), "a name reached the projector"
        assert "Sales" not in text and "Support" not in text  # no roles either
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.step == 1
    # the facilitator records the agreed score from the control strip
    controls = presenter.controls
    controls.score.setValue(2.5)
    controls.rationale.setText("Reviews happen, but nothing changes after them.")
    qtbot.mouseClick(controls.record_button, Qt.MouseButton.LeftButton)
    agreed = window.session.doc.agreed_questions[steps[0].question_id]
    assert agreed.score == 2.5 and agreed.rationale.startswith("Reviews happen")
    assert "Agreed: 2.5." in _visible_labels(presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_H)
    assert not controls.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Home)
    assert presenter.step == 0 and presenter.stack.currentIndex() == 0
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()


def test_bulk_triage_of_twenty_suggestions_in_a_few_actions(qtbot, window, tmp_path, shipped):
    from PySide6.QtCore import Qt

    from cxassess.core.document import Assessment

    answers = {qu.id: 1 for _, qu in shipped.questions()}
    doc = Assessment.new(shipped, participants=[person("A", answers), person("B", answers)])
    doc.roadmap_size = 30  # more than the default ten, to triage in bulk
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    window.show_page("roadmap")
    page = window.page("roadmap")
    assert page.model.rowCount() >= 20
    view = page.view
    # 1: show one dimension's suggestions; 2: select all; 3: accept with A
    page.review_filter.setCurrentIndex(page.review_filter.findData("suggested"))
    page.dimension_filter.setCurrentIndex(page.dimension_filter.findData("commitment"))
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    view.setFocus()
    view.selectAll()
    qtbot.keyClick(view, Qt.Key.Key_A)
    roadmap = window.session.doc.roadmap
    accepted = [i for i in roadmap if i.review == "accepted"]
    assert len(accepted) == shown and all(i.dimension == "commitment" for i in accepted)
    # 4: everything again; select twenty, give them an owner, then drop them
    page.dimension_filter.setCurrentIndex(0)
    page.review_filter.setCurrentIndex(0)
    view.selectAll()
    twenty = page.selected_ids()[:20]
    page.select_ids(twenty)
    assert page.set_fields("Owner", owner="Head of CX") == 20
    page.select_ids(twenty)
    qtbot.keyClick(view, Qt.Key.Key_D)
    roadmap = window.session.doc.roadmap
    assert sum(1 for i in roadmap if i.id in twenty and i.review == "dropped") == 20
    assert all(i.owner == "Head of CX" for i in roadmap if i.id in twenty)
    # one undo takes back one bulk step
    window.act_undo.trigger()
    assert sum(1 for i in window.session.doc.roadmap if i.review == "dropped") == 0


def test_only_accepted_actions_reach_the_pdf_from_the_app(qtbot, window, tmp_path, shipped):
    from cxassess.core.demo import demo_workshop

    demo = demo_workshop(shipped)
    path = tmp_path / "demo.cxa"
    save_document(demo, path)
    assert window.commands.open_path(path)
    accepted = [i for i in demo.roadmap if i.review == "accepted"]
    waiting = [i for i in demo.roadmap if i.review == "suggested"]
    assert accepted and waiting
    exports = (
        ("plan.pdf", lambda: window.commands.export("pdf")),
        ("annex.pdf", lambda: window.commands.export("pdf", suggestions=True)),
        (
            "named.pdf",
            window.menu_actions["pdf_named"].trigger,
        ),  # the File menu: Export PDF naming the participants
    )
    for name, start in exports:
        target = tmp_path / name
        window.prompts.ask_save_path = lambda *_a, t=target: t
        start()
        with qtbot.waitSignal(window.commands.export_worker.succeeded, timeout=90_000):
            pass
        from gui_helpers import close_dialogs, open_dialogs

        qtbot.waitUntil(lambda: bool(open_dialogs("exportDoneDialog")), timeout=5000)
        close_dialogs()
    plan = _pdf_text(tmp_path / "plan.pdf").replace("\n", " ")
    annex = _pdf_text(tmp_path / "annex.pdf").replace("\n", " ")
    assert f"{len([i for i in accepted])} initiatives the team accepted" in plan
    assert waiting[0].action[:40] not in plan
    assert waiting[0].action[:40] in annex.split("Suggested actions")[-1]
    named = _pdf_text(tmp_path / "named.pdf")
    # the default export names nobody; the named copy is the one that does
    assert "Grace Kim" in named and "Grace Kim" not in plan and "Grace Kim" not in annex


TWO_SCREENS = """
import json, os, sys
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
from cxassess.core.demo import demo_workshop
from cxassess.gui.main_window import MainWindow
w = MainWindow(); w.ask_unsaved = lambda: "discard"; w.show()
w.session.replace(demo_workshop(w.commands.shipped()), None)
w.toggle_presenter()
p = w.presenter
QTest.qWait(200)
p.next()
c = p.strip  # both rows of controls, in a window of their own
p.controls.score.setValue(3.0); p.controls.rationale.setText("Agreed on the projector")
p.controls.record()
qid = p.current_item().question_id
print(json.dumps({
    "screens": [s.name() for s in app.screens()],
    "presenter": p.screen().name(),
    "controls_window": c.isWindow(),
    "controls_visible": c.isVisible(),
    "controls_screen": c.screen().name(),
    "agreed": w.session.doc.agreed_questions[qid].score,
}))
w.session.discard_recovery()
"""


def test_with_a_projector_attached_the_controls_stay_on_the_laptop(tmp_path):
    import subprocess
    import sys

    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1280,
                        "height": 800,
                        "logicalDpi": 96,
                    },
                    {
                        "name": "projector",
                        "x": 1280,
                        "y": 0,
                        "width": 1024,
                        "height": 768,
                        "logicalDpi": 96,
                    },
                ]
            }
        )
    )
    env = dict(
        __import__("os").environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        CXASSESS_DATA_DIR=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", TWO_SCREENS, str(tmp_path / "cfg")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["presenter"] == "projector"
    assert (
        seen["controls_window"] and seen["controls_visible"] and seen["controls_screen"] == "laptop"
    )
    assert seen["agreed"] == 3.0


def test_the_roadmap_size_is_set_in_the_set_up_and_undoable(qtbot, window, tmp_path, shipped):
    from cxassess.core.document import Assessment

    answers = {qu.id: 1 for _, qu in shipped.questions()}
    doc = Assessment.new(shipped, participants=[person("A", answers), person("B", answers)])
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    assert window.commands.open_path(path)
    window.show_page("setup")
    spin = window.page("setup").roadmap_size
    assert spin.value() == 10
    spin.setValue(5)
    spin.editingFinished.emit()
    assert window.session.doc.roadmap_size == 5
    window.show_page("roadmap")
    window.page("roadmap").regenerate()
    assert len(window.session.doc.roadmap) == 5
    stack = window.session.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    # the page suggests on first showing, then the button again; the size before both
    assert texts[0] == "Roadmap size" and set(texts[1:]) == {"Suggest actions"}, texts
    for _ in texts:
        stack.undo()
    assert window.session.doc.roadmap_size == 10 and spin.value() == 10
