"""Names of input fields as shown in error messages (translated in context "Errors")."""

import datetime as dt

from desktop.domain.tr import QT_TRANSLATE_NOOP

# The earliest day the forms accept (their date fields start there too): a registration
# or a reference dated earlier is a typing or import error.
EARLIEST_DAY = dt.date(1950, 1, 1)

USERNAME = QT_TRANSLATE_NOOP("Errors", "user name")
FULL_NAME = QT_TRANSLATE_NOOP("Errors", "full name")
POSITION = QT_TRANSLATE_NOOP("Errors", "position")
DEPARTMENT = QT_TRANSLATE_NOOP("Errors", "department")
ORGANISATION = QT_TRANSLATE_NOOP("Errors", "organisation")
ROLES = QT_TRANSLATE_NOOP("Errors", "roles")
ROLE = QT_TRANSLATE_NOOP("Errors", "role")
LEVEL = QT_TRANSLATE_NOOP("Errors", "level")
KYRGYZ_MARKING = QT_TRANSLATE_NOOP("Errors", "Kyrgyz marking")
CLEARANCE = QT_TRANSLATE_NOOP("Errors", "clearance")
CLEARANCE_FORM = QT_TRANSLATE_NOOP("Errors", "clearance form")
CLEARANCE_NUMBER = QT_TRANSLATE_NOOP("Errors", "clearance number")
CLEARANCE_EXPIRY = QT_TRANSLATE_NOOP("Errors", "clearance expiry")

REG_NO = QT_TRANSLATE_NOOP("Errors", "registration number")
CONTRACT = QT_TRANSLATE_NOOP("Errors", "contract")
CONTRACT_ENDED = QT_TRANSLATE_NOOP("Errors", "the contract has ended or expired")

LANGUAGE = QT_TRANSLATE_NOOP("Errors", "print language")

# Reasons shared by many fields.
EMPTY = QT_TRANSLATE_NOOP("Errors", "it is empty")
FUTURE = QT_TRANSLATE_NOOP("Errors", "the date is in the future")
TOO_EARLY = QT_TRANSLATE_NOOP("Errors", "the date is before 1950")
WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "wrong type of value")
CONTROL_CHARS = QT_TRANSLATE_NOOP("Errors", "it contains control characters")
