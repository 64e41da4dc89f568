"""The discussion led from the app's presenter: six phones over real HTTP to the app's room,
a secret re-vote (V), ideas (I) merged on the laptop, a dot vote (D), the timer (T), the
closing slide and another divided statement (N). The projector never shows a
distribution or a ranking before the facilitator closes the vote."""

from __future__ import annotations

import os
from pathlib import Path

from gui_helpers import reply
from test_discussion_and_triage import _visible_labels
from test_room import Phone, _in_thread

SPLIT = [1, 2, 4, 4, 5, 5]


def _shot(widget, name: str, size: tuple[int, int]) -> None:
    from PySide6.QtTest import QTest

    folder = os.environ.get("CXASSESS_SHOTS")
    if folder:
        widget.resize(*size)
        QTest.qWait(50)  # children added to a shown layout appear at the next turn
        widget.grab().save(str(Path(folder) / f"{name}-{size[0]}x{size[1]}.png"))


def test_a_whole_discussion_from_the_presenter(qtbot, window, shipped, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    window.commands.new(team=True)
    window.start_answering()
    window.open_room(host="127.0.0.1")
    room = window.room
    url, pin = room.url, room.server.pin
    questions = [qu.id for _, qu in shipped.questions()]
    phones = []
    for n, first in enumerate(SPLIT):
        phone = Phone(url)

        def answer(phone=phone, n=n, first=first):
            _status, body = phone.call("POST", "/join", {"pin": pin, "name": f"P{n}", "role": ""})
            phone.key = body["key"]
            answers = [{"question": questions[0], "value": first}] + [
                {"question": q, "value": 3} for q in questions[1:]
            ]
            assert phone.call("PUT", "/answers", {"answers": answers})[0] == 200
            return phone.call("POST", "/finish")[0]

        assert _in_thread(qtbot, answer) == 200
        phones.append(phone)
    handover = window.page("handover")
    qtbot.waitUntil(
        lambda: sum(p.sealed for p in window.session.doc.participants) == 6, timeout=5000
    )
    reply("revealDialog", "reveal")
    qtbot.mouseClick(handover.results_button, Qt.MouseButton.LeftButton)
    assert not window.session.doc.round_open
    assert window.room is not None  # the room stays open for the discussion

    assert window.menu_actions["present"].isEnabled(), window.stack.currentWidget()
    window.menu_actions["present"].trigger()
    presenter = window.presenter
    qtbot.waitUntil(presenter.isVisible)
    presenter.resize(1280, 720)
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    item = presenter.current_item()
    assert item is not None and item.question_id == questions[0]

    # --- V: a secret re-vote on the statement on screen ----------------------------------
    qtbot.keyClick(presenter, Qt.Key.Key_V)
    assert "0 of 6 voted" in _visible_labels(presenter)
    # The vote holds the slide: its result belongs to the statement it is about.
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert presenter.current_item().question_id == questions[0]
    assert "Close what is open first" in presenter.discussion.state.text()
    now = _in_thread(qtbot, lambda: phones[0].call("GET", "/now"))[1]
    assert now["phase"] == "revote" and now["question"]["id"] == questions[0]
    for phone, value in zip(phones, [3, 3, 3, 4, 3, 4], strict=True):
        body = {"vote": now["vote"], "value": value}
        assert _in_thread(qtbot, lambda p=phone, b=body: p.call("PUT", "/revote", b))[0] == 200
    qtbot.waitUntil(lambda: "6 of 6 voted" in _visible_labels(presenter), timeout=3000)
    shown = _visible_labels(presenter)
    assert "Before" not in shown and "After" not in shown  # counts only while it is open
    assert "Re-vote: 6 of 6 voted" in presenter.discussion.state.text()  # the laptop too
    _shot(presenter, "presenter-revote-open", (1280, 720))
    qtbot.keyClick(presenter, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: "Before" in _visible_labels(presenter))
    shown = _visible_labels(presenter)
    assert "Before" in shown and "After" in shown and "Proposed agreed score: 3" in shown
    for size in ((1280, 720), (1024, 768)):
        _shot(presenter, "presenter-before-after", size)
    assert presenter.minimumSizeHint().width() <= 1024
    qtbot.keyClick(presenter, Qt.Key.Key_A)
    agreed = window.session.doc.agreed_questions[questions[0]]
    assert agreed.score == 3.0
    assert agreed.rationale == (
        "agreed after a re-vote: 3 (was split: 2 people at 1-2, 4 people at 4-5)"
    )
    assert "Re-voted: median 3." in _visible_labels(presenter)

    # --- I: ideas for the statement, shown as they arrive, unattributed ------------------
    qtbot.keyClick(presenter, Qt.Key.Key_I)
    texts = ["Call back every detractor", "call back every detractor", "Publish fixes monthly"]
    for phone, text in zip(phones, texts, strict=False):
        status, _ = _in_thread(qtbot, lambda p=phone, t=text: p.call("POST", "/ideas", {"text": t}))
        assert status == 201
    qtbot.waitUntil(lambda: "Publish fixes monthly" in _visible_labels(presenter), timeout=3000)
    assert "3 ideas so far" in _visible_labels(presenter)
    assert "P0" not in _visible_labels(presenter)

    # The facilitator merges the duplicate on the laptop.
    def pick(dialog):
        dialog.list.item(0).setSelected(True)
        dialog.list.item(1).setSelected(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("cxassess.gui.presenter.driver.MergeDialog.exec", pick)
    presenter.discussion.merge()
    assert len(window.session.doc.discussion.live_ideas()) == 2

    # --- D: a dot vote, secret until it closes -------------------------------------------
    qtbot.keyClick(presenter, Qt.Key.Key_D)
    now = _in_thread(qtbot, lambda: phones[0].call("GET", "/now"))[1]
    assert now["phase"] == "dots" and now["dots"] == 3
    first, second = (i["id"] for i in now["ideas"])
    for n, phone in enumerate(phones):
        dots = {first: 3} if n < 4 else {second: 2}
        body = {"vote": now["vote"], "dots": dots}
        assert _in_thread(qtbot, lambda p=phone, b=body: p.call("PUT", "/dots", b))[0] == 200
    qtbot.waitUntil(lambda: "6 of 6 voted" in _visible_labels(presenter), timeout=3000)
    assert "12" not in _visible_labels(presenter)  # no total before the close
    qtbot.keyClick(presenter, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "1. Call back every detractor" in _visible_labels(presenter))
    assert "12" in _visible_labels(presenter)
    for size in ((1280, 720), (1024, 768)):
        _shot(presenter, "presenter-ranking", size)
    suggested = [i for i in window.session.doc.roadmap if i.origin == "idea"]
    assert [i.action for i in suggested] == ["Call back every detractor", "Publish fixes monthly"]
    assert suggested[0].question == questions[0] and suggested[0].review == "suggested"

    # --- T: a timer on the point; End: the closing slide; N: one more statement -----------
    presenter.discussion.minutes.setValue(2)
    qtbot.keyClick(presenter, Qt.Key.Key_T)
    # Two minutes, counting down: on a loaded machine a second may pass before the check.
    assert presenter.timer_label.isVisible()
    assert presenter.timer_label.text().endswith(("2:00 left", "1:59 left", "1:58 left"))
    qtbot.keyClick(presenter, Qt.Key.Key_T)
    assert not presenter.timer_label.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: "What we agreed" in _visible_labels(presenter))
    shown = _visible_labels(presenter)
    assert "What we agreed" in shown and "2 ideas from the room wait on the roadmap:" in shown
    assert "• Call back every detractor" in shown and "3 Developing" in shown
    _shot(presenter, "presenter-closing", (1280, 720))
    before = len(presenter.items)
    qtbot.keyClick(presenter, Qt.Key.Key_N)
    assert len(presenter.items) in (before, before + 1)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    # The results reach the roadmap page as suggestions to triage.
    window.show_page("roadmap")
    page = window.page("roadmap")
    actions = [page.model.item_at(r).action for r in range(page.model.rowCount())]
    assert "Call back every detractor" in actions
    window.room.close()
