"""The window's screens, built the first time each is asked for.

Building lazily keeps start-up fast: the set-up or results screen imports pydantic and
matplotlib, which the start screen does not need. `get` is typed per name, so callers
get an `AnswerPage` for "answer" rather than a bare widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, overload

from PySide6.QtWidgets import QStackedWidget, QWidget

if TYPE_CHECKING:
    from cxassess.gui.pages.answer_page import AnswerPage
    from cxassess.gui.pages.handover_page import HandoverPage
    from cxassess.gui.pages.results_page import ResultsPage
    from cxassess.gui.pages.roadmap_page import RoadmapPage
    from cxassess.gui.pages.setup_page import SetupPage
    from cxassess.gui.pages.trends_page import TrendsPage
    from cxassess.gui.prompts import Prompts
    from cxassess.gui.session import DocumentSession

PageName = Literal["setup", "answer", "handover", "results", "roadmap", "trends"]
# Screens that show the team's answers: hidden while a workshop's round is open.
REVEALING_PAGES: tuple[PageName, ...] = ("results", "roadmap", "trends")


class Pages:
    """Builds each screen once, adds it to the stack and lets the window wire it."""

    def __init__(
        self,
        stack: QStackedWidget,
        session: DocumentSession,
        prompts: Prompts,
        wire: Callable[[str, QWidget], None],
    ) -> None:
        self._stack = stack
        self._session = session
        self._prompts = prompts
        self._wire = wire
        self._built: dict[str, QWidget] = {}

    def built(self, name: PageName) -> QWidget | None:
        """The screen if it was ever shown; None without building it."""
        return self._built.get(name)

    @overload
    def get(self, name: Literal["setup"]) -> SetupPage: ...
    @overload
    def get(self, name: Literal["answer"]) -> AnswerPage: ...
    @overload
    def get(self, name: Literal["handover"]) -> HandoverPage: ...
    @overload
    def get(self, name: Literal["results"]) -> ResultsPage: ...
    @overload
    def get(self, name: Literal["roadmap"]) -> RoadmapPage: ...
    @overload
    def get(self, name: Literal["trends"]) -> TrendsPage: ...
    @overload
    def get(self, name: str) -> QWidget: ...
    def get(self, name: str) -> QWidget:
        """The screen called `name`, built and shown the open document on first use."""
        if name not in self._built:
            widget = self._make(name)
            self._built[name] = widget
            self._stack.addWidget(widget)
            self._wire(name, widget)
            refresh = getattr(widget, "refresh", None)
            if self._session.doc is not None and refresh is not None:
                refresh()
        return self._built[name]

    def _make(self, name: str) -> QWidget:
        session, prompts = self._session, self._prompts
        if name == "setup":
            from cxassess.gui.pages.setup_page import SetupPage

            return SetupPage(session)
        if name == "answer":
            from cxassess.gui.pages.answer_page import AnswerPage

            return AnswerPage(session, prompts)
        if name == "handover":
            from cxassess.gui.pages.handover_page import HandoverPage

            return HandoverPage(session, prompts)
        if name == "results":
            from cxassess.gui.pages.results_page import ResultsPage

            return ResultsPage(session)
        if name == "trends":
            from cxassess.gui.pages.trends_page import TrendsPage

            return TrendsPage(session)
        if name == "roadmap":
            from cxassess.gui.pages.roadmap_page import RoadmapPage

            return RoadmapPage(session)
        raise KeyError(name)


__all__ = ["REVEALING_PAGES", "PageName", "Pages"]
