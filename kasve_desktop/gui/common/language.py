"""Switching the language: gettext for our texts, Qt's own catalog for its dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kasve_desktop import i18n


class QtTranslators:
    """Qt's ``qtbase`` translations (standard buttons and dialogs), kept referenced."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def load(self, lang: str) -> bool:
        """Install Qt's catalog for ``lang``; False if Qt has none."""
        self.remove()
        QLocale.setDefault(QLocale(i18n.locale_name(lang)))
        translator = QTranslator(self._app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not translator.load(QLocale(i18n.locale_name(lang)), "qtbase", "_", folder):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True

    def remove(self) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    @property
    def installed(self) -> list[QTranslator]:
        return list(self._installed)


def switch_language(lang: str, translators: QtTranslators) -> None:
    """Make ``lang`` the language of every later ``_()`` and of Qt's own texts."""
    i18n.set_language(lang)
    translators.load(lang)
