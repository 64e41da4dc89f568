"""The windows that accompany the main one: the room, the presenter and the portfolio.

Each is opened at most once and closed with the main window, so quitting never leaves
a room serving phones, a presenter on the projector or a portfolio behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import show_info

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from cxassess.gui.portfolio.window import PortfolioWindow
    from cxassess.gui.presenter.window import PresenterWindow
    from cxassess.gui.room.window import RoomWindow
    from cxassess.gui.session import DocumentSession


class Companions:
    """Opens, raises and closes the main window's companion windows."""

    def __init__(
        self, parent: QWidget, session: DocumentSession, room_closed: Callable[[], None]
    ) -> None:
        self._parent = parent
        self._session = session
        self._room_closed = room_closed
        self.room: RoomWindow | None = None
        self.presenter: PresenterWindow | None = None
        self.portfolio: PortfolioWindow | None = None

    def open_room(self, host: str) -> None:
        """Serve the open document to phones; an open room is raised instead."""
        from cxassess.gui.room.window import RoomWindow

        if self.room is not None:
            self.room.raise_()
            self.room.activateWindow()
            return
        self._session.open_round()
        try:
            self.room = RoomWindow(self._session, host)
        except OSError as exc:
            show_info(self._parent, tr("The room could not open: %s") % exc.strerror)
            return
        self.room.closed.connect(self._closed_room)
        self.room.show()

    def _closed_room(self) -> None:
        self.room = None
        self._room_closed()

    def close_room(self) -> None:
        if self.room is not None:
            self.room.close()  # its last answers are written before the copy is let go

    def toggle_presenter(self) -> None:
        from cxassess.gui.presenter.window import PresenterWindow

        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self._session)
        self.presenter.present()

    def hide_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()

    def open_portfolio(
        self,
        folder: Path,
        open_file: Callable[[Path], object],
        ask_save: Callable[..., Path | None],
    ) -> None:
        from cxassess.gui.portfolio.window import PortfolioWindow

        if self.portfolio is not None:
            self.portfolio.close()
        self.portfolio = PortfolioWindow(folder, open_file, ask_save)
        self.portfolio.show()

    def close_all(self) -> None:
        """Close every companion, as the main window closes."""
        self.hide_presenter()
        self.close_room()
        if self.portfolio is not None:
            self.portfolio.close()
            self.portfolio = None


__all__ = ["Companions"]
