"""The breach form's widgets on four tabs: the breach, its scope, the assessment, the notices.

Every input widget is named after the ``BreachInput`` field it edits (``title``,
``discovered_at``, …), so that a refusal naming a field finds its widget, and the
auto-lock's drafts find them all. Labels are msgids, translated in ``retranslate``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.gui.breaches.fields import (
    Now,
    OptionalInstant,
    count_editor,
    instant_editor,
)
from kasve_desktop.gui.breaches.people_box import PeopleBox
from kasve_desktop.gui.common.widgets import mute
from kasve_desktop.i18n import N_, _
from kasve_desktop.services.breaches import Risk

RISK_CHOICES: tuple[tuple[Risk | None, str], ...] = (
    (None, N_("Not assessed yet")),
    (Risk.NONE, N_("No risk — documented only")),
    (Risk.RISK, N_("Risk — notify the supervisory authority within 72 hours")),
    (Risk.HIGH, N_("High risk — tell the data subjects too")),
)
TAB_TITLES = (N_("&Breach"), N_("S&cope"), N_("&Assessment"), N_("No&tifications"))
TEXT_LINES = 3
NOTE_LINES = 3
LABEL_SPACING = 2
REGISTER_ROWS = 4
COLUMN_SPACING = 18
TEXT_MIN_WIDTH = 180
REGISTERS_MIN_WIDTH = 200


def text_editor(parent: QWidget, name: str, lines: int = TEXT_LINES) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setMinimumWidth(TEXT_MIN_WIDTH)
    return edit


def line_editor(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    return edit


class BreachFields(QTabWidget):
    """The input widgets, laid out; no logic beyond showing them."""

    def __init__(self, now: Now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breach_tabs")
        self._labels: list[tuple[QLabel, str]] = []
        self._now = now
        self._make_inputs()
        for build in (self._breach_tab, self._scope_tab, self._assessment_tab,
                      self._notifications_tab):
            self.addTab(build(), "")
        self.retranslate()

    # --- the inputs ------------------------------------------------------------------------

    def _make_inputs(self) -> None:
        self.title = line_editor(self, "title")
        self.happened_at = OptionalInstant("happened_at", self._now, self)
        self.happened_note = text_editor(self, "happened_note", 2)
        self.happened_note.setMaximumHeight(self.happened_note.fontMetrics().lineSpacing()
                                            * NOTE_LINES + 12)
        self.discovered_at = instant_editor(self, "discovered_at")
        self.deadline = QLabel(self)
        self.deadline.setObjectName("deadline")
        self.deadline.setWordWrap(True)
        self.description = text_editor(self, "description", 6)
        self.person_categories = text_editor(self, "person_categories", 2)
        self.persons_count = count_editor(self, "persons_count")
        self.data_categories = text_editor(self, "data_categories", 2)
        self.records_count = count_editor(self, "records_count")
        self.register_keys = QListWidget(self)
        self.register_keys.setObjectName("register_keys")
        self.register_keys.setMinimumWidth(REGISTERS_MIN_WIDTH)
        self.register_keys.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.register_keys.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people = PeopleBox(self)
        self.consequences = text_editor(self, "consequences")
        self.measures_taken = text_editor(self, "measures_taken")
        self.measures_proposed = text_editor(self, "measures_proposed")
        self.risk = QComboBox(self)
        self.risk.setObjectName("risk")
        self.risk_reasons = text_editor(self, "risk_reasons")
        self.decided_by = line_editor(self, "decided_by")
        self.decided_at = OptionalInstant("decided_at", self._now, self)
        self._make_notice_inputs()

    def _make_notice_inputs(self) -> None:
        self.authority_notified_at = OptionalInstant("authority_notified_at", self._now, self)
        self.authority_reference = line_editor(self, "authority_reference")
        self.delay_reasons = text_editor(self, "delay_reasons", 2)
        self.persons_notified_at = OptionalInstant("persons_notified_at", self._now, self)
        self.persons_not_told_reason = text_editor(self, "persons_not_told_reason", 2)
        self.persons_message = text_editor(self, "persons_message")
        self.note = text_editor(self, "note", 2)
        self.additions = QListWidget(self)
        self.additions.setObjectName("additions")
        self.additions.setWordWrap(True)
        self.addition_button = QPushButton(self)
        self.addition_button.setObjectName("addition_button")

    # --- the tabs ----------------------------------------------------------------------------

    def _label(self, msgid: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        if buddy is not None:
            label.setBuddy(buddy)
        self._labels.append((label, msgid))
        return label

    def _hint(self, msgid: str) -> QLabel:
        label = self._label(msgid)
        mute(label)
        return label

    def _form(self, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for msgid, widget in rows:
            if msgid:
                form.addRow(self._label(msgid, widget), widget)
            else:
                form.addRow("", widget)
        return form

    def _stacked(self, rows: list[tuple[str, QWidget, int]]) -> QVBoxLayout:
        """Each label above its field (``stretch``: how the field shares the height)."""
        column = QVBoxLayout()
        for msgid, widget, stretch in rows:
            label = self._label(msgid, widget)
            label.setWordWrap(False)  # one line: a wrapping label reserves two
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            pair = QVBoxLayout()
            pair.setSpacing(LABEL_SPACING)
            pair.addWidget(label)
            pair.addWidget(widget, 1)
            column.addLayout(pair, stretch)
        return column

    def _page(self, left: QLayout, right: QLayout, stretch: tuple[int, int] = (1, 1)
              ) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout(page)
        row.setSpacing(COLUMN_SPACING)
        row.addLayout(left, stretch[0])
        row.addLayout(right, stretch[1])
        return page

    def _breach_tab(self) -> QWidget:
        discovered = QWidget(self)
        line = QHBoxLayout(discovered)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.discovered_at)
        line.addWidget(self._hint(N_("The 72 hours run from here.")), 1)
        left = self._form([(N_("Title"), self.title), (N_("Happened"), self.happened_at),
                           (N_("How exact, or why unknown"), self.happened_note),
                           (N_("Discovered"), discovered),
                           (N_("Notify by"), self.deadline)])
        top = QVBoxLayout()  # the rows at the top, not spread over the height
        top.addLayout(left)
        top.addStretch(1)
        right = self._form([(N_("What happened"), self.description)])
        return self._page(top, right)

    def _with_count(self, text: QWidget, spin: QWidget) -> QWidget:
        box = QWidget(self)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text, 1)
        line.addWidget(spin, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _scope_tab(self) -> QWidget:
        left = self._stacked([
            (N_("Groups of data subjects and their approximate number"),
             self._with_count(self.person_categories, self.persons_count), 1),
            (N_("Categories of data and the approximate number of records"),
             self._with_count(self.data_categories, self.records_count), 1),
            (N_("Registers"), self.register_keys, 1)])
        right = self._stacked([(N_("Persons concerned"), self.people, 1)])
        return self._page(left, right, (3, 2))

    def _assessment_tab(self) -> QWidget:
        self.risk_hint = self._hint(N_("The risk to the persons' rights and freedoms decides "
                                       "whom to notify (GDPR Art. 33–34)."))
        left = self._form([(N_("Likely consequences"), self.consequences),
                           (N_("Measures taken"), self.measures_taken),
                           (N_("Measures proposed"), self.measures_proposed)])
        risk = QWidget(self)
        column = QVBoxLayout(risk)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.risk)
        column.addWidget(self.risk_hint)
        right = self._form([(N_("Risk assessment"), risk),
                            (N_("Reasons for the assessment"), self.risk_reasons),
                            (N_("Decided by"), self.decided_by),
                            (N_("Decided"), self.decided_at)])
        return self._page(left, right)

    def _notifications_tab(self) -> QWidget:
        """The authority's notification on the left, the persons' on the right."""
        self.delay_label = self._label(N_("Reasons for the delay"), self.delay_reasons)
        additions = QWidget(self)
        column = QVBoxLayout(additions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.additions, 1)
        column.addWidget(self.addition_button, 0, Qt.AlignmentFlag.AlignLeft)
        left = self._form([(N_("Authority notified"), self.authority_notified_at),
                           (N_("Authority's case number"), self.authority_reference)])
        left.addRow(self.delay_label, self.delay_reasons)
        left.addRow(self._label(N_("Additions (Art. 33(4))"), additions), additions)
        right = self._form([(N_("Data subjects told"), self.persons_notified_at),
                            (N_("What the persons are told"), self.persons_message),
                            (N_("Why they are not told (Art. 34(3))"),
                             self.persons_not_told_reason),
                            (N_("Remarks"), self.note)])
        return self._page(left, right)

    def fit_registers(self) -> None:
        """The register list at least as tall as its rows (up to ``REGISTER_ROWS``); it
        grows with the room, and each register's name is its tooltip when elided."""
        keys = self.register_keys
        rows = min(max(keys.count(), 1), REGISTER_ROWS)
        row_height = keys.sizeHintForRow(0) if keys.count() else self.fontMetrics().height()
        keys.setMinimumHeight(row_height * rows + 2 * keys.frameWidth() + 2)
        for row in range(keys.count()):
            keys.item(row).setToolTip(keys.item(row).text())

    # --- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for label, msgid in self._labels:
            label.setText(_(msgid))
        for index, title in enumerate(TAB_TITLES):
            self.setTabText(index, _(title))
        current = self.risk.currentIndex()
        self.risk.clear()
        for value, msgid in RISK_CHOICES:
            self.risk.addItem(_(msgid), value)
        self.risk.setCurrentIndex(max(current, 0))
        self.addition_button.setText(_("Add an a&ddition…"))
        self.persons_message.setPlaceholderText(_(
            "In clear and plain language: what happened, its likely consequences and what "
            "was done (GDPR Art. 34(2)). The letters to the persons print it."))
        self.persons_message.setToolTip(self.persons_message.placeholderText())
        self.people.retranslate()
        for box in (self.happened_at, self.decided_at, self.authority_notified_at,
                    self.persons_notified_at):
            box.check.setToolTip(_("Check when known; unchecked is “not yet” or unknown"))
