"""The room leads the discussion: six phones over real HTTP, driven from the control address.

A re-vote, ideas and a dot vote, with their secrecy (no distribution before the close, to a
phone or to the control), their limits and closed votes refused with the contract's
statuses, a SIGKILL in the middle (ballots resume), and the results in the file, the
roadmap and the PDF.
"""

from __future__ import annotations

import json
import subprocess
import urllib.request

import pytest
from helpers import doc_with, run_cli
from room_client import Room

from cxassess.core.storage import load_document, save_document

# Six people: on the first statement two think it is weak, four that it is strong.
SPLIT = [1, 2, 4, 4, 5, 5]


@pytest.fixture
def six_phones(tmp_path, shipped):
    path = tmp_path / "team.cxa"
    save_document(doc_with(shipped, [], team="Ops", organisation="Northwind"), path)
    room = Room(path)
    keys = []
    questions = [q for _, q in shipped.questions()]
    for n, first in enumerate(SPLIT):
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": f"P{n}"})
        assert status == 201, body
        key = body["key"]
        answers = [{"question": questions[0].id, "value": first, "comment": ""}] + [
            {"question": q.id, "value": 3, "comment": ""} for q in questions[1:]
        ]
        assert room.call("PUT", "/answers", {"answers": answers}, key=key)[0] == 200
        assert room.call("POST", "/finish", key=key)[0] == 200
        keys.append(key)
    yield room, keys, questions, path
    if room.proc.poll() is None:
        room.proc.kill()


def _now(room: Room, key: str) -> dict:
    status, body, _ = room.call("GET", "/now", key=key)
    assert status == 200, body
    return body


def _nothing_leaks(payload: object) -> None:
    """No count per value, no ballot, no total: the things a secret vote hides."""
    hidden = {"before", "after", "distribution", "ranking", "ballots", "totals", "median_after"}

    def keys(value: object) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    assert not keys(payload) & hidden, payload
    ideas = payload.get("ideas") if isinstance(payload, dict) else None
    for idea in ideas if isinstance(ideas, list) else []:
        assert idea.get("dots") is None, idea  # no idea's dots while a dot vote is open


def test_a_whole_discussion_through_the_room(six_phones, tmp_path):
    room, keys, questions, path = six_phones
    first = questions[0]

    # Before the reveal: the discussion waits, and nothing opens.
    assert _now(room, keys[0])["phase"] == "waiting"
    status, body, _ = room.control_call("POST", "/revote", {"question": first.id})
    assert status == 409 and "revealed" in body["error"]
    assert room.control_call("POST", "/reveal", {})[0] == 200
    # The results are out: no late answers change them, and nobody new joins to answer.
    late = {"answers": [{"question": first.id, "value": 5, "comment": ""}]}
    status, body, _ = room.call("PUT", "/answers", late, key=keys[0])
    assert status == 409
    status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Latecomer"})
    assert status == 409 and "private round has ended" in body["error"]

    # --- a secret re-vote ----------------------------------------------------------------
    status, body, _ = room.control_call("POST", "/revote", {"question": first.id})
    assert status == 201
    vote = body["vote"]
    now = _now(room, keys[0])
    assert now["phase"] == "revote" and now["vote"] == vote
    assert now["question"]["id"] == first.id and now["question"]["anchors"] == list(first.anchors)
    assert now["mine"] is None and now["voted"] is False
    after = [3, 3, 3, 4, 3, 4]
    for n, (key, value) in enumerate(zip(keys, after, strict=True)):
        assert room.call("PUT", "/revote", {"vote": vote, "value": value}, key=key)[0] == 200
        state = room.control_call("GET", "/state")[1]
        assert state["vote"] == {"id": vote, "kind": "revote", "voted": n + 1, "of": 6}
        _nothing_leaks(state)
        _nothing_leaks(_now(room, key))
    assert _now(room, keys[2])["mine"] == 3  # a phone sees its own vote, and can change it
    status, body, _ = room.call("PUT", "/revote", {"vote": vote, "value": 9}, key=keys[0])
    assert status == 422 and "1 to 5" in body["error"]
    assert room.call("PUT", "/revote", {"vote": vote, "value": 3}, key="nobody")[0] == 401
    # The control's idea list and state never carry the vote either, nor can the agreed
    # score be taken from a re-vote still open.
    _nothing_leaks(room.control_call("GET", "/ideas")[1])
    status, body, _ = room.control_call("POST", "/agree", {"question": first.id})
    assert status == 409 and "secret" in body["error"]

    status, result, _ = room.control_call("POST", "/close")
    assert status == 200
    assert result["before"] == {"1": 1, "2": 1, "4": 2, "5": 2}
    assert result["after"] == {"3": 4, "4": 2}
    assert result["agreement_after"] > result["agreement_before"]
    assert result["median_after"] == 3.0
    assert (
        result["rationale"]
        == "agreed after a re-vote: 3 (was split: 2 people at 1-2, 4 people at 4-5)"
    )
    # A closed vote refuses late votes with 409.
    status, body, _ = room.call("PUT", "/revote", {"vote": vote, "value": 5}, key=keys[1])
    assert status == 409
    assert room.control_call("POST", "/close")[0] == 409  # nothing is open
    status, agreed, _ = room.control_call("POST", "/agree", {"question": first.id})
    assert status == 200 and agreed["score"] == 3.0
    # A second re-vote is a round of its own: a vote sent for the first one is refused.
    second = room.control_call("POST", "/revote", {"question": questions[1].id})[1]["vote"]
    status, body, _ = room.call("PUT", "/revote", {"vote": vote, "value": 2}, key=keys[0])
    assert status == 409 and "not open" in body["error"]
    assert room.call("PUT", "/revote", {"vote": second, "value": 2}, key=keys[0])[0] == 200
    assert room.control_call("POST", "/close")[1]["after"] == {"2": 1}

    # --- ideas -------------------------------------------------------------------------
    assert room.call("POST", "/ideas", {"text": "Too early"}, key=keys[0])[0] == 409
    dim = questions[0].id  # a statement: the idea serves it and its area
    status, _, _ = room.control_call(
        "POST", "/ideas", {"prompt": "How do we close the loop?", "question": dim}
    )
    assert status == 201
    now = _now(room, keys[0])
    assert now["phase"] == "ideas" and now["prompt"] == "How do we close the loop?"
    assert now["left"] == 5
    ids = []
    for n in range(5):
        status, body, _ = room.call("POST", "/ideas", {"text": f"Idea {n} from P0"}, key=keys[0])
        assert status == 201, body
        ids.append(body["id"])
    status, body, _ = room.call("POST", "/ideas", {"text": "A sixth"}, key=keys[0])
    assert status == 422 and "at most 5" in body["error"]
    status, body, _ = room.call("POST", "/ideas", {"text": "x" * 281}, key=keys[1])
    assert status == 422 and "280" in body["error"]
    assert room.call("POST", "/ideas", {"text": "x" * 280}, key=keys[1])[0] == 201
    status, body, _ = room.call("POST", "/ideas", {"text": "Call every detractor"}, key=keys[2])
    call_back = body["id"]
    status, body, _ = room.call("POST", "/ideas", {"text": "call every detractor!"}, key=keys[3])
    duplicate = body["id"]
    assert [i["text"] for i in _now(room, keys[0])["mine"]][:1] == ["Idea 0 from P0"]
    assert all("P0" in i["text"] for i in _now(room, keys[0])["mine"])  # only one's own
    listed = room.control_call("GET", "/ideas")[1]["ideas"]
    assert len(listed) == 8 and all(set(i) == {"id", "text", "dots"} for i in listed)  # no author
    status, _, _ = room.control_call("POST", "/merge", {"into": call_back, "ideas": [duplicate]})
    assert status == 200
    assert len(room.control_call("GET", "/ideas")[1]["ideas"]) == 7

    # --- a dot vote --------------------------------------------------------------------
    status, body, _ = room.control_call("POST", "/dots", {"per_person": 3})
    assert status == 201
    dots = body["vote"]
    assert room.call("POST", "/ideas", {"text": "Late idea"}, key=keys[4])[0] == 409
    now = _now(room, keys[0])
    assert now["phase"] == "dots" and now["dots"] == 3 and len(now["ideas"]) == 7
    assert duplicate not in {i["id"] for i in now["ideas"]}
    status, body, _ = room.call("PUT", "/dots", {"vote": dots, "dots": {call_back: 4}}, key=keys[0])
    assert status == 422 and "3" in body["error"]
    status, body, _ = room.call("PUT", "/dots", {"vote": dots, "dots": {duplicate: 1}}, key=keys[0])
    assert status == 422  # merged away: not on the ballot
    for key in keys[:4]:
        assert room.call("PUT", "/dots", {"vote": dots, "dots": {call_back: 3}}, key=key)[0] == 200
    # Change of mind: P3 moves one dot before the vote closes.
    ballot = {call_back: 2, ids[1]: 1}
    assert room.call("PUT", "/dots", {"vote": dots, "dots": ballot}, key=keys[3])[0] == 200
    assert _now(room, keys[3])["mine"] == ballot
    state = room.control_call("GET", "/state")[1]
    assert state["vote"]["kind"] == "dots" and state["vote"]["voted"] == 4
    _nothing_leaks(state)
    _nothing_leaks(_now(room, keys[5]))

    # The laptop dies in the middle of the vote; the room comes back and the vote resumes.
    room.proc.kill()
    room.proc.wait(10)
    again = Room(path)
    assert (again.url, again.pin) == (room.url, room.pin)
    assert _now(again, keys[3])["mine"] == ballot  # ballots resume
    assert again.call("PUT", "/dots", {"vote": dots, "dots": {ids[0]: 1}}, key=keys[4])[0] == 200
    status, result, _ = again.control_call("POST", "/close")
    assert status == 200
    ranking = result["ranking"]
    assert ranking[0] == {"idea": call_back, "text": "Call every detractor", "dots": 11}
    assert [r["dots"] for r in ranking[:3]] == [11, 1, 1]
    assert again.call("PUT", "/dots", {"vote": dots, "dots": {}}, key=keys[5])[0] == 409
    assert _now(again, keys[0])["phase"] == "waiting"
    again.close()

    doc = load_document(path)
    # The first round is untouched; the re-vote is a later round with its raw answers.
    assert sorted(p.answers[first.id].value for p in doc.participants) == SPLIT
    revote, later = doc.discussion.revotes
    assert later.question == questions[1].id and list(later.answers.values()) == [2]
    assert sorted(v for v in revote.answers.values() if v is not None) == sorted(after)
    assert doc.agreed_questions[first.id].score == 3.0
    assert "agreed after a re-vote: 3" in doc.agreed_questions[first.id].rationale
    (dot_vote,) = doc.discussion.dot_votes
    assert dot_vote.ballots == {} and dot_vote.totals  # totals kept, ballots not
    suggested = [i for i in doc.roadmap if i.origin == "idea"]
    assert suggested[0].action == "Call every detractor"
    assert all(i.review == "suggested" for i in suggested)
    assert suggested[0].question == first.id and "11 dots" in suggested[0].reason
    assert suggested[0].dimension == next(
        d.id for d, q in doc.questionnaire.questions() if q.id == first.id
    )

    # The results reach the PDF.
    pdf = tmp_path / "team.pdf"
    done = run_cli("report", str(path), "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Agreed after a re-vote: 3 (was split: 2 people at 1-2, 4 people at 4-5)" in flat
    assert "After a re-vote: 4 Developing · 2 Established" in flat
    assert "Call every detractor" in flat and "11 dots" in flat


def test_the_control_is_loopback_only_with_its_own_token(six_phones):
    room, keys, _questions, _path = six_phones
    assert room.control.startswith("http://127.0.0.1:")
    assert room.control.split("/c/")[1] not in room.url  # its own token
    port = room.control.split(":")[2].split("/")[0]
    assert port != room.url.split(":")[2].split("/")[0]  # its own socket
    # The room's address does not serve the control, nor the control the phones.
    token = room.control.split("/c/")[1]
    on_the_room = room.url.split("/r/")[0] + f"/c/{token}"
    assert room.call("GET", "/state", base=on_the_room)[0] == 404
    assert room.call("GET", "/state", base=room.control[:-4] + "AAAA")[0] == 404
    assert room.call("GET", "/now", key=keys[0], base=room.control)[0] == 404
    # Another page in the laptop's browser cannot drive it (Origin is checked).
    request = urllib.request.Request(room.control + "/close", data=b"{}", method="POST")
    request.add_header("Origin", "http://evil.example")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403


def test_a_real_browser_revotes_sends_ideas_and_spends_dots(tmp_path, shipped):
    """One phone (headless Chromium at 360x640) beside five HTTP phones."""
    from browser import chromium, join_in_browser
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    path = tmp_path / "team.cxa"
    save_document(doc_with(shipped, [], team="Ops"), path)
    room = Room(path)
    questions = [q for _, q in shipped.questions()]
    everything = [{"question": q.id, "value": 2, "comment": ""} for q in questions]
    browser = None
    shots = tmp_path / "shots"
    shots.mkdir()
    try:
        browser = chromium(360, 640)
        join_in_browser(browser, room, "Mia")
        wait = WebDriverWait(browser, 15)
        wait.until(ec.visibility_of_element_located((By.ID, "q-text")))
        key = browser.execute_script(
            "return JSON.parse(localStorage.getItem('cxassess:room:' + arguments[0])).key",
            room.url.rsplit("/", 1)[1],
        )
        assert room.call("PUT", "/answers", {"answers": everything}, key=key)[0] == 200
        assert room.call("POST", "/finish", key=key)[0] == 200
        browser.refresh()
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
        others = []
        for n in range(5):
            body = room.call("POST", "/join", {"pin": room.pin, "name": f"P{n}"})[1]
            room.call("PUT", "/answers", {"answers": everything}, key=body["key"])
            room.call("POST", "/finish", key=body["key"])
            others.append(body["key"])
        assert room.control_call("POST", "/reveal", {})[0] == 200
        wait.until(
            ec.text_to_be_present_in_element((By.ID, "done-text"), "results are on the screen")
        )

        # A re-vote: the statement alone, with its anchors; a tap votes.
        room.control_call("POST", "/revote", {"question": questions[3].id})
        wait.until(ec.visibility_of_element_located((By.ID, "revote")))
        assert browser.find_element(By.ID, "rv-text").text == questions[3].text
        choice = browser.find_element(By.CSS_SELECTOR, '#rv-choices [data-value="4"]')
        assert questions[3].anchors[3] in choice.text
        choice.click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "rv-status"), "Your vote is in"))
        browser.save_screenshot(str(shots / "phone-revote-360x640.png"))
        state = room.control_call("GET", "/state")[1]
        assert state["vote"]["voted"] == 1 and state["vote"]["of"] == 6
        # A change of mind before the close counts instead.
        browser.find_element(By.CSS_SELECTOR, '#rv-choices [data-value="3"]').click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "rv-status"), "Your vote is in"))
        for other in others:
            vote = state["vote"]["id"]
            room.call("PUT", "/revote", {"vote": vote, "value": 3}, key=other)
        result = room.control_call("POST", "/close")[1]
        assert result["after"] == {"3": 6}
        wait.until(ec.visibility_of_element_located((By.ID, "done")))

        # Ideas: typed on the phone, sent, listed as its own.
        room.control_call("POST", "/ideas", {"prompt": "What would make the loop close?"})
        wait.until(ec.visibility_of_element_located((By.ID, "ideas")))
        box = browser.find_element(By.ID, "id-text")
        box.send_keys("Phone every detractor within a week")
        assert browser.find_element(By.ID, "id-counter").text == "35 / 280"
        browser.find_element(By.ID, "id-send").click()
        wait.until(ec.text_to_be_present_in_element((By.ID, "id-mine"), "Phone every detractor"))
        browser.save_screenshot(str(shots / "phone-ideas-360x640.png"))
        for n, other in enumerate(others[:3]):
            room.call("POST", "/ideas", {"text": f"Idea number {n + 2}"}, key=other)

        # A dot vote: three dots, two on one idea; the last + is disabled once spent.
        room.control_call("POST", "/dots", {"per_person": 3})
        wait.until(ec.visibility_of_element_located((By.ID, "dots")))
        rows = browser.find_elements(By.CSS_SELECTOR, "#dt-list .dot-row")
        assert len(rows) == 4
        plus = [r.find_elements(By.TAG_NAME, "button")[1] for r in rows]
        plus[0].click()
        plus[0].click()
        plus[2].click()
        assert browser.find_element(By.ID, "dt-left").text == "0 dots left of 3"
        assert not plus[1].is_enabled()
        wait.until(ec.text_to_be_present_in_element((By.ID, "dt-status"), "saved"))
        browser.save_screenshot(str(shots / "phone-dots-360x640.png"))
        assert room.control_call("GET", "/state")[1]["vote"]["voted"] == 1
        ranking = room.control_call("POST", "/close")[1]["ranking"]
        assert ranking[0]["text"] == "Phone every detractor within a week"
        assert ranking[0]["dots"] == 2
        wait.until(ec.visibility_of_element_located((By.ID, "done")))
    finally:
        if browser is not None:
            browser.quit()
        if room.proc.poll() is None:
            room.close()


def test_the_control_listens_on_the_loopback_interface_alone(shipped):
    from cxassess.core.document import Assessment
    from cxassess.room.server import DirectOwner, RoomServer

    doc = Assessment.new(shipped, round_open=True)
    server = RoomServer(DirectOwner(doc), doc.questionnaire)
    server.start("127.0.0.1", control=True)
    try:
        assert server.control is not None
        bound = server.control._listener._socket.getsockname()[0]
        assert bound == "127.0.0.1"
        assert server.control.token != server.token and len(server.control.token) >= 22
    finally:
        server.stop()


def test_no_answer_changes_the_results_once_they_are_revealed(shipped):
    from helpers import person

    from cxassess.core.collect import Given, Refused, record
    from cxassess.core.round import reveal

    q = next(qu.id for _, qu in shipped.questions())
    doc = doc_with(shipped, [person("Ana", {q: 2}), person("Bo", {q: 4})], round_open=True)
    reveal(doc)  # Ana and Bo had not finished: their answers so far count, and no more
    with pytest.raises(Refused) as refused:
        record(doc, doc.participants[0].id, [Given(q, 5, "")])
    assert refused.value.status == 409
    assert doc.participants[0].answers[q].value == 2


def test_hostile_discussion_requests_are_refused_and_nothing_outlives_the_room(tmp_path, shipped):
    """What a tester on the laptop's network tried: claiming a listed seat after the reveal,
    a half-applied merge, values the file cannot hold, control characters on the projector,
    and votes, ballots and authors left in the file when the room closes."""
    from helpers import person

    path = tmp_path / "team.cxa"
    listed = [person("Ana", {}), person("Bob", {}), person("Cy", {})]
    save_document(doc_with(shipped, listed, team="Ops"), path)
    room = Room(path)
    questions = [q for _, q in shipped.questions()]
    everything = [{"question": q.id, "value": 3, "comment": ""} for q in questions]
    keys = []
    for name in ("Ana", "Bob"):
        key = room.call("POST", "/join", {"pin": room.pin, "name": name})[1]["key"]
        room.call("PUT", "/answers", {"answers": everything}, key=key)
        room.call("POST", "/finish", key=key)
        keys.append(key)
    assert room.control_call("POST", "/reveal", {"unfinished": True})[0] == 200
    # Cy never came: after the reveal nobody takes Cy's seat to get a vote, ideas and dots.
    status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Cy"})
    assert status == 409 and "private round has ended" in body["error"]

    room.control_call("POST", "/ideas", {"prompt": "Ideas"})
    texts = ["\x1b[31mred\x07 alert", "Plain idea"]
    ids = [room.call("POST", "/ideas", {"text": t}, key=keys[0])[1]["id"] for t in texts]
    status, body, _ = room.call("POST", "/ideas", {"text": "\u200b\u202e"}, key=keys[1])
    assert status == 422 and "empty" in body["error"]
    shown = [i["text"] for i in room.control_call("GET", "/ideas")[1]["ideas"]]
    assert shown[0] == "[31mred alert"  # no escape or bell reaches the projector
    # A merge naming one unknown idea changes nothing.
    status, _, _ = room.control_call(
        "POST",
        "/merge",
        {"into": ids[0], "ideas": [ids[1], "0" * 8 + "-0000-4000-8000-" + "0" * 12]},
    )
    assert status == 422 and len(room.control_call("GET", "/ideas")[1]["ideas"]) == 2
    # Values the file cannot hold are refused with 422, not a 500.
    for body in (
        {"minutes": 10**400},
        {"minutes": 1, "label": "\ud800"},
        {"minutes": 1, "label": {"a": 1}},
    ):
        status = room.call("POST", "/timer", raw=json.dumps(body).encode(), base=room.control)[0]
        assert status == 422, body
    raw = json.dumps({"question": questions[0].id, "score": 3, "rationale": "a\x00"}).encode()
    assert room.call("POST", "/agree", raw=raw, base=room.control)[0] == 422

    # A dot vote and a re-vote left open when the room closes leave no ballot behind.
    vote = room.control_call("POST", "/dots", {"per_person": 3})[1]["vote"]
    room.call("PUT", "/dots", {"vote": vote, "dots": {ids[0]: 2}}, key=keys[0])
    room.close()
    doc = load_document(path)
    (dots,) = doc.discussion.dot_votes
    assert dots.closed_at is not None and dots.ballots == {} and not dots.totals
    assert all(i.author is None for i in doc.discussion.ideas)  # nobody's ideas are traceable
    assert not any(i.origin == "idea" for i in doc.roadmap)  # an abandoned vote ranks nothing
    # Opened again, the room starts a new private round: nothing of the old vote is open,
    # and no result can be taken while people answer.
    again = Room(path)
    try:
        state = again.control_call("GET", "/state")[1]
        assert state["phase"] == "answering" and state["vote"] is None
        assert again.control_call("POST", "/close")[0] == 409
        status, body, _ = again.control_call("POST", "/agree", {"question": questions[0].id})
        assert status == 409 and "revealed" in body["error"]
    finally:
        again.close()
