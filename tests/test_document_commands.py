"""The File menu's commands run against a fake window: they need only `CommandHost`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from cxassess.core.storage import load_document
from cxassess.gui.document_commands import DocumentCommands
from cxassess.gui.session import DocumentSession


class FakePrompts:
    def __init__(self, save_to: Path | None = None) -> None:
        self.save_to = save_to

    def ask_save_path(self, title: str, suggestion: str, filter_: str) -> Path | None:
        return self.save_to


class FakeHost:
    """Records what the commands ask of the window, and answers 'unsaved?' as told."""

    def __init__(self, parent: QWidget, unsaved: str = "cancel", save_to: Path | None = None):
        self.session = DocumentSession(parent)
        self.prompts = FakePrompts(save_to)
        self.unsaved = unsaved
        self.calls: list[tuple[str, object]] = []

    def status(self, text: str, ms: int = 5000) -> None:
        self.calls.append(("status", text))

    def ask_unsaved(self) -> str:
        self.calls.append(("ask_unsaved", None))
        return self.unsaved

    def show_page(self, name: str) -> None:
        self.calls.append(("show_page", name))

    def show_landing(self, page: str = "") -> None:
        self.calls.append(("show_landing", page))

    def show_earlier(self, docs) -> None:
        self.calls.append(("show_earlier", len(docs)))

    def set_recent_menu(self, entries) -> None:
        self.calls.append(("set_recent_menu", len(entries)))

    def refresh_start(self) -> None:
        self.calls.append(("refresh_start", None))

    def open_room(self, host: str | None = None) -> None:
        self.calls.append(("open_room", host))

    def results_locked(self) -> bool:
        return False


def _commands(qtbot, **kw) -> tuple[DocumentCommands, FakeHost]:
    parent = QWidget()
    qtbot.addWidget(parent)
    host = FakeHost(parent, **kw)
    return DocumentCommands(host, parent), host


def test_a_new_workshop_goes_to_set_up_and_a_changed_one_is_not_replaced_on_cancel(qtbot, app_env):
    commands, host = _commands(qtbot, unsaved="cancel")
    commands.new(team=True)
    doc = host.session.require()
    assert doc.is_team and len(doc.participants) == 3
    assert host.calls == [("show_page", "setup")]

    host.session.set_fields("Team name", "fields", team="Support")
    assert host.session.is_dirty
    commands.new(team=False)  # the user cancels at "save your changes?"
    assert ("ask_unsaved", None) in host.calls
    assert host.session.require() is doc and doc.team == "Support"

    host.unsaved = "discard"
    commands.new(team=False)
    assert not host.session.require().is_team
    host.session.shutdown()


def test_save_as_writes_the_file_and_tells_the_window(qtbot, app_env, tmp_path):
    target = tmp_path / "team.cxa"
    commands, host = _commands(qtbot, save_to=target)
    commands.new(team=False)
    assert commands.save()
    assert load_document(target).id == host.session.require().id
    assert any(name == "set_recent_menu" for name, _ in host.calls)
    assert not host.session.is_dirty
    host.session.shutdown()
