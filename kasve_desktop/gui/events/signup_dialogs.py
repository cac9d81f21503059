"""The sign-up mode's two dialogs: the full notice, and the passphrase that ends the mode.

``NoticeDialog`` shows the PDF frozen when the event's notice version was published,
in the participant's language (the Finnish one when that language has none), full
screen, and prints it on the default printer without a print dialog (whose file
choosers would open the computer's folders to anyone at the stand). ``LeaveDialog`` asks for
the database passphrase; a wrong one is refused and the next try waits
``RETRY_DELAY_MS``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kasve_desktop.domain.errors import UserError
from kasve_desktop.domain.signup import text
from kasve_desktop.gui.common.widgets import ERROR_STYLE
from kasve_desktop.gui.notice.pdf_view import PdfView
from kasve_desktop.gui.notice.printing import PrintError, new_printer, print_pdf
from kasve_desktop.i18n import _
from kasve_desktop.services.database import Database, passphrase_matches
from kasve_desktop.services.events.signup import SignupSetup
from kasve_desktop.services.registers.notice import notice_pdf

RETRY_DELAY_MS = 2_000


def stored_notice(db: Database, setup: SignupSetup) -> bytes:
    """The version's PDF in the participant's language, else in Finnish."""
    try:
        return notice_pdf(db, setup.lang, version=setup.notice_number)
    except UserError:
        if setup.lang == "fi":
            raise
        return notice_pdf(db, "fi", version=setup.notice_number)


class NoticeDialog(QDialog):
    """The full privacy notice of the event's version, readable and printable."""

    def __init__(self, db: Database, setup: SignupSetup, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint)
        self.pdf = stored_notice(db, setup)
        self.lang = setup.lang
        self.printer: QPrinter | None = (
            new_printer("tietosuojaseloste") if not QPrinterInfo.defaultPrinter().isNull()
            else None)
        """The default printer (None: there is none); the tests print to a PDF file."""
        self.setWindowTitle(text(setup.lang, "read_notice"))
        layout = QVBoxLayout(self)
        self.view = PdfView(self)
        self.view.load(self.pdf)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(text(setup.lang, "print_notice"), self)
        self.close_button = QPushButton(text(setup.lang, "close_notice"), self)
        self.close_button.setDefault(True)
        for button in (self.print_button, self.close_button):
            button.setMinimumHeight(56)
            button.setStyleSheet("font-size: 16pt; padding: 8px 24px;")
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.print_button.clicked.connect(self.print_notice)
        self.close_button.clicked.connect(self.accept)
        self.message = QLabel(self)
        self.message.setStyleSheet("font-size: 16pt;")
        self.message.setVisible(False)
        row.insertWidget(0, self.message, 1)
        self.setWindowState(Qt.WindowState.WindowFullScreen)

    @Slot()
    def print_notice(self) -> None:
        """All pages on the default printer; the outcome in the participant's words."""
        if self.printer is None:
            self._say(text(self.lang, "no_printer"))
            return
        try:
            pages = print_pdf(self.pdf, self.printer)
        except PrintError:
            self._say(text(self.lang, "no_printer"))
            return
        self._say(text(self.lang, "printed", pages=pages))

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)


class LeaveDialog(QDialog):
    """Ends the sign-up mode once the database passphrase is given (``confirmed``)."""

    confirmed = Signal()

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(_("End sign-up mode"))
        layout = QVBoxLayout(self)
        explanation = QLabel(_("Ending the sign-up mode needs the passphrase of the "
                               "database."), self)
        explanation.setWordWrap(True)
        label = QLabel(_("&Passphrase:"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(360)
        label.setBuddy(self.passphrase)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(self)
        self.end_button = self.buttons.addButton(_("&End the mode"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(_("&Back to sign-ups"), QDialogButtonBox.ButtonRole.RejectRole)
        for widget in (explanation, label, self.passphrase, self.error, self.buttons):
            layout.addWidget(widget)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        self.retry = QTimer(self, singleShot=True, interval=RETRY_DELAY_MS)
        self.retry.timeout.connect(lambda: self.end_button.setEnabled(True))
        self.passphrase.setFocus()

    @Slot()
    def check(self) -> None:
        if not self.end_button.isEnabled():
            return
        if passphrase_matches(self._db, self.passphrase.text()):
            self.passphrase.clear()
            self.accept()
            self.confirmed.emit()
            return
        self.passphrase.clear()
        self.error.setText(_("That is not the passphrase of the database."))
        self.error.setVisible(True)
        self.end_button.setEnabled(False)
        self.retry.start()
