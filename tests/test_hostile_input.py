"""Each class of hostile input found by fuzzing: a clear error, no traceback, nothing written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from helpers import run_cli

from cxassess.core.demo import demo_workshop
from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.storage import dump_document, save_document


def _refused(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


@pytest.fixture
def demo_file(shipped, tmp_path):
    path = tmp_path / "demo.cxa"
    save_document(demo_workshop(shipped), path)
    return path


def test_yaml_nested_hundreds_deep_is_refused_with_its_line(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text("id: x\nscale:\n  points: " + "[" * 400 + "]" * 400 + "\n")
    _refused(run_cli("validate", str(path)), f"{path} nests more than 64 levels deep (line 3)")


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x1b"])
def test_yaml_control_character_is_named_with_line_and_column(tmp_path, char):
    path = tmp_path / "ctl.yaml"
    path.write_text(f"id: x\ntitle: Cust{char}omer\n")
    _refused(run_cli("validate", str(path)), "line 2, column 12", f"U+{ord(char):04X}")


def test_alias_limit_names_the_file(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text("a: &x 1\nb: [" + ", ".join(["*x"] * 150) + "]\n")
    _refused(run_cli("validate", str(path)), f"{path} uses more than 100 aliases")


def _format_1(shipped, **parts):
    raw = json.loads(dump_document(Assessment.new(shipped)))
    base = {
        "format_version": 1,
        "questionnaire": raw["questionnaire"],
        "questionnaire_hash": raw["questionnaire_hash"],
    }
    return {**base, **parts}


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ({"participants": {"a": 1}}, "participants: must be a list of people"),
        ({"participants": "Ana"}, "participants: must be a list of people"),
        (
            {"participants": [{"id": "p1", "name": "Ana"}], "answers": {"p1": [1, 2]}},
            "answers.p1: must map question ids to values",
        ),
        ({"participants": [], "answers": [1]}, "answers: must map each participant id"),
        ({"participants": [], "agreed": "yes"}, "agreed: must map question ids"),
        ({"participants": [7]}, "participants[0]"),
    ],
)
def test_misshapen_format_1_files_are_refused_by_every_command(shipped, tmp_path, parts, message):
    path = tmp_path / "old.cxa"
    path.write_text(json.dumps(_format_1(shipped, **parts)))
    for command in (["validate"], ["score"], ["score", "--json"]):
        _refused(run_cli(*command, str(path)), message)
    out = tmp_path / "r.pdf"
    _refused(run_cli("report", str(path), "-o", str(out)), message)
    assert not out.exists()


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused_when_loading(demo_file, token):
    text = demo_file.read_text()
    raw = json.loads(text)
    raw["roadmap"][0]["priority"] = 12345.5
    demo_file.write_text(json.dumps(raw).replace("12345.5", token))
    result = run_cli("score", "--json", str(demo_file))
    _refused(result, "which is not a number a cxassess file can hold", "line 1, column")
    assert result.stdout == ""


def test_score_json_is_strict_json(demo_file):
    result = run_cli("score", "--json", str(demo_file))
    assert result.returncode == 0
    json.loads(result.stdout, parse_constant=lambda token: pytest.fail(f"{token} printed"))


def test_export_with_an_unwritable_second_output_writes_neither(demo_file, tmp_path):
    answers = tmp_path / "answers.csv"
    result = run_cli(
        "export", str(demo_file), "--csv", str(answers), "--roadmap-csv", "/nonexistent/r.csv"
    )
    _refused(result, "/nonexistent/r.csv", "Nothing was written")
    assert not answers.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cxa"]  # no stray temp file


def test_export_writes_both_when_it_can(demo_file, tmp_path):
    result = run_cli(
        "export",
        str(demo_file),
        "--csv",
        str(tmp_path / "a.csv"),
        "--roadmap-csv",
        str(tmp_path / "r.csv"),
    )
    assert result.returncode == 0, result.stderr
    assert (
        (tmp_path / "a.csv").read_text().startswith('"participant","role","dimension","question"')
    )
    assert (tmp_path / "r.csv").read_text().startswith('"horizon","action",')


def test_demo_into_an_unwritable_place_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    _refused(
        run_cli("demo", "-o", str(blocker / "out")),
        "Could not make the folder",
        "Nothing was written",
    )


def test_report_with_a_logo_that_is_not_an_image(demo_file, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_text("this is text, not a PNG")
    out = tmp_path / "r.pdf"
    _refused(
        run_cli("report", str(demo_file), "-o", str(out), "--logo", str(logo)),
        "is not an image that can go in a PDF",
    )
    assert not out.exists()


def test_a_closed_pipe_ends_quietly(demo_file):
    process = subprocess.Popen(
        [sys.executable, "-m", "cxassess.cli", "score", "--json", str(demo_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `| head` finishing before cxassess writes
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert err.strip() == ""


def test_a_csv_problem_shows_one_short_line_of_the_cell(shipped, tmp_path):
    first = next(qu.id for _, qu in shipped.questions())
    cell = "not a number\n" + "and a long second line " * 20
    path = tmp_path / "r.csv"
    path.write_text(f'participant,{first}\nAna,"{cell}"\n')
    result = run_cli("import", str(path), "-o", str(tmp_path / "o.cxa"))
    _refused(result, "“not a number…” is not an answer")
    assert "second line" not in result.stderr
    assert not (tmp_path / "o.cxa").exists()


def test_files_are_compact_enough_for_fifty_thousand_people(shipped, tmp_path):
    qids = [qu.id for _, qu in shipped.questions()]
    people = [
        Participant(
            name=f"Person {i}",
            role="Sales",
            answers={q: Answer(value=1 + (i + j) % 5) for j, q in enumerate(qids)},
        )
        for i in range(500)
    ]
    doc = Assessment.new(shipped, participants=people)
    empty = len(dump_document(Assessment.new(shipped)))
    per_person = (len(dump_document(doc)) - empty) / 500
    assert per_person * 50_000 + empty < 64 * 1024 * 1024, per_person
