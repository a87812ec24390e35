"""The register of carriers: the page, its model and its dialogs (SPEC §2)."""

from desktop.ui.register.register_page import RegisterPage

__all__ = ["RegisterPage"]
