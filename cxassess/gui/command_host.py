"""What every File-menu command stands on: the window it runs in, seen through a protocol.

`CommandHost` lists the few things the commands ask of the main window, so the commands
can be tested against a fake; `CommandBase` holds what they share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cxassess.core.document import Assessment
    from cxassess.core.questionnaire import Questionnaire
    from cxassess.gui.prompts import Prompts
    from cxassess.gui.session import DocumentSession

CXA_FILTER = "cxassess assessments (*.cxa)"


class CommandHost(Protocol):
    """What the commands need of the window that runs them."""

    session: DocumentSession
    prompts: Prompts

    def status(self, text: str, ms: int = 5000) -> None: ...
    def ask_unsaved(self) -> str: ...
    def show_page(self, name: str) -> None: ...
    def show_landing(self, page: str = "") -> None: ...
    def show_earlier(self, docs: list[Assessment]) -> None: ...
    def set_recent_menu(self, entries: list[tuple[str, str]]) -> None: ...
    def refresh_start(self) -> None: ...
    def open_room(self, host: str | None = None) -> None: ...
    def results_locked(self) -> bool: ...


class CommandBase:
    """The host, the parent for dialogs, the session and the prompts, with two helpers.

    A plain class: it needs no signals, and a QObject subclass costs start-up time.
    """

    def __init__(self, host: CommandHost, parent: QWidget) -> None:
        self.host = host
        self.parent = parent  # dialogs and messages are centred on it
        self.session = host.session
        self.prompts = host.prompts
        self._exports: list[Any] = []
        self.export_worker: Any = None

    def save(self) -> bool:
        """Save the open document; the document commands say where."""
        raise NotImplementedError

    def _status(self, text: str, ms: int = 5000) -> None:
        self.host.status(text, ms)

    def can_replace(self) -> bool:
        """Before another document replaces this one: save, discard or stay."""
        if self.session.doc is None or not self.session.is_dirty:
            return True
        choice = self.host.ask_unsaved()
        if choice == "save":
            return self.save()
        return choice == "discard"

    def shipped(self) -> Questionnaire:
        from cxassess.core.questionnaire_io import load_questionnaire
        from cxassess.resources import DEFAULT_QUESTIONNAIRE, resolve_questionnaire

        return load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))


__all__ = ["CXA_FILTER", "CommandBase", "CommandHost"]
