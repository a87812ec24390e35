"""Copy permissions: the list of copy requests and their dialogs (SPEC §4)."""

from desktop.ui.copying.requests_page import CopyRequestsPage

__all__ = ["CopyRequestsPage"]
