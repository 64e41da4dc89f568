"""Translatable strings. Every user-visible string goes through `tr`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

# pyside6-lupdate files module-level tr("...") calls under the empty context, so the
# lookup at run time uses the same one. Regenerate the template with:
#   uv run pyside6-lupdate cxassess/gui/*.py cxassess/gui/*/*.py -ts assets/translations/cxassess_template.ts
CONTEXT = ""


def tr(text: str) -> str:
    """Translate a user-visible string (a no-op until a translation is installed)."""
    return QCoreApplication.translate(CONTEXT, text)


def install_translator(app: QCoreApplication) -> QTranslator | None:
    """Load the translation for the system language from assets/translations, if shipped."""
    from cxassess.resources import assets_dir

    translator = QTranslator(app)
    folder = assets_dir() / "translations"
    if translator.load(QLocale(), "cxassess", "_", str(folder)):
        app.installTranslator(translator)
        return translator
    return None
