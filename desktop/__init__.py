"""Grif — offline secure registry of classified carriers."""

__version__ = "0.2.0"
APP_NAME = "Grif"
APP_ID = "kz.grif.registry"
ORG_DOMAIN = "grif.kz"
