"""Saving and loading `.cxa` files: atomicity, clear errors, migrations, and fuzzing."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from helpers import doc_with, person, run_cli, small_questionnaire
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxassess.core import storage
from cxassess.core.document import FORMAT_VERSION
from cxassess.core.problems import CxError
from cxassess.core.storage import dump_document, load_document, parse_document_bytes, save_document

FIXTURES = Path(__file__).parent / "fixtures"


def sample(n: int = 3):
    q = small_questionnaire()
    return doc_with(
        q,
        [person(f"Person {i}", {"a1": 1 + i % 5, "a2": None, "b1": 3}, "Sales") for i in range(n)],
        organisation="Ørsted",
        team="Zoë's team",
    )


def test_round_trip(tmp_path):
    doc = sample()
    path = tmp_path / "a.cxa"
    save_document(doc, path)
    loaded = load_document(path)
    assert loaded == doc
    assert loaded.participants[0].answers["a2"].value is None


def test_save_keeps_file_mode(tmp_path):
    path = tmp_path / "a.cxa"
    save_document(sample(), path)
    os.chmod(path, 0o600)
    save_document(sample(4), path)
    assert (path.stat().st_mode & 0o777) == 0o600
    assert len(load_document(path).participants) == 4
    assert [p.name for p in tmp_path.iterdir()] == ["a.cxa"]  # no temporary file left


def test_full_disk_leaves_existing_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "a.cxa"
    save_document(sample(), path)
    before = path.read_bytes()

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", full)
    with pytest.raises(CxError, match=r"disk is full.*existing file was not changed"):
        save_document(sample(5), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.cxa"]


def test_read_only_folder_gives_clear_error(tmp_path, monkeypatch):
    path = tmp_path / "a.cxa"
    save_document(sample(), path)
    before = path.read_bytes()
    if os.geteuid() != 0:
        tmp_path.chmod(0o555)
    else:  # root ignores permissions; make the folder refuse new files the same way

        def refuse(*_a, **_k):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(storage.tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(CxError, match="permission was denied"):
            save_document(sample(5), path)
    finally:
        tmp_path.chmod(0o755)
    assert path.read_bytes() == before


KILLER = """
import sys
from pathlib import Path
from cxassess.core.storage import load_document, save_document
path = Path(sys.argv[1])
doc = load_document(path)
people = list(doc.participants)
print("ready", flush=True)
i = 0
while True:
    i += 1
    doc.participants = people[: 1 + i % len(people)]
    doc.organisation = f"save {i}"
    save_document(doc, path)
"""


def test_killing_a_save_never_leaves_a_broken_file(tmp_path):
    """A process killed at any moment of a save leaves the old or the new file."""
    path = tmp_path / "a.cxa"
    save_document(sample(400), path)
    rng = random.Random(7)
    distinct = set()
    for _ in range(100):
        proc = subprocess.Popen(
            [sys.executable, "-c", KILLER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        doc = load_document(path)  # raises if the file is broken
        distinct.add(doc.organisation)
    assert len(distinct) > 10, "the kills should land at many different points"


def test_newer_format_is_refused_by_name_and_version(tmp_path):
    raw = json.loads(dump_document(sample()))
    raw["format_version"] = FORMAT_VERSION + 1
    path = tmp_path / "new.cxa"
    path.write_text(json.dumps(raw))
    with pytest.raises(CxError) as info:
        load_document(path)
    assert str(path) in info.value.message
    assert f"format {FORMAT_VERSION + 1}" in info.value.message
    assert "Update cxassess" in info.value.message


def test_draft_format_1_is_migrated():
    doc = load_document(FIXTURES / "draft-v1.cxa")
    assert doc.format_version == FORMAT_VERSION
    assert doc.assessed_on.isoformat() == "2026-03-02"
    ana = next(p for p in doc.participants if p.name == "Ana")
    assert ana.answers["a1"].value == 4 and ana.answers["b1"].value is None
    assert doc.agreed_questions["a1"].score == 3.5


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b'{"format_version": 2, "questionnaire": {', "damaged or not a cxassess file"),
        (b"PK\x03\x04\x00\xff\xfe", "not UTF-8"),
        (b"[1, 2, 3]", "expected a JSON object"),
        (b'{"hello": 1}', "no format_version"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"format_version": "two"}', "invalid format_version"),
    ],
)
def test_malformed_files_give_one_clear_error(tmp_path, content, expected):
    path = tmp_path / "bad.cxa"
    path.write_bytes(content)
    with pytest.raises(CxError, match=expected):
        load_document(path)


def test_truncated_file(tmp_path):
    data = dump_document(sample())
    with pytest.raises(CxError, match="damaged"):
        parse_document_bytes(data[: len(data) // 2], "cut.cxa")


def test_wrong_types_unknown_questions_and_out_of_range_values_are_located():
    raw = json.loads(dump_document(sample()))
    raw["participants"][0]["answers"]["zz9"] = {"value": 3}
    raw["participants"][1]["answers"]["a1"]["value"] = 9
    raw["participants"][2]["name"] = 42
    raw["anonymous"] = "sometimes"
    with pytest.raises(CxError) as info:
        parse_document_bytes(json.dumps(raw).encode(), "x.cxa")
    text = "\n".join(info.value.lines())
    assert "participants[2].name" in text
    assert "anonymous" in text
    # semantic checks still run once the types are fixed
    raw["participants"][2]["name"] = "Fixed"
    raw["anonymous"] = False
    with pytest.raises(CxError) as info:
        parse_document_bytes(json.dumps(raw).encode(), "x.cxa")
    text = "\n".join(info.value.lines())
    assert "participants[0].answers.zz9: answers question 'zz9'" in text
    assert "participants[1].answers.a1.value: must be between 1 and 5" in text


def test_edited_embedded_questionnaire_is_detected():
    raw = json.loads(dump_document(sample()))
    raw["questionnaire"]["title"] = "Changed by hand"
    with pytest.raises(CxError, match="does not match the embedded questionnaire"):
        parse_document_bytes(json.dumps(raw).encode())


def test_huge_file_is_refused_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.cxa"
    save_document(sample(20), path)
    monkeypatch.setattr(storage, "MAX_DOCUMENT_BYTES", 1000)
    with pytest.raises(CxError, match="larger than an assessment can be"):
        load_document(path)


def test_a_document_too_big_to_read_back_is_not_written(tmp_path, monkeypatch):
    path = tmp_path / "big.cxa"
    save_document(sample(2), path)
    before = path.read_bytes()
    monkeypatch.setattr(storage, "MAX_DOCUMENT_BYTES", len(before) + 10)
    with pytest.raises(CxError, match=r"more than an assessment can hold.*Nothing was written"):
        save_document(sample(20), path)
    assert path.read_bytes() == before
    with pytest.raises(CxError, match="Nothing was written"):
        save_document(sample(20), tmp_path / "new.cxa")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.cxa"]


def test_validate_cli_on_bad_document(tmp_path):
    path = tmp_path / "bad.cxa"
    path.write_bytes(b"{not json")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "damaged" in result.stderr


VALID = dump_document(sample())
VALID_RAW = json.loads(VALID)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(VALID_RAW) if p]


def _expect_clean(data: bytes) -> None:
    try:
        parse_document_bytes(data, "fuzz.cxa")
    except CxError as exc:
        assert exc.lines() and all(line.strip() for line in exc.lines())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data):
    _expect_clean(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(VALID) - 1), st.binary(min_size=1, max_size=8))
def test_fuzz_corrupted_bytes(offset, junk):
    _expect_clean(VALID[:offset] + junk + VALID[offset + len(junk) :])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ALL_PATHS), json_values | st.just("__delete__"))
def test_fuzz_mutated_documents(path, replacement):
    raw = json.loads(VALID)
    target = raw
    for part in path[:-1]:
        target = target[part]
    if replacement == "__delete__":
        del target[path[-1]]
    else:
        target[path[-1]] = replacement
    _expect_clean(json.dumps(raw).encode())


def test_temporary_file_is_in_the_same_folder(tmp_path, monkeypatch):
    seen = {}
    real = tempfile.mkstemp

    def spy(*args, **kwargs):
        seen["dir"] = kwargs.get("dir")
        return real(*args, **kwargs)

    monkeypatch.setattr(storage.tempfile, "mkstemp", spy)
    save_document(sample(), tmp_path / "a.cxa")
    assert Path(seen["dir"]) == tmp_path
