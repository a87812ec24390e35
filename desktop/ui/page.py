"""A section of the main window: retranslates itself and knows its session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.session import Session
from desktop.ui.widgets.retranslate import Retranslating


class Page(Retranslating, QWidget):
    """Base of every section page. Subclasses build widgets in __init__, set texts in
    retranslate_ui(), and may refresh() when shown."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def retranslate_ui(self) -> None:
        """Set every visible text; called at start and on every language change."""

    def refresh(self) -> None:
        """Reload data when the page is shown."""


class TabbedPage(Page):
    """A section of several lists, one per tab, under the section's heading. The tab shown
    is read again when the page is shown or the tab changes; subclasses name the heading and
    the tabs in retranslate_ui()."""

    def __init__(self, session: Session, tabs: list[Page], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.tab_pages = list(tabs)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.tabs = QTabWidget()
        self.tabs.setObjectName(name)
        for tab in tabs:
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        index = self.tabs.currentIndex()
        if index >= 0:
            self.tab_pages[index].refresh()



class NotYetPage(Page):
    """An honest placeholder for a section whose feature has not landed."""

    def __init__(self, session: Session, title: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.title_source = title
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(QCoreApplication.translate("Sections", self.title_source))
        self.body.setText(QCoreApplication.translate(
            "NotYetPage", "This section is not available yet in this version of Grif."))
