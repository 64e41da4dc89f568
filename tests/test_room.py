"""The room end to end: `cxassess room` in a subprocess, spoken to over real HTTP, and the
participant page in a real browser."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from gui_helpers import reply
from helpers import doc_with, person, shipped_statements
from room_client import Room

from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document


@pytest.fixture
def workshop(tmp_path, shipped):
    path = tmp_path / "workshop.cxa"
    save_document(doc_with(shipped, [person("Facilitator's test", {}, "Sales")], team="Ops"), path)
    return path


def test_the_http_contract(workshop, shipped):
    room = Room(workshop)
    try:
        status, page, headers = room.call("GET", "")
        assert status == 200 and "nonce-" in headers["Content-Security-Policy"]
        # self-contained: nothing is loaded from anywhere else
        assert "src=" not in page and "href=" not in page and "@import" not in page
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        # join: wrong PIN, then the right one
        wrong = "000000" if room.pin != "000000" else "111111"
        status, body, _ = room.call("POST", "/join", {"pin": wrong, "name": "Ana", "role": ""})
        assert status == 403
        status, body, _ = room.call(
            "POST", "/join", {"pin": room.pin, "name": "Ana", "role": "Sales"}
        )
        assert status == 201 and len(body["key"]) >= 22
        assert body["questionnaire"]["dimensions"][0]["questions"][0]["id"] == "cm-owner"
        key, ana = body["key"], body["participant"]
        status, bo_body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Bo", "role": ""})
        bo = bo_body["key"]
        # answers in batches; Bo's key reaches only Bo
        first = [
            {"question": qu.id, "value": 1 + i % 5, "comment": ""}
            for i, (_, qu) in enumerate(shipped.questions())
        ]
        status, body, _ = room.call("PUT", "/answers", {"answers": first[:10]}, key)
        total = shipped_statements()
        assert (status, body) == (200, {"answered": 10, "total": total})
        status, body, _ = room.call("PUT", "/answers", {"answers": first[10:]}, key)
        assert body == {"answered": total, "total": total}
        status, body, _ = room.call(
            "PUT",
            "/answers",
            {
                "answers": [
                    {"question": "ac-partners", "value": None, "comment": "No couriers here"}
                ]
            },
            key,
        )
        assert status == 200
        status, body, _ = room.call("GET", "/me", key=bo)
        assert body == {"answers": [], "finished": False, "ended": False}
        status, body, _ = room.call("GET", "/me", key=key)
        assert status == 200 and len(body["answers"]) == total and body["finished"] is False
        assert {
            "question": "ac-partners",
            "value": None,
            "dont_know": False,
            "comment": "No couriers here",
        } in body["answers"]
        # refusals
        assert room.call("PUT", "/answers", {"answers": []}, "forged-key")[0] == 401
        assert room.call("GET", "/me")[0] == 401
        status, body, _ = room.call(
            "PUT", "/answers", {"answers": [{"question": "no-such", "value": 3}]}, key
        )
        assert status == 422 and "no-such" in body["error"]
        # "not applicable" only where the statement offers it; nothing of the request is kept
        status, body, _ = room.call(
            "PUT",
            "/answers",
            {
                "answers": [
                    {"question": "cm-leaders", "value": 5},
                    {"question": "cm-owner", "value": None},
                ]
            },
            key,
        )
        assert status == 422 and "'cm-owner' applies to every organisation" in body["error"]
        kept = {a["question"]: a["value"] for a in room.call("GET", "/me", key=key)[1]["answers"]}
        assert kept["cm-owner"] == 1 and kept["cm-leaders"] != 5
        status, body, _ = room.call(
            "PUT", "/answers", {"answers": [{"question": "cm-leaders", "value": 6}]}, key
        )
        assert status == 422 and "cm-leaders" in body["error"] and "1 to 5" in body["error"]
        status, body, _ = room.call(
            "PUT", "/answers", {"answers": [{"question": "cm-leaders", "value": True}]}, key
        )
        assert status == 422
        status, _, _ = room.call(
            "PUT", "/answers", key=key, raw=b'{"answers": [' + b" " * 70_000 + b"]}"
        )
        assert status == 413
        status, _, _ = room.call("PUT", "/answers", key=key, raw=b"not json")
        assert status == 400
        unknown = room.url.rsplit("/", 1)[0] + "/not-the-token"
        assert urllib_status(unknown) == 404
        assert urllib_status(room.url.split("/r/")[0] + "/") == 404
        # finish seals
        assert room.call("POST", "/finish", key=key)[0] == 200
        status, body, _ = room.call("PUT", "/answers", {"answers": first[:1]}, key)
        assert status == 409
        assert room.call("GET", "/me", key=key)[1]["finished"] is True
        # more than ten wrong PINs from one address in a minute: 429, even with the right one
        for _ in range(10):
            room.call("POST", "/join", {"pin": wrong, "name": "X", "role": ""})
        assert room.call("POST", "/join", {"pin": wrong, "name": "X", "role": ""})[0] == 429
        assert room.call("POST", "/join", {"pin": room.pin, "name": "X", "role": ""})[0] == 429
    finally:
        out = room.close()
    assert "2 joined, 1 finished" in out
    # the file holds exactly what was sent, and scores as if typed
    doc = load_document(workshop)
    people = {str(p.id): p for p in doc.participants}
    sent = people[ana]
    assert sent.name == "Ana" and sent.role == "Sales" and sent.sealed
    expected = {a["question"]: a["value"] for a in first}
    expected["ac-partners"] = None
    assert {q: a.value for q, a in sent.answers.items()} == expected
    assert sent.answers["ac-partners"].comment == "No couriers here"
    typed = doc_with(shipped, [person("Ana", expected, "Sales")])
    assert score_document(doc).overall == score_document(typed).overall
    # the room's token is gone with the room
    assert urllib_status(room.url) is None


def tap(browser, element) -> None:
    """Scroll the element to the middle of the screen, as a thumb would, and tap it."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def urllib_status(url: str):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, ConnectionError):
        return None


def test_a_phone_answers_everything_by_tapping_resumes_after_a_reload_and_finishes(
    workshop, shipped, tmp_path
):
    from browser import chromium
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    room = browser = None
    try:
        # started inside the try: a browser that fails to start leaves no room running
        room = Room(workshop)
        browser = chromium(360, 740)
        wait = WebDriverWait(browser, 10)
        browser.get(room.url)
        wait.until(ec.visibility_of_element_located((By.ID, "pin"))).send_keys(room.pin)
        browser.find_element(By.ID, "name").send_keys("Łukasz")
        browser.find_element(By.ID, "join-button").click()
        wait.until(ec.visibility_of_element_located((By.ID, "q-text")))
        questions = [qu for _, qu in shipped.questions()]
        na_at = next(i for i, qu in enumerate(questions) if shipped.allows_na(qu.id))
        for i, qu in enumerate(questions):
            wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), qu.text[:40]))
            if i == 12:
                browser.refresh()  # a reload midway resumes at the first open statement
                wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), qu.text[:40]))
            value = "na" if i == na_at else str(1 + i % 5)
            if i == 5:  # with a comment open, the page waits for Next
                tap(browser, browser.find_element(By.ID, "q-comment-toggle"))
                browser.find_element(By.ID, "q-comment").send_keys("Seen at the Monday review")
            if i == 0:
                browser.save_screenshot(str(tmp_path / "phone-question.png"))
            # One tap answers and moves on: nothing to scroll to, nothing else to press.
            tap(
                browser, browser.find_element(By.CSS_SELECTOR, f'#q-choices [data-value="{value}"]')
            )
            if i == 5:
                browser.find_element(By.ID, "next").click()
        wait.until(ec.visibility_of_element_located((By.ID, "review")))
        assert (
            f"all {shipped_statements()} statements"
            in browser.find_element(By.ID, "review-text").text
        )
        tap(browser, browser.find_element(By.ID, "finish-button"))
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        browser.refresh()  # after finishing, a reload shows the thank-you, not the answers
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        assert not browser.find_element(By.ID, "question").is_displayed()
    finally:
        if browser is not None:
            browser.quit()
        if room is not None:
            room.close()
    doc = load_document(workshop)
    phone = next(p for p in doc.participants if p.name == "Łukasz")
    assert phone.sealed and len(phone.answers) == shipped_statements()
    assert phone.answers[questions[na_at].id].kind == "na"
    assert phone.answers[questions[0].id].value == 1 and phone.answers[questions[4].id].value == 5
    assert phone.answers[questions[5].id].comment == "Seen at the Monday review"


class Phone:
    """A participant's phone speaking to a room, from a thread of its own (the app's
    event loop must keep running to answer it)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.key = ""

    def call(self, method: str, path: str, body=None):
        request = urllib.request.Request(
            self.url + path,
            data=None if body is None else json.dumps(body).encode(),
            method=method,
        )
        request.add_header("Content-Type", "application/json")
        if self.key:
            request.add_header("Authorization", f"Bearer {self.key}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"{}")


def _in_thread(qtbot, work):
    import threading

    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", work()))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20_000)
    return box["result"]


def test_the_room_from_the_app(qtbot, window, shipped):
    window.commands.new(team=True)
    setup = window.page("setup")
    for row, (name, role) in enumerate([("Ana", "Sales"), ("Bo", "Support"), ("Cy", "Sales")]):
        setup.people.item(row, 0).setText(name)
        setup.people.item(row, 1).setText(role)
    window.start_answering()
    handover = window.page("handover")
    qtbot.mouseClick(handover.room_button, Qt_left())
    room = window.room
    assert room is not None and room.isVisible()
    # opening the room from the button listens on the network address; for the test,
    # reopen it on loopback only
    room.close()
    window.open_room(host="127.0.0.1")
    room = window.room
    url, pin = room.url, room.server.pin
    assert url.startswith("http://127.0.0.1:") and not room.qr.pixmap().isNull()
    assert room.count.text() == "0 joined · 0 answering · 0 finished"
    assert window.results_locked()
    one, two = Phone(url), Phone(url)
    questions = [qu.id for _, qu in shipped.questions()]

    def join(phone, name, role):
        status, body = phone.call("POST", "/join", {"pin": pin, "name": name, "role": role})
        phone.key = body.get("key", "")
        return status

    assert _in_thread(qtbot, lambda: join(one, "Dee", "Sales")) == 201
    assert _in_thread(qtbot, lambda: join(two, "Eli", "Support")) == 201
    # a phone giving a name from the facilitator's list takes that place, not a new one
    three, four = Phone(url), Phone(url)
    assert _in_thread(qtbot, lambda: join(three, " ana ", "")) == 201
    assert _in_thread(qtbot, lambda: join(four, "Ana", "")) == 409  # nobody takes it over
    qtbot.waitUntil(lambda: room.count.text().startswith("3 joined"), timeout=3000)
    assert [p.name for p in window.session.doc.participants] == ["Ana", "Bo", "Cy", "Dee", "Eli"]
    status = _in_thread(
        qtbot,
        lambda: one.call(
            "PUT", "/answers", {"answers": [{"question": q, "value": 2} for q in questions]}
        ),
    )
    total = shipped_statements()
    assert status == (200, {"answered": total, "total": total})
    _in_thread(
        qtbot,
        lambda: two.call("PUT", "/answers", {"answers": [{"question": questions[0], "value": 5}]}),
    )
    qtbot.waitUntil(
        lambda: room.count.text() == "3 joined · 2 answering · 0 finished", timeout=3000
    )
    assert _in_thread(qtbot, lambda: one.call("POST", "/finish"))[0] == 200
    qtbot.waitUntil(
        lambda: room.count.text() == "3 joined · 1 answering · 1 finished", timeout=3000
    )
    # the answers are in the open assessment, and the hand-over shows progress, never answers
    doc = window.session.doc
    dee = next(p for p in doc.participants if p.name == "Dee")
    assert dee.sealed and len(dee.answers) == total and dee.role == "Sales"
    assert window.isWindowModified()
    rows = " ".join(handover.people.item(i).text() for i in range(handover.people.count()))
    assert "Dee  ·  finished · sealed" in rows and f"Eli  ·  in progress (1 of {total})" in rows
    assert not window.act_undo.isEnabled()  # nobody at the laptop can undo a phone's answers
    room.close()
    assert window.room is None
    assert _in_thread(qtbot, lambda: urllib_status(url)) is None  # the room no longer listens
    reply("revealDialog", "reveal")
    qtbot.mouseClick(handover.results_button, Qt_left())
    results = window.page("results")
    assert window.stack.currentWidget() is results
    assert results.scores.respondents == 2  # Dee and Eli; the laptop's three did not answer


def Qt_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_offline_form_saves_a_file_that_merge_accepts(workshop, shipped, tmp_path):
    import time

    from browser import chromium
    from helpers import run_cli
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    form = tmp_path / "form.html"
    result = run_cli("form", str(workshop), "-o", str(form))
    assert result.returncode == 0, result.stderr
    html = form.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "src=" not in html
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = chromium(360, 740, downloads=downloads)
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    wait = WebDriverWait(browser, 10)
    questions = [qu for _, qu in shipped.questions()]
    try:
        browser.get(form.as_uri())
        assert not browser.find_element(By.ID, "pin-row").is_displayed()  # no PIN offline
        wait.until(ec.visibility_of_element_located((By.ID, "name"))).send_keys("Zoë")
        browser.find_element(By.ID, "join-button").click()
        for i, qu in enumerate(questions):
            wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), qu.text[:40]))
            if i == 7:
                browser.refresh()  # closed and opened again: nothing typed is lost
                wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), qu.text[:40]))
            tap(
                browser,
                browser.find_element(By.CSS_SELECTOR, f'#q-choices [data-value="{1 + i % 5}"]'),
            )
        wait.until(ec.visibility_of_element_located((By.ID, "review")))
        tap(browser, browser.find_element(By.ID, "finish-button"))
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not list(downloads.glob("*.cxa")):
            time.sleep(0.1)
    finally:
        browser.quit()
    saved = next(downloads.glob("*.cxa"))
    assert saved.name == "Zoë.cxa" or saved.name.endswith(".cxa")
    one = load_document(saved)
    assert [p.name for p in one.participants] == ["Zoë"] and one.participants[0].sealed
    merged = tmp_path / "merged.cxa"
    result = run_cli("merge", str(workshop), str(saved), "-o", str(merged))
    assert result.returncode == 0, result.stderr
    doc = load_document(merged)
    zoe = next(p for p in doc.participants if p.name == "Zoë")
    assert {q: a.value for q, a in zoe.answers.items()} == {
        qu.id: 1 + i % 5 for i, qu in enumerate(questions)
    }


def test_the_app_writes_the_answer_form(qtbot, window, tmp_path):
    window.commands.new(team=True)
    target = tmp_path / "send.html"
    window.prompts.ask_save_path = lambda *_a: target
    window.menu_actions["form"].trigger()
    html = target.read_text(encoding="utf-8")
    assert '"mode":"form"' in html and "customer-centric-culture" in html


def test_thirty_phones_at_once_lose_nothing(shipped):
    import asyncio

    from aiohttp import ClientSession, TCPConnector

    from cxassess.core.document import Assessment
    from cxassess.room.server import DirectOwner, RoomServer

    doc = Assessment.new(shipped, round_open=True)  # as a room opens it
    server = RoomServer(DirectOwner(doc), doc.questionnaire)
    url = server.start("127.0.0.1")
    questions = [qu.id for _, qu in shipped.questions()]
    statuses: list[int] = []

    async def phone(http, i):
        async with http.post(url + "/join", json={"pin": server.pin, "name": f"P{i}"}) as r:
            statuses.append(r.status)
            key = (await r.json())["key"]
        auth = {"Authorization": f"Bearer {key}"}
        for n, qid in enumerate(questions):
            body = {"answers": [{"question": qid, "value": 1 + (i + n) % 5}]}
            async with http.put(url + "/answers", json=body, headers=auth) as r:
                statuses.append(r.status)
        async with http.post(url + "/finish", headers=auth) as r:
            statuses.append(r.status)

    async def room():
        async with ClientSession(connector=TCPConnector(limit=0)) as http:
            await asyncio.gather(*(phone(http, i) for i in range(30)))

    try:
        asyncio.run(room())
    finally:
        server.stop()
    assert statuses.count(201) == 30 and set(statuses) <= {200, 201}
    assert len(doc.participants) == 30 and all(p.sealed for p in doc.participants)
    for i, phone in enumerate(sorted(doc.participants, key=lambda p: int(p.name[1:]))):
        assert {q: a.value for q, a in phone.answers.items()} == {
            qid: 1 + (i + n) % 5 for n, qid in enumerate(questions)
        }


def test_windows_fit_the_screen_and_esc_closes_the_room(qtbot, app_env):
    from PySide6.QtCore import Qt

    from cxassess.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.ask_unsaved = lambda: "discard"
    free = win.screen().availableGeometry()  # 800 x 800 offscreen: smaller than asked
    assert win.width() <= free.width() and win.height() <= free.height()
    win.show()
    win.commands.new(team=True)
    win.open_room("127.0.0.1")
    room = win.room
    assert room.width() <= free.width() and room.height() <= free.height()
    room.activateWindow()
    qtbot.waitExposed(room)
    qtbot.keyClick(room, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.room is None, timeout=5000)
    win.session.discard_recovery()
