"""The window's actions as one table: menus, the step bar, enabling and locking read it.

Each spec says what the action is (text, shortcut, where it appears) and what it needs:
an open document, or results that may be shown. The window builds QActions from the
table once and re-applies the two rules whenever the document or the round changes, so
an action added here is placed, enabled and locked without another list to update.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Literal, Protocol

from cxassess.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence

    from cxassess.gui.document_commands import DocumentCommands

Menu = Literal["file", "edit", "view", "help"]
Needs = Literal["", "document", "results"]
# A shortcut is a standard key's name (resolved once Qt's enums are loaded) or a string.
Shortcut = str


REVEALING_STEPS = ("results", "roadmap", "trends")


class WindowSlots(Protocol):
    """The window's own slots that its actions call."""

    def show_page(self, name: str) -> None: ...
    def open_portfolio(self) -> None: ...
    def toggle_presenter(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...
    def close(self) -> bool: ...


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window and the rules that enable it."""

    name: str
    text: str
    slot: Callable[[], object]
    menu: Menu
    group: int = 0  # a separator goes between groups of one menu
    shortcuts: Sequence[Shortcut] = ()
    # "document": an open one; "results": also that the team's answers may be shown,
    # so the action is locked while a workshop's private round is open.
    needs: Needs = ""
    page: str = ""  # a step of the step bar: checkable, shown on the toolbar
    toolbar: bool = False

    @property
    def needs_document(self) -> bool:
        return self.needs != ""

    @property
    def reveals_answers(self) -> bool:
        return self.needs == "results"


def apply_rules(
    specs: Sequence[ActionSpec], actions: dict[str, QAction], has_doc: bool, locked: bool
) -> None:
    """Enable each action by its rules; a locked one says why in its tooltip."""
    hint = tr("Locked until the facilitator reveals the results on the hand-over screen")
    for spec in specs:
        action = actions[spec.name]
        enabled = has_doc or not spec.needs_document
        if spec.reveals_answers and locked:
            enabled = False
            action.setToolTip(hint)
        else:
            action.setToolTip(action.text().replace("&", ""))
        action.setEnabled(enabled)


def key_sequences(shortcuts: Sequence[Shortcut]) -> list[QKeySequence]:
    """QKeySequences for a spec's shortcuts: standard key names or literal strings."""
    from PySide6.QtGui import QKeySequence

    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        standard = getattr(QKeySequence.StandardKey, shortcut, None)
        # A standard key may be empty on a platform (Quit) or equal a fallback (Redo).
        key = QKeySequence(standard) if standard is not None else QKeySequence(shortcut)
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def window_actions(window: WindowSlots, c: DocumentCommands) -> list[ActionSpec]:
    """Every action of the menus and the step bar, with what enables it."""
    specs = [
        ActionSpec(
            "new", tr("New &solo assessment"), lambda: c.new(team=False), "file", 0, ("New",)
        ),
        ActionSpec(
            "new_workshop",
            tr("New team &workshop"),
            lambda: c.new(team=True),
            "file",
            0,
            ("Ctrl+Shift+N",),
        ),
        ActionSpec(
            "from_earlier",
            tr("New assessment from an &earlier one…"),
            c.new_from_earlier_dialog,
            "file",
            0,
        ),
        ActionSpec("open", tr("&Open…"), c.open_dialog, "file", 0, ("Open",)),
        ActionSpec(
            "import",
            tr("&Import participant files…"),
            c.import_files_dialog,
            "file",
            1,
            ("Ctrl+I",),
        ),
        ActionSpec(
            "import_csv",
            tr("Import &responses (CSV, XLSX, survey tools)…"),
            c.import_csv_dialog,
            "file",
            1,
        ),
        ActionSpec(
            "compare",
            tr("&Compare with earlier assessments…"),
            c.compare_dialog,
            "file",
            1,
            needs="results",
        ),
        ActionSpec("portfolio", tr("&Portfolio of many teams…"), window.open_portfolio, "file", 1),
        ActionSpec("save", tr("&Save"), c.save, "file", 2, ("Save",), needs="document"),
        ActionSpec("save_as", tr("Save &as…"), c.save_as, "file", 2, ("SaveAs",), needs="document"),
        ActionSpec(
            "pdf",
            tr("Export &PDF report…"),
            lambda: c.export("pdf"),
            "file",
            2,
            ("Ctrl+E",),
            toolbar=True,
            needs="results",
        ),
        ActionSpec(
            "pdf_suggestions",
            tr("Export PDF with the suggested actions…"),
            lambda: c.export("pdf", suggestions=True),
            "file",
            2,
            needs="results",
        ),
        # The PDF names nobody by default; this copy is for the people who took part.
        ActionSpec(
            "pdf_named",
            tr("Export PDF naming the participants…"),
            lambda: c.export("pdf", named=True),
            "file",
            2,
            needs="results",
        ),
        ActionSpec(
            "csv",
            tr("Export answers as &CSV…"),
            lambda: c.export("csv"),
            "file",
            2,
            ("Ctrl+Shift+E",),
            needs="results",
        ),
        ActionSpec(
            "form",
            tr("Write an answer &form to send out…"),
            c.export_form,
            "file",
            2,
            needs="document",
        ),
        ActionSpec(
            "close", tr("&Close"), c.close_document, "file", 3, ("Close",), needs="document"
        ),
        ActionSpec("quit", tr("&Quit"), window.close, "file", 3, ("Quit", "Ctrl+Q")),
    ]
    steps = (
        ("start", tr("Start"), "Alt+1"),
        ("setup", tr("1 · Set-up"), "Alt+2"),
        ("answer", tr("2 · Answer"), "Alt+3"),
        ("results", tr("3 · Results"), "Alt+4"),
        ("roadmap", tr("4 · Roadmap"), "Alt+5"),
        ("trends", tr("5 · Over time"), "Alt+6"),
    )
    for name, text, key in steps:
        needs: Needs = (
            "" if name == "start" else "results" if name in REVEALING_STEPS else "document"
        )
        specs.append(
            ActionSpec(
                f"step_{name}",
                text,
                partial(window.show_page, name),
                "view",
                0,
                (key,),
                page=name,
                toolbar=True,
                needs=needs,
            )
        )
    specs += [
        ActionSpec(
            "present",
            tr("&Presenter view"),
            window.toggle_presenter,
            "view",
            1,
            ("F11",),
            toolbar=True,
            needs="results",
        ),
        ActionSpec(
            "shortcuts", tr("&Keyboard shortcuts"), window.show_shortcuts, "help", 0, ("F1",)
        ),
        ActionSpec("about", tr("&About cxassess"), window.show_about, "help", 0),
    ]
    return specs


def shortcut_lines(actions: Sequence[QAction]) -> list[str]:
    """ "Ctrl+S  Save" for each action that has a shortcut, as the keyboard help lists them."""
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    lines = []
    for action in actions:
        keys = ", ".join(k.toString(native) for k in action.shortcuts())
        if keys:
            lines.append(f"{keys}\t{action.text().replace('&', '')}")
    return lines


__all__ = [
    "ActionSpec",
    "Menu",
    "WindowSlots",
    "apply_rules",
    "key_sequences",
    "shortcut_lines",
    "window_actions",
]
