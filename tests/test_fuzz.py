"""Structure-aware fuzzing of every loader and of the command line.

Valid inputs are taken apart: a value anywhere replaced by one of the wrong type, a
non-finite number, a huge string, deep nesting or control characters; keys dropped or
invented; old formats; bytes cut short. Whatever comes in, the answer is a result or a
CxError, never another exception, and a command that fails writes nothing.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
from pathlib import Path
from typing import Any

import yaml
from helpers import small_questionnaire_data
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from cxassess import cli
from cxassess.core.csv_import import parse_responses_csv
from cxassess.core.demo import demo_workshop
from cxassess.core.problems import CxError
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.results_json import scores_to_json
from cxassess.core.scoring import score_document
from cxassess.core.storage import dump_document, parse_document_bytes
from cxassess.core.validation import parse_questionnaire
from cxassess.core.yamlsource import load_yaml
from cxassess.resources import questionnaires_dir


def fuzz(examples: int) -> settings:
    """Settings for a fuzz test: many examples, no deadline, no stored failures."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
        database=None,
        # the first failing input is reported as found: shrinking a 100 KB input took
        # minutes of CI time for no clearer an example
        phases=[Phase.explicit, Phase.generate],
    )


DEEP = "\u2063deep\u2063"  # stands for nesting too deep to build as Python data
CONTROL = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127, 0x85, 0xFFFE))

hostile = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0]),
    st.text(max_size=40),
    st.text(alphabet=CONTROL, min_size=1, max_size=5),
    st.sampled_from(["x" * 100_000, "word " * 20_000, "\n" * 5000, "<b>&", DEEP]),
    st.lists(st.integers(-3, 9), max_size=4),
    st.dictionaries(st.text(max_size=6), st.integers(-3, 9), max_size=3),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*path, key)))
    elif isinstance(value, list):
        for i, child in enumerate(value[:3]):  # a few of each list is enough to reach every shape
            found.extend(_paths(child, (*path, i)))
    return found


def _mutate(data: st.DataObject, value: Any, rounds: int = 3) -> Any:
    """The value with one to `rounds` structural mutations at random places."""
    value = json.loads(json.dumps(value))
    for _ in range(data.draw(st.integers(1, rounds))):
        paths = _paths(value)
        path = paths[data.draw(st.integers(0, len(paths) - 1))]
        if not path:
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        kind = data.draw(st.sampled_from(["replace", "replace", "delete", "add", "wrap"]))
        if kind == "replace":
            parent[key] = data.draw(hostile)
        elif kind == "delete":
            del parent[key]
        elif kind == "add" and isinstance(parent, dict):
            parent[data.draw(st.text(max_size=12))] = data.draw(hostile)
        elif kind == "wrap":
            parent[key] = [parent[key]]
    return value


def _dumps(value: Any) -> str:
    text = json.dumps(value, allow_nan=True, ensure_ascii=False)
    return text.replace(json.dumps(DEEP), "[" * 100_000 + "]" * 100_000)


def _text_damage(data: st.DataObject, text: str) -> str:
    kind = data.draw(st.sampled_from(["none", "cut", "control", "nest", "bytes"]))
    at = data.draw(st.integers(0, len(text)))
    if kind == "cut":
        return text[:at]
    if kind == "control":
        return text[:at] + data.draw(st.text(alphabet=CONTROL, min_size=1, max_size=3)) + text[at:]
    if kind == "nest":
        depth = data.draw(st.sampled_from([70, 400, 3000]))
        return text[:at] + "[" * depth + "]" * depth + text[at:]
    if kind == "bytes":
        return text[:at] + data.draw(st.text(max_size=8)) + text[at:]
    return text


# --- questionnaires (YAML) -----------------------------------------------------------

SMALL_YAML = small_questionnaire_data(questions_per_dim=2)


@fuzz(1500)
@given(st.data())
def test_questionnaire_loader_never_raises_anything_but_cxerror(data):
    raw = _mutate(data, SMALL_YAML)
    text = yaml.safe_dump(raw, allow_unicode=True, sort_keys=False).replace(
        repr(DEEP), "[" * 500 + "]" * 500
    )
    text = _text_damage(data, text)
    try:
        parsed, lines = load_yaml(text, "fuzz.yaml")
        parse_questionnaire(parsed, lines, "fuzz.yaml")
    except CxError as exc:
        assert exc.message
        long = [line for line in exc.lines() if len(line) >= 2_000]
        assert not long, long[0][:300]


# --- responses (CSV) -----------------------------------------------------------------

SHIPPED = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
QIDS = [qu.id for _, qu in SHIPPED.questions()]
cells = st.one_of(
    st.sampled_from(["1", "2", "5", "NA", "", " 3 ", "3,0", "2.5", "6", "-1", "1e3", "nan"]),
    st.text(max_size=12),
    st.text(alphabet=CONTROL + ',;"\n\r', max_size=6),
    st.just("x" * 5000 + "\n" * 50),
)


@fuzz(1500)
@given(
    header=st.lists(st.sampled_from(["participant", "role", *QIDS[:6], "zz", ""]), max_size=8),
    rows=st.lists(st.lists(cells, max_size=9), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
)
def test_csv_loader_never_raises_anything_but_cxerror(header, rows, delimiter, bom):
    def line(values: list[str]) -> str:
        return delimiter.join('"' + v.replace('"', '""') + '"' if v else "" for v in values)

    text = ("\ufeff" if bom else "") + "\n".join(line(r) for r in [header, *rows])
    try:
        people = parse_responses_csv(text, SHIPPED, "fuzz.csv")
    except CxError as exc:
        assert all(len(line) < 600 for line in exc.lines()), "a message echoed a whole cell"
    else:
        assert all(1 <= len(p.name) <= 200 for p in people)


# --- assessments (.cxa) --------------------------------------------------------------

DEMO = json.loads(dump_document(demo_workshop(SHIPPED)))
DEMO["participants"] = DEMO["participants"][:3]
DEMO["roadmap"] = DEMO["roadmap"][:3]
OLD_FORMATS = [
    {**DEMO, "format_version": 2},
    {
        "format_version": 1,
        "questionnaire": DEMO["questionnaire"],
        "questionnaire_hash": DEMO["questionnaire_hash"],
        "participants": [{"id": "p1", "name": "Ana"}],
        "answers": {"p1": {QIDS[0]: 3, QIDS[1]: None}},
        "agreed": {QIDS[0]: 3},
        "date": "2026-01-05",
    },
]


def _check_document(data: bytes) -> None:
    try:
        doc = parse_document_bytes(data, "fuzz.cxa")
    except CxError as exc:
        assert exc.message
        return
    scores = score_document(doc)
    json.dumps(scores_to_json(doc, scores), allow_nan=False)
    # the data round-trips (a note that a date was reconstructed is not data)
    assert parse_document_bytes(dump_document(doc), "again.cxa").model_dump() == doc.model_dump()


@fuzz(1500)
@given(st.data(), st.sampled_from([DEMO, DEMO, DEMO, *OLD_FORMATS]))
def test_document_loader_never_raises_anything_but_cxerror(data, start):
    raw = _mutate(data, start)
    _check_document(_text_damage(data, _dumps(raw)).encode("utf-8", "surrogatepass"))


# --- the command line ----------------------------------------------------------------


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@fuzz(600)
@given(
    st.data(),
    st.sampled_from(["score", "score-json", "validate", "export", "import", "merge", "compare"]),
)
def test_commands_answer_with_a_status_and_write_nothing_on_failure(
    tmp_path_factory, data, command
):
    folder = tmp_path_factory.mktemp("cli")
    doc_path = folder / "in.cxa"
    doc_path.write_bytes(
        _text_damage(data, _dumps(_mutate(data, DEMO, 2))).encode("utf-8", "surrogatepass")
    )
    outputs = [folder / "out.cxa", folder / "a.csv", folder / "r.csv"]
    if command == "score":
        argv = ["score", str(doc_path)]
    elif command == "score-json":
        argv = ["score", "--json", str(doc_path)]
    elif command == "validate":
        argv = ["validate", str(doc_path)]
    elif command == "export":
        target = data.draw(st.sampled_from([str(outputs[2]), str(folder / "missing" / "r.csv")]))
        argv = ["export", str(doc_path), "--csv", str(outputs[1]), "--roadmap-csv", target]
    elif command == "import":
        csv_path = folder / "in.csv"
        header = ",".join(["participant", *QIDS[:3]])
        body = "\n".join(
            ",".join(data.draw(st.lists(cells, min_size=4, max_size=4))) for _ in range(3)
        )
        csv_path.write_text(_text_damage(data, header + "\n" + body), errors="surrogatepass")
        argv = ["import", str(csv_path), "-o", str(outputs[0])]
    elif command == "merge":
        other = folder / "other.cxa"
        other.write_text(json.dumps(DEMO))
        argv = ["merge", str(doc_path), str(other), "-o", str(outputs[0])]
    else:
        argv = ["compare", str(doc_path), str(doc_path), "--json"]
    code, out, err = _run(argv)
    assert code in (0, 1, 2), f"{argv}: exit {code}: {err}"
    assert "Traceback" not in err
    if code == 0:
        if command in ("score-json", "compare"):
            json.loads(out, parse_constant=lambda token: (_ for _ in ()).throw(ValueError(token)))
    else:
        assert not [p for p in outputs if p.exists()], f"{argv} failed but wrote files: {err}"
        assert not [n for n in os.listdir(folder) if n.endswith(".tmp")]
