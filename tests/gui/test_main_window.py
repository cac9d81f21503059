"""The main window: title, DEMO marker, status bar, navigation, language, geometry."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from kasve_desktop import i18n
from kasve_desktop.gui.common.language import QtTranslators
from kasve_desktop.gui.inbox.area import InboxArea
from kasve_desktop.gui.main_window import GEOMETRY_KEY, LANGUAGE_KEY, MainWindow, totals_text
from kasve_desktop.gui.settings.area import SettingsArea
from kasve_desktop.services.listing import Totals
from kasve_desktop.store.engine import Database
from tests.conftest import fixed_clock
from tests.gui.conftest import visit
from tests.gui.sample import TODAY

AREA_TITLES = ["Requests", "Registers", "Privacy notice", "People", "Events", "Retention",
               "Breaches", "Audit log", "Settings"]


def test_title_names_the_file(window: MainWindow, filled_db: Database) -> None:
    assert window.windowTitle() == f"Kasve Desktop — {filled_db.path.name}"
    assert not window.demo_label.isVisible()


def test_demo_is_marked(window: MainWindow, filled_db: Database) -> None:
    window.set_database(filled_db, demo=True)
    assert window.windowTitle().endswith("[DEMO]")
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"


def test_status_bar_counts(window: MainWindow) -> None:
    assert window.counts_label.text() == totals_text(Totals(3, 3, 4, 3))
    i18n.set_language("en")
    assert totals_text(Totals(1, 152, 40, 0)) == "1 register · 152 people · 40 requests"


def test_navigation_by_list_and_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.ui.navigation
    assert [nav.item(r).text() for r in range(nav.count())] == [i18n._(t) for t in AREA_TITLES]
    nav.setCurrentRow(2)
    assert window.ui.area_stack.currentIndex() == 2
    shortcuts = {a.shortcut().toString(): a for a in window.ui.menu_view.actions()}
    shortcuts["Ctrl+5"].trigger()
    assert nav.currentRow() == window.ui.area_stack.currentIndex() == 4
    assert set(shortcuts) >= {QKeySequence(f"Ctrl+{n}").toString() for n in range(1, 10)}
    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert window.ui.area_stack.currentIndex() == 5


def test_each_area_reads_the_database_on_its_first_visit(
        qtbot: QtBot, settings: QSettings, translators: QtTranslators,
        filled_db: Database) -> None:
    from kasve_desktop.gui.people.area import SubjectsArea

    main = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(main)
    main.show_area(0)  # the inbox
    main.set_database(filled_db)
    inbox = next(a for a in main.areas if isinstance(a, InboxArea))
    people = next(a for a in main.areas if isinstance(a, SubjectsArea))
    assert inbox.model.has_source and inbox.model.total == 3  # the open ones
    assert not people.model.has_source and people.model.total == 0
    assert visit(main, SubjectsArea) is people
    assert people.model.has_source and people.model.total == 3  # Virtanen, Öhman, Aalto
    assert main.ui.area_stack.currentWidget() is people
    # locked: every area empty; unlocked again: the one on screen reads it, the others wait
    main.set_database(None)
    assert not inbox.model.has_source and not people.model.has_source
    main.set_database(filled_db)
    assert people.model.has_source and not inbox.model.has_source
    visit(main, InboxArea)
    assert inbox.model.has_source and inbox.model.total == 3
    main.set_database(None)


def test_language_switch_without_restart(qtbot: QtBot, window: MainWindow,
                                         settings: QSettings,
                                         translators: QtTranslators) -> None:
    inbox = next(a for a in window.areas if isinstance(a, InboxArea))
    qtbot.waitUntil(lambda: inbox.model.rowCount() > 0)
    window.ui.action_language_sv.trigger()
    assert i18n.current_language() == "sv"
    assert settings.value(LANGUAGE_KEY) == "sv"
    assert translators.installed  # Qt's own qtbase_sv
    assert window.ui.menu_file.title() == i18n.gettext_in("sv", "&File")
    assert window.ui.action_lock.text() == i18n.gettext_in("sv", "&Lock")
    assert window.ui.navigation.item(0).text() == i18n.gettext_in("sv", "Requests")
    headers = [inbox.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers[:3] == [i18n.gettext_in("sv", t) for t in ("Reference", "Type",
                                                              "Requester")]
    # a translated cell (the request type of P-2026-001) follows too
    assert inbox.proxy.index(0, 1).data() == i18n.gettext_in("sv", "Access")
    assert inbox.proxy.index(0, 1).data() != i18n.gettext_in("fi", "Access")
    assert window.ui.action_language_sv.isChecked()
    settings_area = next(a for a in window.areas if isinstance(a, SettingsArea))
    assert settings_area.ui.language.currentData() == "sv"


def test_language_from_the_settings_area(window: MainWindow) -> None:
    settings_area = next(a for a in window.areas if isinstance(a, SettingsArea))
    settings_area.ui.language.setCurrentIndex(settings_area.ui.language.findData("en"))
    assert i18n.current_language() == "en"
    assert window.ui.action_language_en.isChecked()
    assert window.ui.menu_view.title() == "&View"


def test_geometry_is_remembered(qtbot: QtBot, settings: QSettings,
                                translators: QtTranslators, filled_db: Database) -> None:
    first = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 480)
    first.show_area(3)
    qtbot.waitUntil(lambda: first.size().width() == 760)
    first.close()
    assert isinstance(settings.value(GEOMETRY_KEY), QByteArray)
    second = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 480)
    assert second.ui.navigation.currentRow() == 3


def test_closing_saves_nothing_personal(window: MainWindow, settings: QSettings) -> None:
    window.close()
    assert set(settings.allKeys()) <= {"main_window/geometry", "main_window/state",
                                       "main_window/area", "language"}


def test_lock_waits_for_unsaved_register_changes(qtbot: QtBot, settings: QSettings,
                                                 translators: QtTranslators,
                                                 db: Database) -> None:
    """Locking asks about unsaved changes: Cancel keeps the database open, Discard locks."""
    from PySide6.QtWidgets import QMessageBox

    from kasve_desktop.demo.build import build_demo
    from kasve_desktop.gui.registers.area import RegistersArea

    build_demo(db, TODAY)
    main = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(main)
    main.set_database(db)
    area = visit(main, RegistersArea)
    assert area.form is not None
    area.form.ui.name.setText("Asiakasrekisteri (muutettu)")
    assert area.form.dirty
    locks: list[bool] = []
    main.lock_requested.connect(lambda: locks.append(True))
    main.ui.action_lock.trigger()
    box = area.form.question
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert locks == [] and area.form.dirty
    main.ui.action_lock.trigger()
    area.form.question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: locks == [True])
    main.set_database(None)


def test_closing_asks_about_unsaved_changes(qtbot: QtBot, settings: QSettings,
                                            translators: QtTranslators, db: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kasve_desktop.demo.build import build_demo
    from kasve_desktop.gui.registers.area import RegistersArea

    build_demo(db, TODAY)
    main = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(main)
    main.set_database(db)
    main.show()
    area = visit(main, RegistersArea)
    assert area.form is not None
    area.form.ui.name.setText("Asiakasrekisteri (muutettu)")
    main.close()
    assert main.isVisible() and area.form.question is not None
    area.form.question.button(QMessageBox.StandardButton.Cancel).click()
    assert main.isVisible() and area.form.dirty
    main.close()
    area.form.question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not main.isVisible())
    main.set_database(None)


def test_the_first_start_fits_the_screen(qtbot: QtBot, settings: QSettings,
                                         translators: QtTranslators) -> None:
    """No saved geometry: the designed 1320 px are cut to the screen (the offscreen
    platform's is 800 px wide) and the window is centred on it."""
    window = MainWindow(settings, translators, fixed_clock(TODAY))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.width() < 1320
    window.show()
    qtbot.waitExposed(window)
    assert available.contains(window.geometry())
    assert window.width() == available.width()
    assert abs(window.geometry().center().y() - available.center().y()) <= 1


def test_the_default_geometry_is_clamped_and_centred() -> None:
    from PySide6.QtCore import QRect, QSize

    from kasve_desktop.gui.main_window import fitted_geometry

    assert fitted_geometry(QSize(1320, 740), QRect(0, 0, 1280, 984)) == \
        QRect(0, 122, 1280, 740)
    assert fitted_geometry(QSize(1320, 740), QRect(1920, 30, 2560, 1410)) == \
        QRect(1920 + 620, 30 + 335, 1320, 740)
