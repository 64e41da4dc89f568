"""People seen twice, sealing, and merge conflicts settled one by one."""

from __future__ import annotations

import pytest
from helpers import doc_with, person, run_cli

from cxassess.core.document import Answer
from cxassess.core.merge import find_conflicts, merge_documents
from cxassess.core.people import (
    combine_duplicates,
    finish,
    likely_duplicates,
    unanswered,
    unfinished,
    unlock,
)
from cxassess.core.problems import CxError
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document


def test_same_name_and_role_under_new_ids_is_a_likely_duplicate(small_q):
    people = [
        person("Ana Lima", {"a1": 4}, "Sales"),
        person("Bo", {"a1": 2}),
        person("  ana  lima ", {"a1": 4}, "sales"),  # the same spreadsheet row, imported again
        person("Ana Lima", {"a1": 1}, "Support"),  # a different Ana
    ]
    groups = likely_duplicates(people)
    assert [[p.name for p in g] for g in groups] == [["Ana Lima", "ana lima"]]


def test_combining_keeps_the_latest_answer_and_counts_the_person_once(small_q):
    first = person("Ana", {"a1": 4, "a2": 3}, "Sales")
    first.answers["a1"] = Answer(value=4, answered_at="2026-01-01T10:00:00Z")
    again = person("Ana", {"b1": 5}, "Sales")
    again.answers["a1"] = Answer(value=2, answered_at="2026-01-02T10:00:00Z")
    bo = person("Bo", {"a1": 5})
    doc = doc_with(small_q, [first, bo, again])
    before = score_document(doc)
    assert before.question("a1").n == 3
    doc.participants = combine_duplicates(doc.participants, likely_duplicates(doc.participants))
    assert [p.name for p in doc.participants] == ["Ana", "Bo"]
    ana = doc.participants[0]
    assert ana.id == first.id
    assert {q: a.value for q, a in ana.answers.items()} == {"a1": 2, "a2": 3, "b1": 5}
    assert score_document(doc).question("a1").n == 2


def test_finishing_seals_and_unlocking_reopens(small_q):
    ana, bo = person("Ana", {"a1": 4}), person("Bo", {})
    doc = doc_with(small_q, [ana, bo])
    assert [p.name for p in unfinished(doc)] == ["Ana", "Bo"]
    assert [q.id for q in unanswered(doc, ana)] == ["a2", "b1", "b2"]
    finish(doc, ana.id)
    assert ana.sealed and [p.name for p in unfinished(doc)] == ["Bo"]
    unlock(doc, ana.id)
    assert not ana.sealed


def test_sealing_survives_a_save(tmp_path, small_q):
    # Files from before sealing existed: tests/test_old_formats.py, with real old files.
    ana = person("Ana", {"a1": 4})
    doc = doc_with(small_q, [ana, person("Bo", {})], round_open=True)
    finish(doc, ana.id)
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    back = load_document(path)
    assert back.round_open and back.participants[0].sealed and not back.participants[1].sealed


def _conflicting(small_q, first_at: str, second_at: str):
    ana = person("Ana", {"a1": 4, "a2": 1})
    ana.answers["a1"] = Answer(value=4, answered_at=first_at)
    later = ana.model_copy(deep=True)
    later.answers["a1"] = Answer(value=2, answered_at=second_at)
    later.answers["a2"] = Answer(value=1, comment="Only after complaints")
    return doc_with(small_q, [ana]), doc_with(small_q, [later])


def test_each_conflict_can_be_settled_on_its_own(small_q):
    one, two = _conflicting(small_q, "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z")
    conflicts = find_conflicts([one, two], ["one.cxa", "two.cxa"])
    assert [(c.question, [label for label, _ in c.choices]) for c in conflicts] == [
        ("a1", ["one.cxa", "two.cxa"]),
        ("a2", ["one.cxa", "two.cxa"]),
    ]
    assert conflicts[0].describe() == "answered 4 in one.cxa but 2 in two.cxa"
    # a difference in the comment alone is said as such
    assert (
        conflicts[1].describe() == "commented '' in one.cxa but 'Only after complaints' in two.cxa"
    )
    choices = {conflicts[0].key: 0, conflicts[1].key: 1}
    merged = merge_documents([one, two], ["one.cxa", "two.cxa"], choices=choices)
    answers = merged.participants[0].answers
    assert answers["a1"].value == 4 and answers["a2"].comment == "Only after complaints"
    with pytest.raises(CxError) as info:
        merge_documents([one, two], ["one.cxa", "two.cxa"], choices={conflicts[0].key: 1})
    assert "Only after complaints" in "\n".join(info.value.lines())


def test_prefer_latest_refuses_to_guess_on_equal_times(small_q):
    one, two = _conflicting(small_q, "2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z")
    two.participants[0].answers["a2"] = one.participants[0].answers["a2"].model_copy()
    with pytest.raises(CxError) as info:
        merge_documents([one, two], ["one.cxa", "two.cxa"], prefer_latest=True)
    text = "\n".join(info.value.lines())
    assert "same time" in text and "answered 4 in one.cxa but 2 in two.cxa" in text
    # in either order: never silently the first file
    with pytest.raises(CxError):
        merge_documents([two, one], ["two.cxa", "one.cxa"], prefer_latest=True)


def test_merge_command_says_who_looks_duplicated_and_combines_on_request(tmp_path, small_q):
    a = tmp_path / "a.cxa"
    b = tmp_path / "b.cxa"
    save_document(doc_with(small_q, [person("Ana", {"a1": 4}, "Sales")]), a)
    # the same spreadsheet imported again gives the same people new ids
    save_document(doc_with(small_q, [person("Ana", {"a1": 4}, "Sales"), person("Bo", {})]), b)
    out = tmp_path / "m.cxa"
    result = run_cli("merge", str(a), str(b), "-o", str(out))
    assert result.returncode == 1 and not out.exists()
    assert "Ana (Sales) appears 2 times" in result.stderr
    assert "--combine-duplicates" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("merge", str(a), str(b), "-o", str(out), "--combine-duplicates")
    assert result.returncode == 0, result.stderr
    assert "1 duplicate(s) combined" in result.stdout
    assert [p.name for p in load_document(out).participants] == ["Ana", "Bo"]
    result = run_cli("merge", str(a), str(b), "-o", str(out), "--keep-duplicates")
    assert result.returncode == 0
    assert [p.name for p in load_document(out).participants] == ["Ana", "Ana", "Bo"]


def test_a_damaged_file_message_reads_as_one_sentence():
    from cxassess.core.storage import parse_document_bytes

    with pytest.raises(CxError) as info:
        parse_document_bytes(b'{"format_version": 3, "team": "Ops', "w.cxa")
    message = info.value.message
    assert "Unterminated string starting at (line 1, column 31)" in message
    assert "at at" not in message


def test_a_failed_save_of_a_new_file_does_not_speak_of_an_existing_one(tmp_path):
    from cxassess.core.storage import atomic_write_bytes

    with pytest.raises(CxError) as info:
        atomic_write_bytes(tmp_path / "missing-folder" / "new.cxa", b"{}")
    assert "Nothing was written" in info.value.message
    assert "existing file" not in info.value.message
