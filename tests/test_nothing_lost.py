"""Nothing acknowledged is lost: dates kept, every write validated, a 200 on disk, a full
disk said, one writer per file, files small enough to read back, undo and comments."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import Future
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import doc_with, person, run_cli, shipped_statements
from room_client import Room

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.durable import GroupCommit, Unsaved
from cxassess.core.locks import FileLock, Locked, holder_of, lock_path_for
from cxassess.core.problems import CxError
from cxassess.core.storage import (
    MAX_DOCUMENT_BYTES,
    dump_document,
    load_document,
    readable_bytes,
    save_document,
)


def _answers(shipped, value: int = 3) -> list[dict]:
    return [{"question": qu.id, "value": value, "comment": ""} for _, qu in shipped.questions()]


# --- 1. a file saved on its own day keeps its date ---------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="faketime moves the clock on Linux only")
def test_a_file_saved_today_is_still_dated_today_a_month_later(tmp_path, shipped):
    if shutil.which("faketime") is None:
        pytest.fail("faketime is needed to move the clock (apt-get install faketime)")
    path = tmp_path / "today.cxa"
    made = run_cli("import", str(_csv(tmp_path)), "-o", str(path))
    assert made.returncode == 0, made.stderr
    assert '"assessed_on":"' + date.today().isoformat() in path.read_text()
    later = (date.today() + timedelta(days=31)).isoformat()
    read = (
        "import sys, datetime; from pathlib import Path; "
        "from cxassess.core.storage import load_document; "
        "print(datetime.date.today(), load_document(Path(sys.argv[1])).assessed_on)"
    )
    result = subprocess.run(
        ["faketime", f"{later} 12:00:00", sys.executable, "-c", read, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    probe = subprocess.run(
        [
            "faketime",
            f"{later} 12:00:00",
            sys.executable,
            "-c",
            "import datetime; print(datetime.date.today())",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.stdout.strip() == later  # the clock really moved for that process
    assert result.stdout.split() == [later, date.today().isoformat()]


def _csv(tmp_path: Path) -> Path:
    csv = tmp_path / "answers.csv"
    csv.write_text("participant,role,cm-owner\nAna,Sales,3\nBo,Ops,4\n", encoding="utf-8")
    return csv


def test_every_date_and_id_is_written_even_when_it_equals_its_default(shipped):
    doc = Assessment.new(shipped, participants=[Participant(name="Ana")])
    from cxassess.core.document import AgreedScore

    doc.agreed_questions["cm-owner"] = AgreedScore(score=3)
    raw = json.loads(dump_document(doc))
    for key in ("id", "assessed_on", "created_at", "modified_at"):
        assert key in raw, key
    assert "recorded_at" in raw["agreed_questions"]["cm-owner"]


def test_a_file_that_lost_its_date_gets_it_back_from_its_latest_answer(tmp_path, shipped):
    doc = doc_with(shipped, [person("Ana", {"cm-owner": 3})])
    stamp = "2026-03-04T10:00:00+00:00"
    doc.participants[0].answers["cm-owner"] = Answer(value=3, answered_at=stamp)
    raw = json.loads(dump_document(doc))
    for key in ("assessed_on", "created_at", "modified_at"):
        del raw[key]  # as an earlier cxassess wrote files saved on their own day
    path = tmp_path / "old.cxa"
    path.write_text(json.dumps(raw), encoding="utf-8")
    back = load_document(path)
    assert back.assessed_on == date(2026, 3, 4)
    assert back.reconstructed["assessed_on"] == "its latest answer or change"
    result = run_cli("validate", str(path))
    assert "dated 2026-03-04 from its latest answer" in result.stderr
    # with no answer at all, the file's own modification time dates it
    raw["participants"][0]["answers"] = {}
    path.write_text(json.dumps(raw), encoding="utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))  # 14 November 2023
    assert load_document(path).assessed_on == date(2023, 11, 14)


# --- 2. every write path validates -------------------------------------------------------
def test_a_lone_surrogate_or_nul_is_refused_at_every_write(shipped):
    doc = Assessment.new(shipped, participants=[Participant(name="Ana")])
    for bad in ("x\ud800", "nul\x00"):
        with pytest.raises(ValueError):
            doc.participants[0].role = bad
        with pytest.raises(ValueError):
            doc.team = bad
    with pytest.raises(ValueError):
        Participant(name="\u200b\u202e")  # nothing visible left is no name
    dump_document(doc)  # still saves


def test_a_join_with_a_broken_role_is_refused_and_the_room_keeps_saving(workshop):
    room = Room(workshop)
    try:
        raw = b'{"pin": "%s", "name": "Ana", "role": "x\\ud800"}' % room.pin.encode()
        status, body, _ = room.call("POST", "/join", raw=raw)
        assert status == 422 and "broken character" in body["error"]
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Bo"})
        assert status == 201
        key = body["key"]
        status, _, _ = room.call(
            "PUT", "/answers", {"answers": [{"question": "cm-owner", "value": 2}]}, key
        )
        assert status == 200
        raw = b'{"answers": [{"question": "cm-review", "value": 3, "comment": "x\\ud800"}]}'
        status, body, _ = room.call("PUT", "/answers", raw=raw, key=key)
        assert status == 422 and "broken character" in body["error"]
        status, _, _ = room.call(
            "PUT", "/answers", {"answers": [{"question": "cm-review", "value": 4}]}, key
        )
        assert status == 200
        saved = load_document(workshop).participants[-1].answers
        assert saved["cm-owner"].value == 2 and saved["cm-review"].value == 4
    finally:
        room.close()


def test_a_failed_write_is_reported_and_the_committer_keeps_serving():
    written: list[bytes] = []
    results: list[str | None] = []
    fail = [True]

    def write(data: bytes) -> None:
        if fail[0]:
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        written.append(data)

    commit = GroupCommit(write, on_result=results.append)
    first: Future[str] = Future()
    commit.submit(b"one", [(first, "ok")])
    with pytest.raises(Unsaved):
        first.result(5)
    fail[0] = False
    second: Future[str] = Future()
    commit.submit(b"two", [(second, "ok")])
    assert second.result(5) == "ok" and written == [b"two"]
    assert results[0] is not None and results[-1] is None
    commit.close()


# --- 3. a 200 is durable -----------------------------------------------------------------
@pytest.mark.parametrize("signal_sent", [signal.SIGKILL, signal.SIGHUP])
def test_an_answer_acknowledged_with_200_survives_the_room_being_killed(
    workshop, shipped, signal_sent
):
    for run in range(3):
        room = Room(workshop)
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": f"P{run}"})
        assert status == 201
        status, _, _ = room.call(
            "PUT", "/answers", {"answers": _answers(shipped, 1 + run)}, body["key"]
        )
        assert status == 200
        room.proc.send_signal(signal_sent)  # at once: no grace after the 200
        room.proc.communicate(timeout=30)
        if signal_sent == signal.SIGHUP:
            assert room.proc.returncode == 0  # a closed terminal saves and closes
        doc = load_document(workshop)
        phone = next(p for p in doc.participants if p.name == f"P{run}")
        assert (
            len(phone.answers) == shipped_statements()
            and phone.answers["cm-owner"].value == 1 + run
        )


# --- 4. a full disk is said, never hidden ------------------------------------------------
@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(path: Path) -> None:
    with open(path, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"x" * 4096)
        except OSError:
            pass  # the disk is full


def test_on_a_full_disk_the_room_answers_an_error_keeps_the_phones_queue_and_recovers(
    small_disk, shipped
):
    path = small_disk / "w.cxa"
    save_document(doc_with(shipped, [person("Ana", {}, "Sales")]), path)
    room = Room(path)
    try:
        status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Bo"})
        key = body["key"]
        filler = small_disk / "filler"
        _fill(filler)
        status, body, _ = room.call("PUT", "/answers", {"answers": _answers(shipped)}, key)
        assert status == 503 and "keeps it" in body["error"]
        filler.unlink()
        status, body, _ = room.call("PUT", "/answers", {"answers": _answers(shipped)}, key)
        assert status == 200
    finally:
        room.proc.send_signal(signal.SIGINT)
        out, err = room.proc.communicate(timeout=30)
    assert "NOT SAVED" in err and "Saving again" in err and "Traceback" not in err
    assert room.proc.returncode == 0 and "saved" in out
    bo = next(p for p in load_document(path).participants if p.name == "Bo")
    assert len(bo.answers) == shipped_statements()


def test_a_room_that_cannot_save_at_close_says_so_and_exits_1(small_disk, shipped):
    path = small_disk / "w.cxa"
    save_document(doc_with(shipped, [person("Ana", {}, "Sales")]), path)
    room = Room(path)
    try:
        _status, body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Bo"})
        _fill(small_disk / "filler")
        room.call("PUT", "/answers", {"answers": _answers(shipped)}, body["key"])
    finally:
        room.proc.send_signal(signal.SIGINT)
        out, err = room.proc.communicate(timeout=30)
    assert room.proc.returncode == 1 and "could not be saved" in err and "saved" not in out


# --- 5. one writer per file --------------------------------------------------------------
def test_a_second_room_on_the_same_file_is_refused_naming_the_holder(workshop):
    room = Room(workshop)
    try:
        second = run_cli("room", str(workshop), "--host", "127.0.0.1")
        assert second.returncode == 1
        assert "open for writing by" in second.stderr and "cxassess room" in second.stderr
        status, _body, _ = room.call("POST", "/join", {"pin": room.pin, "name": "Ana"})
        assert status == 201  # the first room still holds Ana's place
    finally:
        room.close()
    assert not lock_path_for(workshop).exists()


def test_a_stale_lock_of_a_killed_process_is_taken_over_with_a_note(workshop):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from cxassess.core.locks import FileLock; FileLock(Path(sys.argv[1]), 'cxassess room').acquire(); "
            "print('held', flush=True); time.sleep(60)",
            str(workshop),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    assert holder_of(workshop) is not None
    with pytest.raises(Locked) as refused:
        FileLock(workshop).acquire()
    assert "cxassess room" in refused.value.message and str(holder.pid) in refused.value.message
    holder.kill()
    holder.wait()
    assert holder_of(workshop) is None
    lock = FileLock(workshop).acquire()
    assert lock.took_over is not None and lock.took_over.pid == holder.pid
    lock.release()


def test_import_and_merge_refuse_to_overwrite_a_file_a_room_holds(workshop, tmp_path):
    room = Room(workshop)
    try:
        before = workshop.read_bytes()
        result = run_cli("import", str(_csv(tmp_path)), "-o", str(workshop))
        assert result.returncode == 1 and "open for writing" in result.stderr
        result = run_cli("merge", str(workshop), "-o", str(workshop))
        assert result.returncode == 1 and "open for writing" in result.stderr
        assert workshop.read_bytes() == before
    finally:
        room.close()


def test_a_live_windows_backup_is_not_offered_as_a_crash_until_its_owner_is_gone(
    tmp_path, monkeypatch
):
    from cxassess.core.recovery import list_recovery, recovery_dir, write_recovery

    monkeypatch.setenv("CXASSESS_DATA_DIR", str(tmp_path / "data"))
    write_recovery("abc", b"{}", None, "Ops")
    copy = recovery_dir() / "abc.cxa"
    owner = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; "
            "from cxassess.core.locks import FileLock; FileLock(Path(sys.argv[1]), 'cxassess app').acquire(); "
            "print('held', flush=True); time.sleep(60)",
            str(copy),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert owner.stdout.readline().strip() == "held"
        assert [e.document_id for e in list_recovery()] == []
    finally:
        owner.kill()
        owner.wait()
    assert [e.document_id for e in list_recovery()] == ["abc"]  # the owner died: a crash


# --- 6. the room never writes what it cannot read ----------------------------------------
def test_the_room_refuses_more_people_and_more_text_than_a_file_can_hold(shipped, monkeypatch):
    import asyncio

    from aiohttp import ClientSession

    from cxassess.core import collect
    from cxassess.room.server import DirectOwner, RoomServer

    monkeypatch.setattr(collect, "MAX_PEOPLE", 3)
    doc = Assessment.new(shipped, round_open=True)  # as a room opens it
    server = RoomServer(DirectOwner(doc), doc.questionnaire)
    url = server.start("127.0.0.1")

    async def run() -> list[int]:
        statuses = []
        async with ClientSession() as http:
            keys = []
            for i in range(4):
                async with http.post(url + "/join", json={"pin": server.pin, "name": f"P{i}"}) as r:
                    statuses.append(r.status)
                    if r.status == 201:
                        keys.append((await r.json())["key"])
            auth = {"Authorization": f"Bearer {keys[0]}"}
            emoji = "😀" * 2000
            for _n, (_, qu) in enumerate(list(shipped.questions())[:11]):
                body = {"answers": [{"question": qu.id, "value": 3, "comment": emoji}]}
                async with http.put(url + "/answers", json=body, headers=auth) as r:
                    statuses.append(r.status)
        return statuses

    try:
        statuses = asyncio.run(run())
    finally:
        server.stop()
    assert statuses[:4] == [201, 201, 201, 409]  # the fourth phone: the room is full
    assert statuses[4:14] == [200] * 10 and statuses[14] == 413  # 20,000 characters each


def test_a_full_room_at_its_limits_still_makes_a_file_that_can_be_read(shipped):
    from cxassess.core.collect import MAX_COMMENT, MAX_PEOPLE, MAX_TEXT_PER_PERSON

    questions = [qu.id for _, qu in shipped.questions()]
    comment = "😀" * MAX_COMMENT
    per_person = MAX_TEXT_PER_PERSON // MAX_COMMENT
    people = [
        Participant(
            name=f"{'Ż' * 190}{i}",
            role="R" * 200,
            answers={
                qid: Answer(value=3, comment=comment if n < per_person else "")
                for n, qid in enumerate(questions)
            },
        )
        for i in range(MAX_PEOPLE)
    ]
    doc = Assessment.new(shipped, participants=people)
    assert len(readable_bytes(doc, "full room")) < MAX_DOCUMENT_BYTES


def test_no_writer_writes_a_file_larger_than_a_reader_accepts(shipped, monkeypatch, tmp_path):
    from cxassess.core import storage

    monkeypatch.setattr(storage, "MAX_DOCUMENT_BYTES", 10_000)
    doc = doc_with(shipped, [person("Ana", {"cm-owner": 3})])
    with pytest.raises(CxError, match="more than an assessment can hold"):
        save_document(doc, tmp_path / "big.cxa")
    assert not (tmp_path / "big.cxa").exists()


# --- 7 and 8: the app --------------------------------------------------------------------
def test_undo_cannot_remove_a_phone_that_joined_a_moment_ago(qtbot, window):
    from cxassess.core.collect import join

    window.commands.new(team=True)
    window.open_room("127.0.0.1")  # opening the round is itself a barrier for undo
    room = window.room
    window.session.set_fields("org", "meta", organisation="Acme")  # something to undo
    assert window.session.undo_stack.canUndo()
    done = threading.Event()
    result: list[Future] = []

    def phone() -> None:
        result.append(room.owner.run(lambda doc: join(doc, "Zed", "", "0" * 64)))
        done.set()

    threading.Thread(target=phone).start()
    qtbot.waitUntil(
        lambda: done.is_set() and any(p.name == "Zed" for p in window.session.doc.participants)
    )
    # applied, not yet announced to the screens: undo must already be gone
    assert not window.session.undo_stack.canUndo()
    window.act_undo.trigger()
    assert any(p.name == "Zed" for p in window.session.doc.participants)
    qtbot.waitUntil(lambda: result[0].done(), timeout=5000)
    assert result[0].result().name == "Zed"
    room.close()


def test_an_answer_from_a_phone_is_in_the_backup_before_its_200(qtbot, window, monkeypatch):
    from cxassess.core import recovery
    from cxassess.core.collect import Given, join, record

    window.commands.new(team=True)
    window.open_room("127.0.0.1")
    room = window.room
    futures: list[Future] = []

    def phone() -> None:
        person_future = room.owner.run(lambda doc: join(doc, "Zed", "", "0" * 64))
        person = person_future.result(10)
        futures.append(
            room.owner.run(lambda doc: record(doc, person.id, [Given("cm-owner", 4, "")]))
        )

    threading.Thread(target=phone).start()
    qtbot.waitUntil(lambda: bool(futures) and futures[0].done(), timeout=10000)
    copy = recovery.recovery_dir() / f"{window.session.doc.id}.cxa"
    saved = load_document(copy)
    assert next(p for p in saved.participants if p.name == "Zed").answers["cm-owner"].value == 4
    room.close()


def test_a_comment_being_typed_is_backed_up_within_half_a_second(qtbot, window):
    from cxassess.core.recovery import recovery_dir

    window.commands.new(team=False)
    window.start_answering()
    page = window.page("answer")
    qtbot.keyClick(page, "3")
    page.comment.setFocus()
    qtbot.keyClicks(page.comment, "The Monday review")
    started = time.monotonic()
    copy = recovery_dir() / f"{window.session.doc.id}.cxa"

    def backed_up() -> bool:
        if not copy.exists():
            return False
        doc = load_document(copy)
        answer = doc.participants[0].answers.get(
            window.session.doc.questionnaire.dimensions[0].questions[0].id
        )
        return answer is not None and answer.comment == "The Monday review"

    qtbot.waitUntil(backed_up, timeout=3000)
    assert time.monotonic() - started < 1.0
    # typed in one go, undone in one step
    window.act_undo.trigger()
    first = window.session.doc.questionnaire.dimensions[0].questions[0].id
    assert window.session.doc.participants[0].answers[first].comment == ""


def test_a_file_another_room_holds_opens_read_only_and_saves_only_elsewhere(
    qtbot, window, workshop, tmp_path
):
    from gui_helpers import reply

    room = Room(workshop)
    try:
        seen: dict[str, str] = {}
        reply("lockedDialog", "read_only", before=lambda box: seen.update(t=box.informativeText()))
        assert window.commands.open_path(workshop)
        assert "cxassess room" in seen["t"] and window.session.read_only
        assert "(read-only)" in window.windowTitle()
        before = workshop.read_bytes()
        elsewhere = tmp_path / "copy.cxa"
        window.prompts.ask_save_path = lambda *_a: elsewhere
        window.session.set_fields("org", "meta", organisation="Acme")
        assert window.commands.save()  # Save asks for another name
        assert workshop.read_bytes() == before and load_document(elsewhere).organisation == "Acme"
        assert not window.session.read_only  # the copy is this window's now
        assert holder_of(elsewhere) is not None
    finally:
        room.close()
    window.session.close()
    assert holder_of(elsewhere) is None and holder_of(workshop) is None
