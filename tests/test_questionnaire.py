"""The questionnaire format, its validation messages and the shipped questionnaire."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from helpers import refusal_messages, run_cli, shipped_statements, small_questionnaire_data

from cxassess.core.problems import CxError
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.schema import schema_text
from cxassess.core.validation import parse_questionnaire
from cxassess.resources import questionnaires_dir

ROOT = Path(__file__).resolve().parents[1]


def write_yaml(tmp_path: Path, data: object, name: str = "q.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_questionnaire_is_valid_and_complete(shipped):
    assert [d.id for d in shipped.dimensions] == [
        "commitment",
        "ideal-customer",
        "listening",
        "action",
    ]
    assert len(shipped.levels) == 5
    for dim in shipped.dimensions:
        assert len(dim.questions) >= 6, dim.id
        for q in dim.questions:
            assert len(q.anchors) == shipped.scale.points
            assert len(q.actions) >= 2
            assert all(a.kpi and a.effort in {"low", "medium", "high"} for a in q.actions)
    assert len(shipped.references) >= 5


def test_shipped_questions_and_anchors_are_distinct(shipped):
    texts = [q.text for _, q in shipped.questions()]
    assert len(set(texts)) == len(texts)
    anchors = [a for _, q in shipped.questions() for a in q.anchors]
    assert len(set(anchors)) == len(anchors)
    actions = [a.text for _, q in shipped.questions() for a in q.actions]
    assert len(set(actions)) == len(actions)


def test_validate_cli_accepts_shipped_file_and_name():
    result = run_cli("validate", str(ROOT / "questionnaires" / "customer-centric-culture.yaml"))
    assert result.returncode == 0, result.stderr
    assert f"{shipped_statements()} questions" in result.stdout
    by_name = run_cli("validate", "customer-centric-culture")
    assert by_name.returncode == 0, by_name.stderr


def test_content_hash_changes_with_content(small_q):
    data = small_questionnaire_data()
    same = parse_questionnaire(data)
    assert same.content_hash == small_q.content_hash
    data["dimensions"][0]["questions"][0]["text"] = "Changed"
    assert parse_questionnaire(data).content_hash != small_q.content_hash


def broken_data():
    data = small_questionnaire_data()
    dims = data["dimensions"]
    dims[1]["questions"][1]["id"] = "a1"  # duplicate question id
    dims[0]["questions"][1]["anchors"] = dims[0]["questions"][1]["anchors"][:4]  # wrong count
    data["levels"][2]["start"] = 1.5  # out of order
    dims[1]["questions"][0]["text"] = "   "  # empty text
    dims[0]["colour"] = "red"  # unknown key
    return data


def test_every_fault_is_listed_with_path_and_line(tmp_path):
    path = write_yaml(tmp_path, broken_data())
    with pytest.raises(CxError) as info:
        load_questionnaire(path)
    lines = info.value.lines()
    text = "\n".join(lines)
    assert "dimensions[1].questions[1].id: duplicate question id 'a1'" in text
    assert "dimensions[0].questions[1].anchors: has 4 anchors but the scale has 5 points" in text
    assert "levels[2].start: levels must start in increasing order" in text
    assert "dimensions[1].questions[0].text: must not be empty" in text
    assert "dimensions[0].colour: is not a known field" in text
    assert len(lines) == 5
    source = path.read_text().splitlines()
    for line in lines:
        # file:line: path: message, and the line really holds that field
        _, line_no, rest = line.split(":", 2)
        field = rest.strip().split(":")[0].split(".")[-1].split("[")[0]
        assert field in source[int(line_no) - 1], line


def test_validate_cli_reports_every_fault_and_exits_1(tmp_path):
    path = write_yaml(tmp_path, broken_data())
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count(str(path) + ":") == 5


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ntitle: [unclosed\nversion: '1'\n")
    result = run_cli("validate", str(path))
    assert result.returncode == 1
    assert f"{path}:" in result.stderr and "YAML syntax error" in result.stderr


def test_alias_bomb_fails_fast(tmp_path):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = f"*a{i - 1}"
        lines.append(f"a{i}: &a{i} [{', '.join([prev] * 9)}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    start = time.perf_counter()
    with pytest.raises(CxError, match="aliases"):
        load_questionnaire(path)
    assert time.perf_counter() - start < 1.0


def test_few_aliases_expanding_hugely_are_refused(tmp_path):
    # 30 aliases, but each level doubles: 2**30 values once expanded
    lines = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 16)]
    path = tmp_path / "bomb2.yaml"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(CxError, match="expands"):
        load_questionnaire(path)


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text("# " + "x" * (3 * 1024 * 1024))
    with pytest.raises(CxError, match="larger than"):
        load_questionnaire(path)


def test_yaml_11_pitfalls_are_explained(tmp_path):
    data = small_questionnaire_data()
    text = yaml.safe_dump(data, sort_keys=False).replace("version: '1'", "version: 1.10")
    text = text.replace("- '1'\n", "- no\n", 1)  # a label 'no' stays text
    path = tmp_path / "q.yaml"
    path.write_text(text)
    with pytest.raises(CxError) as info:
        load_questionnaire(path)
    (problem,) = info.value.problems
    assert problem.path == ("version",)
    assert "quotes" in problem.message


def test_label_no_stays_text(tmp_path):
    text = yaml.safe_dump(small_questionnaire_data(), sort_keys=False).replace(
        "- '1'\n", "- no\n", 1
    )
    q = load_questionnaire(write_text(tmp_path, text))
    assert q.scale.labels[0] == "no"


def write_text(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "q.yaml"
    path.write_text(text)
    return path


def test_action_level_must_exist_and_be_above_lowest(tmp_path):
    data = small_questionnaire_data()
    data["dimensions"][0]["questions"][0]["actions"][0]["level"] = "nine"
    data["dimensions"][0]["questions"][1]["actions"][0]["level"] = "one"
    messages = refusal_messages(data)
    assert "'nine' is not one of the levels" in messages
    assert "lowest level" in messages


def test_published_schema_is_up_to_date():
    published = (questionnaires_dir() / "schema.json").read_text(encoding="utf-8")
    assert published == schema_text(), "run: uv run python -m cxassess.core.schema"


def test_level_and_index(shipped):
    assert shipped.level_for(1.0).id == "reactive"
    # A score is at the level of the answer it rounds to, halves up.
    assert shipped.level_for(1.49).id == "reactive"
    assert shipped.level_for(1.5).id == "aware"
    assert shipped.level_for(2.54).id == "developing"  # as an answer of 3 reads
    assert shipped.level_for(4.49).id == "established"  # most answers at 4 are not the top
    assert shipped.level_for(4.5).id == "customer-led"
    assert shipped.level_for(5).id == "customer-led"
    assert shipped.to_index(1) == 0 and shipped.to_index(5) == 100 and shipped.to_index(3) == 50


def test_a_figure_keeps_two_decimals_only_where_one_would_cross_into_another_level(shipped):
    # Developing starts at 2.5: 2.46 is Aware, and "2.5" would say Developing.
    assert shipped.figure(2.46) == "2.46"
    assert shipped.figure(2.44) == "2.4"
    assert shipped.figure(3.45) == "3.45"
    assert shipped.figure(3.2) == "3.2"


def test_a_figure_rounds_halves_up_the_same_wherever_it_comes_from(shipped):
    from cxassess.core.text import tenths

    # Computed (2.1499999999999995), or read back from a file at three decimals (2.15,
    # stored as 2.149999…): the team report and the portfolio print the same "2.2".
    assert tenths(2.1499999999999995) == tenths(2.15) == "2.2"
    assert shipped.figure(sum([2.0, 2.3]) / 2) == "2.2"
    assert tenths(2.149) == "2.1" and tenths(3.0) == "3.0"
