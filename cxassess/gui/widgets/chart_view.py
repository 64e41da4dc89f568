"""A matplotlib Figure shown in Qt; matplotlib is imported only when a chart is first drawn."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartView(QWidget):
    """Holds one FigureCanvas and swaps its Figure when the data changes."""

    def __init__(self, object_name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._canvas: Any = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 240)

    def set_figure(self, figure: Figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self._canvas = FigureCanvasQTAgg(figure)
        self._canvas.setAccessibleName(self.accessibleName())
        self._layout.addWidget(self._canvas)

    @property
    def figure(self) -> Figure | None:
        return None if self._canvas is None else self._canvas.figure
