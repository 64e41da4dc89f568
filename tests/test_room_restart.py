"""The room across a crash or a restart: phones carry on at the same address.

Each test kills a real process (`cxassess room`, or the app) with SIGKILL and starts it
again; the phones are real browsers or plain HTTP clients that keep what they queued.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from room_client import Room

from cxassess.core.collect import FINISHED
from cxassess.core.storage import load_document

HERE = Path(__file__).resolve().parent


def _kill(room: Room) -> None:
    room.proc.kill()
    room.proc.wait(10)


def _join(room: Room, name: str) -> str:
    status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": name})
    assert status == 201, body
    return body["key"]


def test_a_killed_room_reopens_at_the_same_address_and_the_browser_sends_its_queue(
    workshop, shipped, tmp_path
):
    from browser import chromium, join_in_browser
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    questions = [qu for _, qu in shipped.questions()]
    room = Room(workshop)
    browser = again = None
    try:
        browser = chromium(360, 640)
        wait = WebDriverWait(browser, 25)
        join_in_browser(browser, room, "Mia")
        conn = (By.ID, "conn")
        for i in range(3):
            wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[i].text[:40]))
            browser.find_element(By.CSS_SELECTOR, '#q-choices [data-value="4"]').click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[3].text[:40]))
        wait.until(ec.text_to_be_present_in_element(conn, "saved"))
        _kill(room)  # the laptop's process dies: no goodbye, no last save
        for i in range(3, 5):
            wait.until(ec.text_to_be_present_in_element((By.ID, "q-text"), questions[i].text[:40]))
            browser.find_element(By.CSS_SELECTOR, '#q-choices [data-value="2"]').click()
        wait.until(ec.text_to_be_present_in_element(conn, "Reconnecting"))
        assert browser.find_element(*conn).get_attribute("data-state") == "offline"
        browser.save_screenshot(str(tmp_path / "phone-reconnecting.png"))
        on_disk = next(p for p in load_document(workshop).participants if p.name == "Mia")
        assert len(on_disk.answers) == 3  # what the phone was told was saved, and no more
        again = Room(workshop)
        assert (again.url, again.pin) == (room.url, room.pin)
        # The page keeps trying (every few seconds at most), so it is back soon after.
        WebDriverWait(browser, 8).until(ec.text_to_be_present_in_element(conn, "saved"))
        assert browser.find_element(*conn).get_attribute("data-state") == "ok"
        browser.save_screenshot(str(tmp_path / "phone-back.png"))
        status, _body, _ = again.call("POST", "/join", {"pin": again.pin, "name": "Mia"})
        assert status == 409  # the place is still Mia's phone's, not anyone's who types it
        again.close()  # Ctrl+C: closed for good
        again = None
        # the next tap finds nobody at the address: the answer waits on the phone
        browser.find_element(By.CSS_SELECTOR, '#q-choices [data-value="1"]').click()
        wait.until(ec.text_to_be_present_in_element(conn, "Reconnecting"))
    finally:
        if browser is not None:
            browser.quit()
        for r in (room, again):
            if r is not None and r.proc.poll() is None:
                r.proc.kill()
    doc = load_document(workshop)
    mia = next(p for p in doc.participants if p.name == "Mia")
    assert [mia.answers[q.id].value for q in questions[:5]] == [4, 4, 4, 2, 2]
    assert doc.room is None and all(p.room_key is None for p in doc.participants)
    fresh = Room(workshop)
    try:
        assert fresh.url != room.url  # a room closed on purpose does not come back
    finally:
        fresh.close()


def test_a_phone_key_survives_sigkill_and_sigterm_but_not_a_close(workshop, shipped):
    question = next(iter(shipped.questions()))[1].id
    room = Room(workshop)
    try:
        key = _join(room, "Ned")
        answer = {"answers": [{"question": question, "value": 3}]}
        assert room.call("PUT", "/answers", answer, key=key)[0] == 200
        _kill(room)
        room = Room(workshop)
        status, body, _ = room.call("GET", "/me", key=key)
        assert status == 200 and body["answers"][0]["value"] == 3
        # A logout or shutdown (SIGTERM) pauses the room: it comes back the same.
        room.proc.send_signal(signal.SIGTERM)
        out, _err = room.proc.communicate(timeout=30)
        assert room.proc.returncode == 0 and "Room paused" in out
        paused = load_document(workshop)
        assert paused.round_open and paused.room is not None
        room = Room(workshop)
        assert room.call("GET", "/me", key=key)[0] == 200
        room.close()
        old_url = room.url
        room = Room(workshop)
        assert room.url != old_url  # closed on purpose: another address,
        assert room.call("GET", "/me", key=key)[0] == 401  # and the old key is nobody's
    finally:
        if room.proc.poll() is None:
            room.close()


def test_a_finished_name_is_told_it_finished_not_that_someone_is_answering(workshop):
    room = Room(workshop)
    try:
        key = _join(room, "Ola")
        assert room.call("POST", "/finish", key=key)[0] == 200
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "ola"})
        assert status == 409 and body["error"] == FINISHED
    finally:
        room.close()


def _start_app(
    config: Path, data: Path, path: Path
) -> tuple[subprocess.Popen[str], dict[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "app_room.py"), str(config), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, CXASSESS_DATA_DIR=str(data), PYTHONUNBUFFERED="1"),
    )
    told: dict[str, str] = {}
    assert proc.stdout is not None
    for _ in range(3):
        line = proc.stdout.readline()
        if ": " not in line:
            proc.kill()
            pytest.fail(f"the app did not open its room: {line!r} {proc.stderr.read()}")
        name, value = line.strip().split(": ", 1)
        told[name] = value
    return proc, told


def test_the_app_killed_with_the_room_open_reopens_it_from_the_backup(workshop, shipped, tmp_path):
    questions = [qu.id for _, qu in shipped.questions()]
    config, data = tmp_path / "config", tmp_path / "data"
    app, told = _start_app(config, data, workshop)
    try:
        assert told["reopened"] == "False"
        room = Room.__new__(Room)  # a phone talking to the app's room
        room.url, room.pin = told["room"], told["pin"]
        key = _join(room, "Pia")
        body = {"answers": [{"question": q, "value": 5} for q in questions[:4]]}
        assert room.call("PUT", "/answers", body, key=key)[0] == 200
        app.kill()  # right after the 200
        app.wait(10)
        app, again = _start_app(config, data, workshop)
        assert again["reopened"] == "True"
        assert (again["room"], again["pin"]) == (told["room"], told["pin"])
        status, mine, _ = room.call("GET", "/me", key=key)
        assert status == 200 and len(mine["answers"]) == 4
        more = {"answers": [{"question": questions[4], "value": 1}]}
        assert room.call("PUT", "/answers", more, key=key)[0] == 200
    finally:
        app.kill()
        app.wait(10)


def test_the_facilitator_releases_a_place_and_the_person_rejoins_with_their_answers(
    qtbot, window, shipped, tmp_path
):
    from test_room import Phone, _in_thread

    questions = [qu.id for _, qu in shipped.questions()]
    window.commands.new(team=True)
    window.open_room("127.0.0.1")
    room = window.room
    lost, new = Phone(room.url), Phone(room.url)
    pin = room.server.pin

    def join(phone: Phone, name: str) -> int:
        status, body = phone.call("POST", "/join", {"pin": pin, "name": name, "role": ""})
        phone.key = body.get("key", "")
        return status

    assert _in_thread(qtbot, lambda: join(lost, "Rae")) == 201
    body = {"answers": [{"question": q, "value": 3} for q in questions[:6]]}
    assert _in_thread(qtbot, lambda: lost.call("PUT", "/answers", body))[0] == 200
    assert _in_thread(qtbot, lambda: join(new, "Rae")) == 409  # the flat phone still holds it
    rae = next(p for p in window.session.doc.participants if p.name == "Rae")
    room.resize(1024, 600)
    room.grab().save(str(tmp_path / "room.png"))
    room.release(rae.id)
    assert "Rae can join again" in room.notice.text()
    assert _in_thread(qtbot, lambda: join(new, "rae")) == 201
    status, mine = _in_thread(qtbot, lambda: new.call("GET", "/me"))
    assert status == 200 and len(mine["answers"]) == 6  # carried on where the old phone was
    assert _in_thread(qtbot, lambda: lost.call("GET", "/me"))[0] == 401  # the lost phone is out
    assert [p.name for p in window.session.doc.participants].count("Rae") == 1
    # Too many wrong PINs: the room changes its PIN, keeps it, and the screen shows it.
    room.server._new_pin()
    qtbot.waitUntil(lambda: window.session.doc.room.pin == room.server.pin != pin)
    room.refresh_count()
    assert room.server.pin in room.pin.text() and "new PIN" in room.notice.text()
    room.close()


def test_a_place_a_phone_holds_stays_its_own_across_a_restart(workshop):
    room = Room(workshop)
    try:
        _join(room, "Sam")  # joined, nothing answered yet
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "sam"})
        assert status == 409, body
        _kill(room)
        room = Room(workshop)
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Sam"})
        assert status == 409, body  # the reopened room still knows whose place it is
    finally:
        room.close()
