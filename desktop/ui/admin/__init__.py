"""Administration: accounts, clearances, the organisation's details and store settings."""

from desktop.ui.admin.admin_page import AdministrationPage
from desktop.ui.admin.password_dialog import ChangeOwnPasswordDialog

__all__ = ["AdministrationPage", "ChangeOwnPasswordDialog"]
