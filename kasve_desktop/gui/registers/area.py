"""Rekisterit: the controller on top, the registers on the left, the chosen one's form beside.

The register list is the lazily fetched table of every list area; the form on
its right edits the chosen register, and the completeness check beside the
form follows every edit. Leaving a register with unsaved changes (choosing
another, creating one, closing the window) asks Save / Discard / Cancel first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.validation import display_phone
from kasve_desktop.gui.common.table_area import TableArea
from kasve_desktop.gui.common.table_model import ROW_ROLE, Column, ListSource
from kasve_desktop.gui.registers.completeness_panel import CompletenessPanel
from kasve_desktop.gui.registers.controller_dialog import ControllerDialog
from kasve_desktop.gui.registers.new_register_dialog import NewRegisterDialog
from kasve_desktop.gui.registers.record_dialog import RecordDialog
from kasve_desktop.gui.registers.register_form import RegisterForm
from kasve_desktop.i18n import N_, _, display_number, ngettext
from kasve_desktop.services import listing
from kasve_desktop.services.database import Database
from kasve_desktop.services.listing import RegisterRow
from kasve_desktop.services.registers import controller, registers
from kasve_desktop.services.registers.controller import ControllerData
from kasve_desktop.services.registers.registers import RegisterInUse, RegisterNotFound

HIDDEN_COLUMNS = (0, 2, 3, 4)  # key, purposes, entries, retention: the form shows them
SPLITTER_SIZES = (310, 780)
SIDE_SIZES = (190, 420)
MIN_SIDE_WIDTH = 150
MIN_FORM_WIDTH = 300
BOX_STYLE = "QFrame#controller_box { background: palette(base); border: 1px solid palette(mid);" \
            " border-radius: 5px; }"


def controller_summary(data: ControllerData) -> str:
    """``Kasve Oy · 2457832-5 · Puijonkatu 23, 70110 Kuopio`` and the people, on two lines."""
    company = data.company
    if not company.name:
        return _("The controller has not been entered yet.")
    place = " ".join(p for p in (company.postal_code, company.locality) if p)
    address = ", ".join(p for p in (company.street, place) if p)
    first = " · ".join(p for p in (company.name, company.business_id, address,
                                   company.email, display_phone(company.phone)) if p)
    contact = data.contact.name if data.contact else _("not entered")
    dpo = data.dpo.name if data.dpo else _("not designated")
    subsidiaries = ngettext("{count} subsidiary", "{count} subsidiaries",
                            len(data.subsidiaries)).format(count=len(data.subsidiaries))
    second = " · ".join((_("Contact person: {name}").format(name=contact),
                         _("Data protection officer: {name}").format(name=dpo), subsidiaries))
    return f"{first}\n{second}"


class RegistersArea(TableArea):
    title = N_("Registers")
    icon_name = "registers"
    description = N_("The controller and the registers of personal data that the privacy "
                     "notice describes. Choose a register to edit its notice; the check under "
                     "the list shows what the GDPR still asks for.")
    empty_text = N_("No registers yet.")

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        self.form: RegisterForm | None = None
        super().__init__(today, parent)
        self._db: Database | None = None
        self._selecting = False
        self.dialog: QWidget | None = None
        self.question: QMessageBox | None = None
        self.form = RegisterForm(self)
        self.panel = CompletenessPanel(self)
        self.panel.set_source(self.form.current_data)
        self.panel.set_fixer(self.form.apply_fix)
        self._build()
        self._connect()
        self.retranslate()

    # --- set-up ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = self.ui.area_layout
        layout.removeWidget(self.ui.content)
        self.controller_box = self._controller_box()
        layout.addWidget(self.controller_box)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.setObjectName("side_splitter")
        self.side_splitter.setChildrenCollapsible(False)
        self.side_splitter.addWidget(self._list_side())
        self.side_splitter.addWidget(self.panel)
        self.side_splitter.setSizes(list(SIDE_SIZES))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side_splitter)
        assert self.form is not None
        self.splitter.addWidget(self.form)
        self.splitter.setSizes(list(SPLITTER_SIZES))
        # Below these the parts clip rather than forcing a minimum size on the window.
        self.side_splitter.setMinimumWidth(MIN_SIDE_WIDTH)
        self.form.setMinimumWidth(MIN_FORM_WIDTH)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.ui.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column in HIDDEN_COLUMNS:
            self.ui.table.hideColumn(column)

    def _controller_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("controller_box")
        box.setStyleSheet(BOX_STYLE)
        self.controller_label = QLabel(box)
        self.controller_label.setObjectName("controller_summary")
        self.controller_label.setWordWrap(True)
        self.controller_button = QPushButton(box)
        self.controller_button.setObjectName("controller_button")
        self.record_button = QPushButton(box)
        self.record_button.setObjectName("record_button")
        row = QHBoxLayout(box)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.controller_label, 1)
        row.addWidget(self.controller_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return box

    def _list_side(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("list_side")
        self.new_button = QPushButton(side)
        self.new_button.setObjectName("new_button")
        self.delete_button = QPushButton(side)
        self.delete_button.setObjectName("delete_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.ui.content, 1)
        column.addLayout(buttons)
        return side

    def _connect(self) -> None:
        assert self.form is not None
        self.ui.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.fetched.connect(self._on_rows_fetched)
        self.new_button.clicked.connect(self.new_register)
        self.delete_button.clicked.connect(self.delete_register)
        self.controller_button.clicked.connect(self.edit_controller)
        self.record_button.clicked.connect(self.open_record)
        self.form.edited.connect(self.panel.schedule)
        self.form.saved.connect(self._on_saved)

    # --- TableArea ------------------------------------------------------------------

    def columns(self) -> list[Column[Any]]:
        return [
            Column("key", N_("Key"), lambda r: r.key),
            Column("name", N_("Name"), lambda r: listing.localized(r.names)),
            Column("purposes", N_("Purposes"), lambda r: display_number(r.purposes),
                   numeric=True),
            Column("entries", N_("Entries"), lambda r: display_number(r.entries),
                   numeric=True),
            Column("retention", N_("Retention period"),
                   lambda r: listing.retention_label(r.retention_months, r.retention_anchor)),
        ]

    def source(self, db: Database) -> ListSource[RegisterRow]:
        return ListSource(lambda: listing.register_count(db),
                          lambda page: listing.register_page(db, page))

    def count_text(self, total: int) -> str:
        return ngettext("{count} register", "{count} registers", total).format(
            count=display_number(total))

    # --- what the main window calls ------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.form is not None and self.form.dirty

    def confirm_leave(self, then: Callable[[], object]) -> None:
        """Let the user save or discard unsaved changes first; Cancel stops ``then``."""
        if self.form is None:
            then()
        else:
            self.form.confirm_leave(then)

    def take_draft(self) -> Callable[[Database], object] | None:
        """Keep the form's unsaved changes and drop them (an auto-lock asks nothing)."""
        form = self.form
        data = form.current_data() if form is not None and form.dirty else None
        key = form.key if form is not None else None
        if form is None or data is None or key is None:
            return None
        form.discard_changes()

        def restore(_db: Database) -> None:
            assert self.form is not None
            try:
                self.show_register(key)
            except RegisterNotFound:  # deleted meanwhile: nothing to show it over
                return
            self.form.restore_draft(data)

        return restore

    def set_database(self, db: Database | None) -> None:
        if self.form is None:
            return
        if db is None and self._db is not None:
            self.form.ask_before_closing()
        self._db = db
        self.form.set_database(db)
        self.panel.set_register(None, None)
        super().set_database(db)
        self._show_controller()
        self._update_buttons()
        if db is not None:
            self._select_first()

    def retranslate(self) -> None:
        super().retranslate()
        if self.form is None:
            return
        self.new_button.setText(_("&New register…"))
        self.new_button.setToolTip(_("Add a register to the privacy notice"))
        self.delete_button.setText(_("&Delete"))
        self.delete_button.setToolTip(_("Delete the chosen register (only when nobody is in "
                                        "it)"))
        self.controller_button.setText(_("Edit the &controller…"))
        self.controller_button.setToolTip(_("The controller, the contact person, the data "
                                            "protection officer and the subsidiaries"))
        self.record_button.setText(_("Record of &processing activities…"))
        self.record_button.setToolTip(_("Save the record of processing activities (GDPR "
                                        "Art. 30) as PDF or XLSX"))
        self.form.retranslate()
        self.panel.retranslate()
        self._show_controller()

    # --- actions -------------------------------------------------------------------

    @Slot()
    def edit_controller(self) -> None:
        if self._db is None:
            return
        dialog = ControllerDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_controller_saved)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def open_record(self) -> None:
        if self._db is None:
            return
        dialog = RecordDialog(self._db, self._today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def new_register(self) -> None:
        if self._db is not None and self.form is not None:
            self.form.confirm_leave(self._open_new_dialog)

    def _open_new_dialog(self) -> None:
        assert self._db is not None
        dialog = NewRegisterDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._on_created)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def delete_register(self) -> None:
        if self._db is None or self.form is None or self.form.key is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, _("Delete the register"),
                          _("Delete the register {name} and its notice texts?").format(
                              name=self.form.ui.register_title.text()), parent=self)
        box.setInformativeText(_("This cannot be undone. A register that still holds people "
                                 "cannot be deleted."))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        key = self.form.key
        box.finished.connect(lambda _r: self._on_delete_answer(box, key))
        self.question = box
        box.open()

    def _on_delete_answer(self, box: QMessageBox, key: str) -> None:
        self.question = None
        if box.standardButton(box.clickedButton()) != QMessageBox.StandardButton.Yes:
            return
        assert self._db is not None and self.form is not None
        try:
            registers.delete_register(self._db, key)
        except RegisterInUse as refusal:
            self._tell(_("The register was not deleted"), refusal.text())
            return
        self.form.show_register(None)
        self.panel.set_register(None, None)
        self.model.refresh()
        self._select_first()

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.question = box
        box.open()

    # --- choosing a register ---------------------------------------------------------

    def _key_at(self, index: QModelIndex) -> str | None:
        row = index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None
        return row.key if isinstance(row, RegisterRow) else None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self._key_at(current)
        if self._selecting or self.form is None or key is None or key == self.form.key:
            return
        if self.form.dirty:
            shown = self.form.key
            if shown is not None:  # after the click has finished selecting
                QTimer.singleShot(0, lambda: self._select_key(shown))
            self.form.confirm_leave(lambda: self.show_register(key))
        else:
            self.show_register(key)

    def show_register(self, key: str) -> None:
        """Load ``key`` into the form (no questions asked) and choose it in the list."""
        assert self.form is not None
        self.form.load(key)
        self.panel.set_register(self._db, key)
        self._select_key(key)
        self._update_buttons()

    def _select_key(self, key: str) -> None:
        model = self.model
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ROW_ROLE).key == key:
                index = self.proxy.mapFromSource(model.index(row, 1))
                self._selecting = True
                try:
                    self.ui.table.setCurrentIndex(index)
                finally:
                    self._selecting = False
                return

    def _select_first(self) -> None:
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if self.model.rowCount():
            key = self.model.index(0, 0).data(ROW_ROLE).key
            self.show_register(key)

    @Slot(int)
    def _on_rows_fetched(self, _loaded: int) -> None:
        if self.form is not None and self.form.key is not None:
            self._select_key(self.form.key)

    @Slot(str)
    def _on_saved(self, key: str) -> None:
        self.model.refresh()
        self._select_key(key)
        self.panel.recompute()

    @Slot(str)
    def _on_created(self, key: str) -> None:
        self.model.refresh()
        self.show_register(key)

    @Slot()
    def _on_controller_saved(self) -> None:
        self._show_controller()
        if self.form is not None:
            self.panel.set_register(self._db, self.form.key)

    def _show_controller(self) -> None:
        if self._db is None:
            self.controller_label.setText(_("The database is locked."))
            self.controller_button.setEnabled(False)
            self.record_button.setEnabled(False)
            return
        self.controller_label.setText(controller_summary(controller.load_controller(self._db)))
        self.controller_button.setEnabled(True)
        self.record_button.setEnabled(True)

    def _update_buttons(self) -> None:
        has_db = self._db is not None
        self.new_button.setEnabled(has_db)
        self.delete_button.setEnabled(has_db and self.form is not None
                                      and self.form.key is not None)
