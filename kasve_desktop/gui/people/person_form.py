"""Perustiedot: the form of one person's details, with errors shown at their fields.

The form turns a ``PersonData`` into widgets and back. Phone numbers are shown
in Finnish national form (``040 7654321``) and go back to the service as shown;
the service stores them in E.164. E-mail addresses and phone numbers are edited
in place in small lists (the first is the main one).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from kasve_desktop.domain.validation import InvalidValue, display_phone
from kasve_desktop.gui.forms.ui_person_form import Ui_PersonForm
from kasve_desktop.gui.registers.fields import mark_invalid
from kasve_desktop.gui.registers.list_editor import Kind, ListColumn
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.people.persons import PersonData

LINE_FIELDS = ("first_name", "last_name", "street", "address_extra", "postal_code", "locality",
               "country", "municipality", "organisation", "role", "customer_number",
               "business_id", "website", "username")
NOTED_FIELDS = ("first_name", "last_name", "postal_code", "country", "business_id", "website",
                "birth_year", "language")
LIST_FIELDS = ("emails", "phones")
LANGUAGE_LABELS = (("fi", N_("Finnish")), ("sv", N_("Swedish")), ("en", N_("English")))
GENDER_LABELS = (("", ""), ("female", N_("Female")), ("male", N_("Male")),
                 ("other", N_("Other")))
NO_YEAR = 1899


@dataclass
class ValueRow:
    """One e-mail address or phone number in the form's lists."""

    value: str = ""


EMAIL_COLUMNS = (ListColumn("value", N_("E-mail address"), Kind.PLAIN, stretch=True),)
PHONE_COLUMNS = (ListColumn("value", N_("Phone number"), Kind.PLAIN, stretch=True),)


class PersonForm(QWidget):
    edited = Signal()
    """The user changed a field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonForm()
        self.ui.setupUi(self)
        self._loading = False
        self.ui.emails.configure(EMAIL_COLUMNS, ValueRow)
        self.ui.phones.configure(PHONE_COLUMNS, ValueRow)
        for editor in (self.ui.emails, self.ui.phones):
            editor.up_button.setVisible(False)
            editor.down_button.setVisible(False)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        for name in LINE_FIELDS:
            edit: QLineEdit = getattr(self.ui, name)
            edit.textEdited.connect(self._on_edited)
        self.ui.emails.changed.connect(self._on_edited)
        self.ui.phones.changed.connect(self._on_edited)
        self.ui.birth_year.valueChanged.connect(self._on_edited)
        self.ui.gender.currentTextChanged.connect(self._on_edited)
        self.ui.language.currentIndexChanged.connect(self._on_edited)
        self.ui.notes.textChanged.connect(self._on_edited)

    # --- data in and out ----------------------------------------------------------------

    def set_data(self, data: PersonData) -> None:
        self._loading = True
        try:
            for name in LINE_FIELDS:
                getattr(self.ui, name).setText(getattr(data, name))
            self.ui.emails.set_rows([ValueRow(a) for a in data.emails])
            self.ui.phones.set_rows([ValueRow(display_phone(p)) for p in data.phones])
            self.ui.birth_year.setValue(data.birth_year or NO_YEAR)
            self._set_gender(data.gender)
            self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(data.language)))
            self.ui.notes.setPlainText(data.notes)
        finally:
            self._loading = False
        self.clear_errors()

    def data(self, base: PersonData) -> PersonData:
        """``base`` with the values the form shows now."""
        lines = {name: getattr(self.ui, name).text() for name in LINE_FIELDS}
        year = self.ui.birth_year.value()
        return PersonData(
            id=base.id, emails=[r.value for r in self.ui.emails.rows()],
            phones=[r.value for r in self.ui.phones.rows()],
            birth_year=None if year == NO_YEAR else year, gender=self._gender(),
            language=str(self.ui.language.currentData() or "fi"),
            notes=self.ui.notes.toPlainText(), restricted=base.restricted,
            restriction_reason=base.restriction_reason, restricted_since=base.restricted_since,
            **lines)

    def _set_gender(self, value: str) -> None:
        index = self.ui.gender.findData(value)
        if index >= 0:
            self.ui.gender.setCurrentIndex(index)
        else:
            self.ui.gender.setEditText(value)

    def _gender(self) -> str:
        text = self.ui.gender.currentText().strip()
        index = self.ui.gender.findText(text)
        return str(self.ui.gender.itemData(index)) if index >= 0 else text

    # --- errors ---------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, InvalidValue]) -> QWidget | None:
        """Mark every field in ``errors`` (by path); the first marked widget."""
        self.clear_errors()
        by_list: dict[str, dict[tuple[int, str], str]] = {}
        first: QWidget | None = None
        for path, error in errors.items():
            head, _sep, rest = path.partition(".")
            if head in LIST_FIELDS and rest.isdigit():
                by_list.setdefault(head, {})[(int(rest), "value")] = error.text()
                widget: QWidget = getattr(self.ui, head)
            elif head in NOTED_FIELDS:
                widget = getattr(self.ui, head)
                mark_invalid(widget, getattr(self.ui, f"{head}_note"), error.text())
            else:
                continue
            first = first or widget
        for head, list_errors in by_list.items():
            getattr(self.ui, head).show_errors(list_errors)
        if first is not None:
            self.ui.scroll.ensureWidgetVisible(first)
        return first

    def clear_errors(self) -> None:
        for name in NOTED_FIELDS:
            mark_invalid(getattr(self.ui, name), getattr(self.ui, f"{name}_note"), "")
        self.ui.emails.show_errors({})
        self.ui.phones.show_errors({})

    def retranslate(self) -> None:
        self._loading = True
        try:
            self.ui.retranslateUi(self)
            language = self.ui.language.currentData()
            self.ui.language.clear()
            for value, label in LANGUAGE_LABELS:
                self.ui.language.addItem(_(label), value)
            self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(language)))
            gender = self._gender()
            self.ui.gender.clear()
            for value, label in GENDER_LABELS:
                self.ui.gender.addItem(_(label) if label else "", value)
            self._set_gender(gender)
            self.ui.emails.retranslate()
            self.ui.phones.retranslate()
        finally:
            self._loading = False

    @Slot()
    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()
