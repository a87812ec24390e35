"""Typed errors. Each carries an English source message (translated at display time in
context "Errors") with %1, %2… placeholders and the values to put there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.domain.tr import QT_TRANSLATE_NOOP, fill

CONTEXT = "Errors"


class Label(str):
    """A source string that is translated in its own context when shown in a message."""

    context: str

    def __new__(cls, context: str, text: str) -> Label:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj


class Reason(Label):
    """A translatable phrase with its own %1, %2… values, put into another message's
    placeholder: "the journal is broken at record %1" with 1234."""

    params: tuple[str, ...]

    def __new__(cls, text: str, *params: object, context: str = "Errors") -> Reason:
        obj = super().__new__(cls, context, text)
        obj.params = tuple(str(p) for p in params)
        return obj


def self_test_failure(text: str, *params: object) -> RuntimeError:
    """A failed check of `grif --self-test`: the report translates the Reason in context
    "SelfTest" and fills it."""
    return RuntimeError(Reason(text, *params, context="SelfTest"))


class GrifError(Exception):
    """An expected problem with a message that says what to do."""

    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The operation could not be completed.",
    )
    exit_code = 1

    def __init__(self, *args: object, message: str | None = None) -> None:
        self.args_values = tuple(str(a) for a in args)
        # A value may carry its own translation context (see `Label`); others use "Errors".
        self.arg_contexts = tuple(getattr(a, "context", CONTEXT) for a in args)
        self.arg_params = tuple(getattr(a, "params", ()) for a in args)
        if message is not None:
            self.message = message
        super().__init__(self.text())

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with placeholders filled. With `translate(context, text)` (the UI's
        QCoreApplication.translate) the template and every value marked for translation in
        context "Errors" (field names, reasons) come out in the user's language; values that
        are not source strings (names, numbers) pass through unchanged."""
        tr = translate or (lambda _context, text: text)
        values = tuple(fill(tr(context, value), *params) for value, context, params
                       in zip(self.args_values, self.arg_contexts, self.arg_params, strict=True))
        return fill(tr(CONTEXT, self.message), *values)


class InvalidInput(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Invalid value for %1: %2",
    )
    exit_code = 2


class TextTooLong(InvalidInput):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "%1 is too long: at most %2 characters are allowed.",
    )
    exit_code = 2


class AuthenticationFailed(GrifError):
    # One generic message for every failure: unknown user, wrong password, disabled account.
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The user name or password is wrong, or the account is disabled.",
    )
    exit_code = 3


class LoginThrottled(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Too many failed logins. Wait %1 seconds and try again.",
    )
    exit_code = 3

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(wait_seconds)


class AccountLocked(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.",
    )
    exit_code = 3

    def __init__(self, wait_seconds: int) -> None:
        self.wait_seconds = wait_seconds
        super().__init__(max(1, (wait_seconds + 59) // 60))


class WeakPassword(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The password is not accepted: %1",
    )
    exit_code = 2


class PermissionDenied(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "You do not have the right to do this (%1). Ask the administrator.",
    )
    exit_code = 4


class ClearanceInsufficient(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Your clearance does not give access to this information.",
    )
    exit_code = 4


class IllegalMove(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A copy in the state «%1» cannot be moved this way.",
    )
    exit_code = 2


class NotFound(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "%1 was not found.",
    )
    exit_code = 5


class AlreadyExists(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "%1 already exists.",
    )
    exit_code = 2


class IllegalState(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This cannot be done now: %1",
    )
    exit_code = 2


class StoreError(GrifError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store cannot be used: %1",
    )
    exit_code = 6


class StoreNotFound(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "No store at %1. Choose an existing store file or create a new one.",
    )


class FolderNotFound(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The folder %1 does not exist. Choose another place for the store.",
    )


class StoreExists(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "A store already exists at %1. Choose another file name.",
    )


class KeyFileError(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file %1 is missing or damaged, so the store cannot be opened, not even with the recovery code. Put back the key file from the latest backup of this store, or ask the administrator.",
    )


class WrongKey(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store does not open with this key: the file is damaged or belongs to another key file.",
    )


class WorkstationMismatch(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "This store is bound to a workstation whose keyring does not answer: the keyring is locked or its entry is gone, or this is another workstation. Unlock the keyring (log in to the desktop again) and retry; to move the store to this workstation, an administrator runs grif-cli bind --recovery with the recovery code.",
    )


class StoreTampered(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Integrity check failed: %1. Stop work and inform the auditor.",
    )
    exit_code = 7


class StoreRolledBack(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.",
    )
    exit_code = 7
    # Where the journal and the remembered head part (services.journal.HeadMismatch), for
    # reports that say where; set by the one place that raises it.
    mismatch: Any = None


class AuditWriteFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The audit record could not be written, so the action was not done: %1",
    )


class StoreBusy(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store is in use by another program. Close it and try again.",
    )


class DiskFull(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full. Free some space and try again; nothing was saved.",
    )


class ReadOnlyStore(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store is read-only here, so nothing can be changed. To work in it, copy the store with its .keys file to a folder you may write to, or ask the administrator for write access, then open it again.",
    )


class BackupDamaged(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup in %1 cannot be used: %2. Nothing was restored; use another backup.",
    )
    exit_code = 7

    def __init__(self, folder: object, reason: object) -> None:
        super().__init__(folder, reason)
        self.reason = reason


class BackupWriteFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup could not be written to %1: %2. Check that the medium is inserted, writable and has free space, then make the backup again. The store itself is unchanged.",
    )


class StoreFromNewerVersion(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store %1 was last used by a newer version of Grif (schema %2) than this one (%3). Open it with that version or a later one; this version leaves it untouched.",
    )


class UpgradeBackupFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "Before bringing the store %1 up to this version, Grif makes a verified backup of it beside it, and that failed: %2. The store was not changed. Free space in its folder (or make the folder writable) and open it again, or install Grif %3 again to keep working with it as it is.",
    )


class UpgradeFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The store %1 could not be brought up to this version of Grif: %2. It was left exactly as it was. To keep working with it, install Grif %3 again. A verified backup made before the attempt is in %4. Report this message to the program's maintainers.",
    )
    exit_code = 7


class BackupCheckFailed(StoreError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup was written but its check failed: %1. It was not kept. Make the backup again on another medium; if it fails again, run the integrity check of the store.",
    )
    exit_code = 7
