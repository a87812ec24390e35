"""grif-cli: administration and automation without a window.

Passwords and recovery codes are read from standard input (--password-stdin, one per line,
in the order each command states) or asked for on a terminal; never taken as arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import time
from pathlib import Path

from desktop import __version__
from desktop.domain import fields
from desktop.domain.clearance import Clearance
from desktop.domain.errors import GrifError, InvalidInput, StoreError
from desktop.domain.roles import Permission
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.security import export_crypto, recovery
from desktop.security.workstation import os_keystore
from desktop.services import auth, backups, csv_io, integrity, rekey, restore, users
from desktop.services.backup_manifest import STORE_FILE
from desktop.services.demo import DEMO_PASSWORD, create_demo
from desktop.services.stores import create_store
from desktop.store.register_query import SORT_KEYS, RegisterFilter

NEED_ADMIN = QT_TRANSLATE_NOOP("Errors", "name the administrator who does this")
NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "standard input is not UTF-8 text")
NEED_TARGET = QT_TRANSLATE_NOOP("Errors", "name the store file to restore into")


class Secrets:
    """Secrets from stdin lines (--password-stdin) or terminal prompts."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            try:
                line = sys.stdin.readline()
            except UnicodeDecodeError:
                raise InvalidInput(prompt, NOT_UTF8) from None
            if not line:
                raise InvalidInput(prompt, "missing line on standard input")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise InvalidInput(prompt, "use --password-stdin when input is not a terminal")
        return getpass.getpass(f"{prompt}: ")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _clearance(args: argparse.Namespace) -> Clearance | None:
    if args.clearance_form is None:
        return None
    if not (args.clearance_number and args.clearance_issued and args.clearance_expires):
        raise InvalidInput(
            fields.CLEARANCE,
            QT_TRANSLATE_NOOP("Errors", "give form, number, issue and expiry dates together"))
    return Clearance(args.clearance_form, args.clearance_number, args.clearance_issued,
                     args.clearance_expires)


def _login(args: argparse.Namespace, secrets: Secrets, who: str):
    return auth.login(Path(args.store), who, secrets.read(f"password of {who}"), os_keystore())


def cmd_init(args, secrets: Secrets) -> int:
    password = secrets.read(f"new password of {args.admin}")
    keystore = None
    if args.bind:
        keystore = os_keystore()
        if keystore is None:
            print("no allowed OS keyring here: the store cannot be bound", file=sys.stderr)
            return 2
    created = create_store(Path(args.store), organisation=args.organisation,
                           admin_username=args.admin, admin_full_name=args.full_name or args.admin,
                           admin_password=password, keystore=keystore)
    created.session.store.close()
    print(f"store created: {Path(args.store).absolute()}")
    print(f"bound to this workstation: {'yes' if keystore else 'no'}")
    print("RECOVERY CODE (shown once; print it and keep it in the safe):")
    print(f"  {recovery.grouped(created.recovery_code)}")
    return 0


def cmd_demo(args, secrets: Secrets) -> int:
    if args.copies < 0:
        raise InvalidInput("--copies", str(args.copies))
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"demo: {done}/{total} copies ({time.perf_counter() - started:.1f} s)",
              flush=True)
    created = create_demo(Path(args.store), args.copies, progress=progress)
    created.session.store.close()
    print(f"demo store created: {Path(args.store).absolute()}")
    print(f"users: admin clerk head director executor member auditor; password {DEMO_PASSWORD}")
    print(f"recovery code: {recovery.grouped(created.recovery_code)}")
    return 0


def cmd_user(args, secrets: Secrets) -> int:
    if args.user_cmd == "passwd" and not args.as_user:
        old = secrets.read(f"current password of {args.name}")
        session = auth.login(Path(args.store), args.name, old, os_keystore())
        try:
            users.change_own_password(session, old,
                                      secrets.read(f"new password of {args.name}"))
        finally:
            session.store.close()
        print(f"password changed: {args.name}")
        return 0
    if not args.as_user:
        raise InvalidInput("--as", NEED_ADMIN)
    session = _login(args, secrets, args.as_user)
    try:
        if args.user_cmd == "add":
            perms = {Permission.PERSONAL_DATA} if args.personal_data else set()
            users.add_user(session, username=args.name, full_name=args.full_name,
                           password=secrets.read(f"new password of {args.name}"),
                           roles=[r for r in args.roles.split(",") if r],
                           permissions=perms, clearance=_clearance(args),
                           position=args.position, department=args.department)
            print(f"user added: {args.name}")
        elif args.user_cmd == "passwd":
            users.reset_password(session, args.name, secrets.read(f"new password of {args.name}"))
            print(f"password reset: {args.name}")
        elif args.user_cmd == "disable":
            users.disable_user(session, args.name)
            print(f"user disabled: {args.name}")
        elif args.user_cmd == "enable":
            users.enable_user(session, args.name, secrets.read(f"new password of {args.name}"))
            print(f"user enabled: {args.name}")
        elif args.user_cmd == "list":
            for u in users.list_users(session):
                clearance = (f"form {u.clearance.form} until {u.clearance.expires}"
                             if u.clearance else "no clearance")
                print(f"{u.username}\t{'active' if u.active else 'disabled'}\t"
                      f"{','.join(sorted(r.value for r in u.roles))}\t{clearance}\t{u.full_name}")
        return 0
    finally:
        session.store.close()


def cmd_verify(args, secrets: Secrets) -> int:
    report = integrity.verify(Path(args.store), args.user,
                              secrets.read(f"password of {args.user}"), os_keystore())
    for line in report.lines():
        print(line)
    return 0 if report.ok else 7


def cmd_audit(args, secrets: Secrets) -> int:
    session = _login(args, secrets, args.as_user)
    try:
        if args.output:
            with open(args.output, "x", encoding="utf-8") as out:
                count = integrity.export_journal(session, out)
        else:
            count = integrity.export_journal(session, sys.stdout)
    finally:
        session.store.close()
    print(f"{count} records exported", file=sys.stderr)
    return 0


def cmd_recovery_key(args, secrets: Secrets) -> int:
    key = integrity.raw_key_with_recovery(Path(args.store), secrets.read("recovery code"),
                                          os_keystore())
    print(f"x'{key.hex()}'")
    print("Open with any SQLCipher 4 tool:  PRAGMA key = \"x'<the key above>'\";",
          file=sys.stderr)
    return 0


def cmd_rekey(args, secrets: Secrets) -> int:
    session = _login(args, secrets, args.as_user)
    try:
        rekey.rekey(session)
    finally:
        session.store.close()
    print("store rekeyed: every password and the recovery code still open it")
    return 0


def cmd_bind(args, secrets: Secrets) -> int:
    if args.command == "bind" and args.recovery:
        keystore = os_keystore()
        if keystore is None:
            print("no allowed OS keyring here: the store cannot be bound", file=sys.stderr)
            return 2
        rekey.rebind_with_recovery(Path(args.store), secrets.read("recovery code"), keystore)
        print(f"store moved to this workstation ({keystore.name}); passwords unchanged")
        return 0
    if not args.as_user:
        raise InvalidInput("--as", NEED_ADMIN)
    session = _login(args, secrets, args.as_user)
    try:
        if args.command == "bind":
            keystore = os_keystore()
            if keystore is None:
                print("no allowed OS keyring here: the store cannot be bound", file=sys.stderr)
                return 2
            rekey.bind(session, keystore)
            print(f"store bound to this workstation ({keystore.name})")
        else:
            rekey.unbind(session)
            print("store unbound")
    finally:
        session.store.close()
    return 0


def cmd_register(args, secrets: Secrets) -> int:
    session = _login(args, secrets, args.as_user)
    try:
        if args.register_cmd == "export":
            flt = RegisterFilter(level=args.level, state=args.state, search=args.search,
                                 date_from=args.date_from, date_to=args.date_to)
            done = csv_io.export_csv(session, flt, Path(args.output),
                                     secrets.read("export passphrase"), sort=args.sort,
                                     lang=args.lang)
            print(f"exported: {Path(args.output).absolute()}")
            print(f"registered as {done.reg_no} (level {done.level.value}); the file is a "
                  f"carrier: keep and dispose of it as one")
            return 0
        preview = csv_io.import_csv(session, Path(args.file))
        for problem in preview.errors:
            print(f"row {problem.row}, column {problem.column or '-'}: "
                  f"{problem.error.text()}", file=sys.stderr)
        if preview.errors:
            print(f"{len(preview.errors)} bad rows: nothing imported", file=sys.stderr)
            return 2
        if args.dry_run:
            print(f"{len(preview.rows)} rows are valid; nothing imported (--dry-run)")
            return 0
        made = csv_io.commit_import(session, preview)
        print(f"imported {len(made)} registrations: {made[0].reg_no} – {made[-1].reg_no}")
        return 0
    finally:
        session.store.close()


class _Meter:
    """Progress on standard error, a line every tenth."""

    def __init__(self, what: str) -> None:
        self.what, self.shown = what, -1

    def __call__(self, done: int, total: int) -> bool:
        tenth = 10 * done // max(total, 1)
        if tenth != self.shown:
            self.shown = tenth
            print(f"{self.what}: {10 * tenth} %", file=sys.stderr, flush=True)
        return True


def cmd_backup(args, secrets: Secrets) -> int:
    session = _login(args, secrets, args.as_user)
    try:
        result = backups.make_backup(session, Path(args.dest), _Meter("backup"))
    finally:
        session.store.close()
    m = result.manifest
    print(f"backup written and verified: {result.folder}")
    print(f"{m.copies} copies, {m.records} journal records, schema {m.schema_revision}, "
          f"{m.seconds:.1f} s")
    print(f"SHA-256 of the store file: {m.files[STORE_FILE]['sha256']}")
    return 0


def _backup_unlock(args, secrets: Secrets) -> dict[str, str]:
    if args.as_user:
        return {"username": args.as_user,
                "password": secrets.read(f"password of {args.as_user} (in the backup)")}
    return {"recovery_code": secrets.read("recovery code")}


def cmd_restore(args, secrets: Secrets) -> int:
    unlock = _backup_unlock(args, secrets)
    if args.check_only:
        kek, _ = restore.unlock_backup(Path(args.backup), **unlock)
        m = backups.verify_backup_folder(Path(args.backup), kek, _Meter("check"))
        print(f"backup is whole: {m.copies} copies, {m.records} journal records, "
              f"made {m.created_at} by {m.created_by} on {m.workstation}")
        return 0
    if not args.target:
        raise InvalidInput("TARGET", NEED_TARGET)
    result = restore.restore_backup(Path(args.backup), Path(args.target), keystore=os_keystore(),
                                    progress=_Meter("restore"), **unlock)
    print(f"restored: {result.path} (journal record {result.restore_seq})")
    print(f"from the backup made {result.manifest.created_at} by {result.manifest.created_by}")
    if result.aside is not None:
        print(f"the store it replaced was kept as {result.aside}")
    print(f"bound to this workstation: {'yes' if result.bound else 'no'}")
    return 0


def cmd_self_test(args, secrets: Secrets) -> int:
    from desktop import selftest
    return selftest.main(args.lang)


def cmd_decrypt_export(args, secrets: Secrets) -> int:
    passphrase = secrets.read("export passphrase")
    out = Path(args.output)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as target:
            meta = export_crypto.decrypt_to(Path(args.file), passphrase, target)
    except BaseException:
        out.unlink(missing_ok=True)  # never leave a half-decrypted file behind
        raise
    print(f"decrypted: {out.absolute()}")
    print(f"registration {meta.get('reg_no', '?')}, marking {meta.get('marking', '?')}, "
          f"{meta.get('rows', '?')} rows", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="grif-cli", description="Grif registry administration")
    p.add_argument("--version", action="version", version=f"grif {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def with_store(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("store", help="path of the store file")
        sp.add_argument("--password-stdin", action="store_true",
                        help="read passwords/codes from standard input, one per line")
        return sp

    sp = with_store(sub.add_parser("init", help="create a new store (prints the recovery code)"))
    sp.add_argument("--admin", required=True, help="administrator user name")
    sp.add_argument("--full-name", default="", help="administrator's full name")
    sp.add_argument("--organisation", default="Organisation", help="name on printed forms")
    sp.add_argument("--bind", action="store_true", help="bind to this workstation's keyring")
    sp.set_defaults(func=cmd_init)

    sp = with_store(sub.add_parser("demo", help="create a demo store"))
    sp.add_argument("--copies", type=int, default=0,
                    help="fill the register with this many demo copies (e.g. 10000)")
    sp.set_defaults(func=cmd_demo)

    sp = sub.add_parser("user", help="manage users")
    usub = sp.add_subparsers(dest="user_cmd", required=True)
    for name, text in (("add", "add a user (stdin: admin password, new password)"),
                       ("passwd", "change a password (stdin: current + new, or with --as: "
                                  "admin password + new)"),
                       ("disable", "disable a user and remove the key slot"),
                       ("enable", "enable a user (stdin: admin password, new password)"),
                       ("list", "list users")):
        up = with_store(usub.add_parser(name, help=text))
        if name != "list":
            up.add_argument("name", help="user name")
        up.add_argument("--as", dest="as_user", required=name not in ("passwd",),
                        help="who does it (an administrator)")
        if name == "add":
            up.add_argument("--full-name", required=True)
            up.add_argument("--roles", required=True,
                            help="comma list: clerk, protection_head, org_head, executor, "
                                 "commission, auditor, admin")
            up.add_argument("--position", default="")
            up.add_argument("--department", default="")
            up.add_argument("--personal-data", action="store_true",
                            help="may see personal data of staff and visitors")
            up.add_argument("--clearance-form", type=int, choices=(1, 2, 3))
            up.add_argument("--clearance-number")
            up.add_argument("--clearance-issued", type=_date)
            up.add_argument("--clearance-expires", type=_date)
        up.set_defaults(func=cmd_user)

    sp = with_store(sub.add_parser("verify", help="check the file and the audit chain"))
    sp.add_argument("--user", required=True)
    sp.set_defaults(func=cmd_verify)

    sp = sub.add_parser("audit", help="the audit journal")
    asub = sp.add_subparsers(dest="audit_cmd", required=True)
    ap = with_store(asub.add_parser("export", help="export the journal"))
    ap.add_argument("--as", dest="as_user", required=True)
    ap.add_argument("--format", choices=("jsonl",), default="jsonl")
    ap.add_argument("--output", help="file to create (default: standard output)")
    ap.set_defaults(func=cmd_audit)

    sp = with_store(sub.add_parser("recovery-key", help="print the raw SQLCipher key "
                                                        "(stdin: recovery code); audited"))
    sp.set_defaults(func=cmd_recovery_key)

    sp = sub.add_parser("register", help="the register of carriers")
    rsub = sp.add_subparsers(dest="register_cmd", required=True)
    rp = with_store(rsub.add_parser(
        "export", help="export what the user sees of the register as encrypted CSV "
                       "(stdin: password, then the export passphrase); audited and "
                       "registered as a carrier"))
    rp.add_argument("--as", dest="as_user", required=True)
    rp.add_argument("--output", required=True, help="file to create")
    rp.add_argument("--level", choices=("S", "SS", "OV"))
    rp.add_argument("--state", help="copy state code, e.g. issued")
    rp.add_argument("--search", help="words in titles, numbers and notes")
    rp.add_argument("--date-from", type=_date)
    rp.add_argument("--date-to", type=_date)
    rp.add_argument("--sort", choices=tuple(SORT_KEYS), default="number")
    rp.add_argument("--lang", choices=("kk", "ru", "ky"),
                    help="language of the export's title in the register")
    rp.set_defaults(func=cmd_register)
    rp = with_store(rsub.add_parser(
        "import", help="register incoming carriers from a CSV file (stdin: password); "
                       "nothing is written unless every row is valid"))
    rp.add_argument("file", help="CSV file, UTF-8, header row with the column codes")
    rp.add_argument("--as", dest="as_user", required=True)
    rp.add_argument("--dry-run", action="store_true", help="check only")
    rp.set_defaults(func=cmd_register)

    sp = with_store(sub.add_parser(
        "backup", help="write a verified, encrypted backup of the whole store into a new folder "
                       "under DEST (stdin: administrator's password)"))
    sp.add_argument("dest", help="folder or mounted removable medium")
    sp.add_argument("--as", dest="as_user", required=True, help="the administrator")
    sp.set_defaults(func=cmd_backup)

    sp = sub.add_parser("restore", help="check a backup and restore it into TARGET (stdin: the "
                                        "recovery code, or with --as the password of an "
                                        "administrator in the backup); audited")
    sp.add_argument("backup", help="the backup folder (…-backup-YYYYmmdd-HHMMSS)")
    sp.add_argument("target", nargs="?", help="store file to create or replace (the replaced "
                                              "one is kept aside)")
    sp.add_argument("--as", dest="as_user", help="an administrator in the backup")
    sp.add_argument("--check-only", action="store_true",
                    help="only check the backup; nothing is written")
    sp.add_argument("--password-stdin", action="store_true",
                    help="read the code or password from standard input")
    sp.set_defaults(func=cmd_restore)

    sp = sub.add_parser("self-test", help="check this installation (store library, cipher, "
                                          "fonts, translations, PDF output); exit 0 if all pass")
    sp.add_argument("--lang", choices=("kk", "ru", "ky", "en"), help="language of the report")
    sp.set_defaults(func=cmd_self_test, password_stdin=False)

    sp = sub.add_parser("decrypt-export", help="decrypt an export file (stdin: passphrase)")
    sp.add_argument("file", help="the encrypted export")
    sp.add_argument("--output", required=True, help="file to create")
    sp.add_argument("--password-stdin", action="store_true",
                    help="read the passphrase from standard input")
    sp.set_defaults(func=cmd_decrypt_export)

    for name, func, text in (("rekey", cmd_rekey, "new store key (administrator)"),
                             ("bind", cmd_bind, "bind the store to this workstation"),
                             ("unbind", cmd_bind, "remove the workstation binding")):
        sp = with_store(sub.add_parser(name, help=text))
        sp.add_argument("--as", dest="as_user", required=name == "rekey")
        if name == "bind":
            sp.add_argument("--recovery", action="store_true",
                            help="move a bound store to this workstation with the recovery "
                                 "code (stdin), e.g. after the old one was replaced")
        sp.set_defaults(func=func)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        for name, value in vars(args).items():
            # No file name or user name holds a NUL; the OS calls would refuse it untyped.
            if isinstance(value, str) and "\x00" in value:
                raise InvalidInput(name.replace("_", "-"), fields.CONTROL_CHARS)
        return int(args.func(args, Secrets(args.password_stdin)))
    except GrifError as exc:
        _complain(exc.text())
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # e.g. --output exists, folder missing
        _complain(f"{exc.strerror or exc}: {exc.filename or ''}")
        return StoreError.exit_code


def _complain(text: str) -> None:
    # A message may quote an argument whose bytes were not UTF-8 (lone surrogates): shown
    # escaped rather than failing on a strict stream.
    print(f"grif-cli: {text}".encode("utf-8", "backslashreplace").decode("utf-8"),
          file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
