"""The app's import: a preview of what each column holds, a choice where it did not match."""

from __future__ import annotations

import survey_exports as ex
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox

from cxassess.core.storage import load_document


def _needs_choices(shipped, tmp_path):
    team = ex.people(shipped, 3)
    path = ex.surveymonkey(shipped, tmp_path / "sm.csv", team)
    owner = next(qu for _, qu in shipped.questions() if qu.id == "cm-owner")
    text = path.read_text(encoding="utf-8").replace(owner.text, owner.text + " (retyped)", 1)
    text = text.replace(shipped.scale.labels[2], "Sometimes")
    path.write_text(text, encoding="utf-8")
    return path, team


def _dialog():
    from cxassess.gui.imports.preview import ImportPreviewDialog

    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ImportPreviewDialog) and w.isVisible()
    )


def test_the_preview_settles_a_column_and_an_answer_then_imports(qtbot, window, shipped, tmp_path):
    path, team = _needs_choices(shipped, tmp_path)
    seen = {}

    def drive():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
        seen["summary"] = dialog.summary.text()
        seen["import_enabled_before"] = dialog.import_button.isEnabled()
        columns = dialog.found.pending_columns
        seen["pending"] = [(c.header, c.proposal.question if c.proposal else None) for c in columns]
        combo = dialog.findChild(QComboBox, f"importColumn{columns[0].index}")
        seen["hint"] = combo.itemText(0)
        combo.setCurrentIndex(combo.findData("cm-owner"))
        qtbot.waitUntil(
            lambda: not dialog._busy and not dialog.found.pending_columns, timeout=10_000
        )
        value = dialog.findChild(QComboBox, "importValue0")
        value.setCurrentIndex(value.findData("3"))
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        dialog.resize(1024 - 40, 768 - 80)
        dialog.grab().save(str(tmp_path / "preview.png"))
        dialog.import_button.click()

    QTimer.singleShot(0, drive)
    assert window.commands.import_csv(path)
    assert "SurveyMonkey export: 3 people" in seen["summary"]
    assert seen["import_enabled_before"] is False
    assert len(seen["pending"]) == 1 and seen["pending"][0][1] == "cm-owner"
    assert "looks like cm-owner" in seen["hint"]
    doc = window.session.doc
    assert sorted(p.name for p in doc.participants) == sorted(p.name for p in team)
    for person in team:
        got = next(p for p in doc.participants if p.name == person.name)
        assert {q: a.value for q, a in got.answers.items()} == person.answers
    assert doc.assessed_on == max(p.sent for p in team).date()


def test_cancelling_the_preview_changes_nothing(qtbot, window, shipped, tmp_path):
    path, _ = _needs_choices(shipped, tmp_path)
    before = window.session.doc

    def cancel():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not window.commands.import_csv(path)
    assert window.session.doc is before


def test_a_saved_mapping_is_used_for_the_next_wave(qtbot, window, shipped, tmp_path):
    from cxassess.core.import_result import mapping_entries
    from cxassess.core.mapping import dump_mapping
    from cxassess.core.survey_import import read_export

    path, _ = _needs_choices(shipped, tmp_path)
    result = read_export(path, shipped)
    columns, _ = mapping_entries(result, shipped)
    mapping = tmp_path / "m.yaml"
    mapping.write_text(dump_mapping(columns, [("Sometimes", "3", "")], False), encoding="utf-8")

    def use():
        dialog = _dialog()
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=10_000)
        assert dialog.use_mapping(mapping)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        dialog.import_button.click()

    QTimer.singleShot(0, use)
    assert window.commands.import_csv(path)
    assert len(window.session.doc.participants) == 3
    saved = tmp_path / "saved.cxa"
    window.commands._save_to(saved)
    assert len(load_document(saved).participants) == 3
