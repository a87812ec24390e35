"""The pages of the first-run wizard (one QWizardPage each)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.ui.widgets.fields import secret_edit
from desktop.ui.widgets.retranslate import Retranslating


class TranslatedPage(Retranslating, QWizardPage):
    def retranslate_ui(self) -> None:
        """Set texts; called at start and on every language change."""



def _row(form: QFormLayout, widget) -> QLabel:
    label = QLabel()
    label.setBuddy(widget)
    form.addRow(label, widget)
    return label


class OrganisationPage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.unit = QLineEdit()
        self.unit.setMaxLength(300)
        form = QFormLayout(self)
        self.labels = [_row(form, w) for w in (self.name, self.address, self.unit)]
        self.registerField("org_name*", self.name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Your organisation"))
        self.setSubTitle(QCoreApplication.translate(
            "FirstRunWizard", "These details are printed on acts and conclusions."))
        for label, text in zip(self.labels, (
                QCoreApplication.translate("FirstRunWizard", "&Organisation name"),
                QCoreApplication.translate("FirstRunWizard", "&Address"),
                QCoreApplication.translate("FirstRunWizard", "&Protection unit")), strict=True):
            label.setText(text)


class LocationPage(TranslatedPage):
    def __init__(self, default: Path) -> None:
        super().__init__()
        self.path = QLineEdit(str(default))
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.registerField("store_path*", self.path)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Where the register is kept"))
        self.setSubTitle(QCoreApplication.translate(
            "FirstRunWizard", "One encrypted file, with its key file beside it."))
        self.browse.setText(QCoreApplication.translate("FirstRunWizard", "&Browse…"))
        self.note.setText(QCoreApplication.translate(
            "FirstRunWizard",
            "Keep the register on this workstation's protected disk; back it up to a registered medium."))  # noqa: E501

    def ask_path(self) -> str:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("FirstRunWizard", "New register file"),
            self.path.text(),
            QCoreApplication.translate("FirstRunWizard", "Grif registers (*.grif)"))
        return name

    def choose(self) -> None:
        name = self.ask_path()
        if name:
            self.path.setText(name if name.endswith(".grif") else name + ".grif")


class AdministratorPage(TranslatedPage):
    def __init__(self) -> None:
        super().__init__()
        self.username = QLineEdit("admin")
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.password, self.repeat = secret_edit(), secret_edit()
        form = QFormLayout(self)
        self.labels = [_row(form, w) for w in (self.username, self.full_name, self.password,
                                               self.repeat)]
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("wizardMessage")
        form.addRow(self.message)
        for name, widget in (("admin_username*", self.username),
                             ("admin_full_name*", self.full_name),
                             ("admin_password*", self.password), ("admin_repeat*", self.repeat)):
            self.registerField(name, widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "The administrator"))
        self.setSubTitle(QCoreApplication.translate(
            "FirstRunWizard",
            "The administrator manages accounts; this role alone gives no access to the register."))
        for label, text in zip(self.labels, (
                QCoreApplication.translate("FirstRunWizard", "&User name"),
                QCoreApplication.translate("FirstRunWizard", "&Full name"),
                QCoreApplication.translate("FirstRunWizard", "&Password (12 characters or more)"),
                QCoreApplication.translate("FirstRunWizard", "&Repeat the password")),
                strict=True):
            label.setText(text)

    def validatePage(self) -> bool:  # Qt's name
        if self.password.text() != self.repeat.text():
            self.message.setText(QCoreApplication.translate(
                "FirstRunWizard", "The two passwords differ. Type them again."))
            self.password.clear()
            self.repeat.clear()
            return False
        self.message.clear()
        return True


class BindingPage(TranslatedPage):
    def __init__(self, keyring_available: bool) -> None:
        super().__init__()
        self.available = keyring_available
        self.bind = QCheckBox()
        self.bind.setEnabled(keyring_available)
        self.bind.setChecked(keyring_available)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("wizardMessage")
        layout = QVBoxLayout(self)
        for widget in (self.bind, self.explain, self.message):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(QCoreApplication.translate("FirstRunWizard", "Workstation binding"))
        self.bind.setText(QCoreApplication.translate(
            "FirstRunWizard", "&Bind the register to this workstation"))
        if self.available:
            self.explain.setText(QCoreApplication.translate(
                "FirstRunWizard",
                "A secret kept in this computer's keyring is added to every password, so a copied register does not open elsewhere without the recovery code."))  # noqa: E501
        else:
            self.explain.setText(QCoreApplication.translate(
                "FirstRunWizard",
                "This computer has no protected keyring, so the register will not be bound: a copied register opens elsewhere with a password."))  # noqa: E501
