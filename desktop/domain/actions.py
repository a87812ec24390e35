"""Display labels of the audit journal's action and outcome codes.

The journal stores codes ("auth.login", "denied"); people read labels, translated when shown
(contexts "Actions" and "Outcomes"). A code without a label is shown as it is, so a record
written by a newer version of the program is never hidden.
"""

from __future__ import annotations

from desktop.domain.tr import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    # Sessions
    "auth.login": QT_TRANSLATE_NOOP("Actions", "Login"),
    "auth.logout": QT_TRANSLATE_NOOP("Actions", "Logout"),
    "auth.login_failed": QT_TRANSLATE_NOOP("Actions", "Failed login"),
    "auth.lock": QT_TRANSLATE_NOOP("Actions", "Session locked"),
    "auth.unlock": QT_TRANSLATE_NOOP("Actions", "Session unlocked"),
    # People
    "user.add": QT_TRANSLATE_NOOP("Actions", "User added"),
    "user.update": QT_TRANSLATE_NOOP("Actions", "User changed"),
    "user.disable": QT_TRANSLATE_NOOP("Actions", "User disabled"),
    "user.enable": QT_TRANSLATE_NOOP("Actions", "User enabled"),
    "user.reset_password": QT_TRANSLATE_NOOP("Actions", "Password reset"),
    "user.change_password": QT_TRANSLATE_NOOP("Actions", "Password changed"),
    "user.list": QT_TRANSLATE_NOOP("Actions", "User list viewed"),
    "user.view": QT_TRANSLATE_NOOP("Actions", "User card viewed"),
    "user.expiring": QT_TRANSLATE_NOOP("Actions", "Expiring clearances viewed"),
    # The store
    "store.create": QT_TRANSLATE_NOOP("Actions", "Store created"),
    "store.verify": QT_TRANSLATE_NOOP("Actions", "Integrity check"),
    "store.rekey": QT_TRANSLATE_NOOP("Actions", "Store key changed"),
    "store.bind": QT_TRANSLATE_NOOP("Actions", "Store bound to the workstation"),
    "store.unbind": QT_TRANSLATE_NOOP("Actions", "Store unbound from the workstation"),
    "store.rebind": QT_TRANSLATE_NOOP("Actions", "Store moved to another workstation"),
    "store.raw_key_disclosed": QT_TRANSLATE_NOOP("Actions", "Raw store key disclosed"),
    "store.backup_start": QT_TRANSLATE_NOOP("Actions", "Backup started"),
    "store.backup": QT_TRANSLATE_NOOP("Actions", "Backup written and verified"),
    "store.restore": QT_TRANSLATE_NOOP("Actions", "Store restored from a backup"),
    "store.upgrade": QT_TRANSLATE_NOOP("Actions", "Store brought up to a new version of Grif"),
    # Security events (found by the program; see services/security_events.py)
    "security.tamper": QT_TRANSLATE_NOOP("Actions", "Security event: store file damaged"),
    "security.rollback": QT_TRANSLATE_NOOP("Actions", "Security event: older copy of the store"),
    "security.chain_broken": QT_TRANSLATE_NOOP("Actions", "Security event: journal chain broken"),
    "security.login_burst": QT_TRANSLATE_NOOP("Actions", "Security event: burst of failed logins"),
    "security.acknowledge": QT_TRANSLATE_NOOP("Actions", "Security event acknowledged"),
    # The journal itself
    "audit.export": QT_TRANSLATE_NOOP("Actions", "Journal exported"),
    "audit.search": QT_TRANSLATE_NOOP("Actions", "Journal viewed"),
    # Other
    "settings.change": QT_TRANSLATE_NOOP("Actions", "Settings changed"),
    "print.recovery_sheet": QT_TRANSLATE_NOOP("Actions", "Recovery sheet printed"),
    "print.register_extract": QT_TRANSLATE_NOOP("Actions", "Register extract printed"),
    "print.copy_card": QT_TRANSLATE_NOOP("Actions", "Copy card printed"),
    "print.receipt_confirmation": QT_TRANSLATE_NOOP("Actions", "Receipt confirmation printed"),

    "register.add": QT_TRANSLATE_NOOP("Actions", "Carrier registered"),
    "register.search": QT_TRANSLATE_NOOP("Actions", "Register viewed"),
    "register.find": QT_TRANSLATE_NOOP("Actions", "Registration looked up"),
    "register.view_card": QT_TRANSLATE_NOOP("Actions", "Copy card viewed"),
    "register.export": QT_TRANSLATE_NOOP("Actions", "Register exported"),
    "register.import": QT_TRANSLATE_NOOP("Actions", "Carriers imported"),
    "copy.issue": QT_TRANSLATE_NOOP("Actions", "Copy issued"),
    "copy.return": QT_TRANSLATE_NOOP("Actions", "Copy returned"),
    "copy.dispatch": QT_TRANSLATE_NOOP("Actions", "Copy dispatched"),
    "copy.confirm_receipt": QT_TRANSLATE_NOOP("Actions", "Receipt of a copy confirmed"),
    "marking.preview": QT_TRANSLATE_NOOP("Actions", "Marking change worked out"),
    "marking.open": QT_TRANSLATE_NOOP("Actions", "Marking-change case opened"),
    "marking.view": QT_TRANSLATE_NOOP("Actions", "Marking-change case viewed"),
    "marking.list": QT_TRANSLATE_NOOP("Actions", "Marking-change cases listed"),
    "marking.remark": QT_TRANSLATE_NOOP("Actions", "Copy re-marked"),
    "marking.close": QT_TRANSLATE_NOOP("Actions", "Marking-change case closed"),
    "copying.request": QT_TRANSLATE_NOOP("Actions", "Copy request recorded"),
    "copying.approve": QT_TRANSLATE_NOOP("Actions", "Copying permitted"),
    "copying.refuse": QT_TRANSLATE_NOOP("Actions", "Copying refused"),
    "copying.make": QT_TRANSLATE_NOOP("Actions", "Copies made under a permission"),
    "copying.view": QT_TRANSLATE_NOOP("Actions", "Copy request viewed"),
    "copying.list": QT_TRANSLATE_NOOP("Actions", "Copy requests listed"),
    "print.marking_act": QT_TRANSLATE_NOOP("Actions", "Marking-change act printed"),
    "print.copy_request": QT_TRANSLATE_NOOP("Actions", "Copy request printed"),
    "destruction.create": QT_TRANSLATE_NOOP("Actions", "Destruction act drawn up"),
    "destruction.update": QT_TRANSLATE_NOOP("Actions", "Destruction act changed"),
    "destruction.sign": QT_TRANSLATE_NOOP("Actions", "Destruction act signed"),
    "destruction.approve": QT_TRANSLATE_NOOP("Actions", "Destruction act approved"),
    "destruction.execute": QT_TRANSLATE_NOOP("Actions", "Destruction act executed"),
    "destruction.withdraw": QT_TRANSLATE_NOOP("Actions", "Destruction act returned to draft"),
    "destruction.view": QT_TRANSLATE_NOOP("Actions", "Destruction act viewed"),
    "destruction.list": QT_TRANSLATE_NOOP("Actions", "Destruction acts listed"),
    "return.send": QT_TRANSLATE_NOOP("Actions", "Carriers sent back to the originator"),
    "return.confirm": QT_TRANSLATE_NOOP("Actions", "Return to the originator confirmed"),
    "return.view": QT_TRANSLATE_NOOP("Actions", "Return list viewed"),
    "return.list": QT_TRANSLATE_NOOP("Actions", "Return lists listed"),
    "inventory.start": QT_TRANSLATE_NOOP("Actions", "Inventory check started"),
    "inventory.found": QT_TRANSLATE_NOOP("Actions", "Copies found in a check"),
    "inventory.missing": QT_TRANSLATE_NOOP("Actions", "Copies marked missing in a check"),
    "inventory.surplus": QT_TRANSLATE_NOOP("Actions", "Surplus item recorded in a check"),
    "inventory.finish": QT_TRANSLATE_NOOP("Actions", "Inventory check finished"),
    "inventory.view": QT_TRANSLATE_NOOP("Actions", "Inventory check viewed"),
    "inventory.list": QT_TRANSLATE_NOOP("Actions", "Inventory checks listed"),
    "incident.open": QT_TRANSLATE_NOOP("Actions", "Loss or disclosure case opened"),
    "incident.investigate": QT_TRANSLATE_NOOP("Actions", "Internal investigation ordered"),
    "incident.close": QT_TRANSLATE_NOOP("Actions", "Findings of an investigation recorded"),
    "incident.view": QT_TRANSLATE_NOOP("Actions", "Loss or disclosure case viewed"),
    "incident.list": QT_TRANSLATE_NOOP("Actions", "Loss and disclosure cases listed"),
    "print.destruction_act": QT_TRANSLATE_NOOP("Actions", "Destruction act printed"),
    "print.return_list": QT_TRANSLATE_NOOP("Actions", "Return list printed"),
    "print.inventory_act": QT_TRANSLATE_NOOP("Actions", "Inventory act printed"),
    "mci.set": QT_TRANSLATE_NOOP("Actions", "Monthly calculation index set"),
    "mci.remove": QT_TRANSLATE_NOOP("Actions", "Monthly calculation index removed"),
    "incident.party_notice": QT_TRANSLATE_NOOP("Actions", "Notice to the Kyrgyz party recorded"),
    "dossier.assign": QT_TRANSLATE_NOOP("Actions", "Damage assessment assigned"),
    "dossier.participant": QT_TRANSLATE_NOOP("Actions", "Dossier commission changed"),
    "dossier.degree": QT_TRANSLATE_NOOP("Actions", "Secrecy degree established"),
    "dossier.indicator": QT_TRANSLATE_NOOP("Actions", "Damage indicator entered"),
    "dossier.assess": QT_TRANSLATE_NOOP("Actions", "Damage assessed"),
    "dossier.agree": QT_TRANSLATE_NOOP("Actions", "Conclusion agreed"),
    "dossier.sign": QT_TRANSLATE_NOOP("Actions", "Conclusion signed"),
    "dossier.approve": QT_TRANSLATE_NOOP("Actions", "Conclusion approved"),
    "dossier.dispatch": QT_TRANSLATE_NOOP("Actions", "Conclusion dispatched"),
    "dossier.owner_read": QT_TRANSLATE_NOOP("Actions", "Owner read the conclusion"),
    "dossier.file_add": QT_TRANSLATE_NOOP("Actions", "File added to a dossier"),
    "dossier.file_open": QT_TRANSLATE_NOOP("Actions", "Dossier file opened"),
    "dossier.view": QT_TRANSLATE_NOOP("Actions", "Dossier viewed"),
    "dossier.list": QT_TRANSLATE_NOOP("Actions", "Dossiers listed"),
    "print.conclusion": QT_TRANSLATE_NOOP("Actions", "Damage conclusion printed"),
    # Visits, contracts and transfers to the Kyrgyz party (S001 a.5, a.7, a.10)
    "visit.create": QT_TRANSLATE_NOOP("Actions", "Visit request created"),
    "visit.update": QT_TRANSLATE_NOOP("Actions", "Visit request changed"),
    "visit.send": QT_TRANSLATE_NOOP("Actions", "Visit request sent or received"),
    "visit.agree": QT_TRANSLATE_NOOP("Actions", "Visit agreed"),
    "visit.refuse": QT_TRANSLATE_NOOP("Actions", "Visit refused"),
    "visit.cancel": QT_TRANSLATE_NOOP("Actions", "Visit cancelled"),
    "visit.close": QT_TRANSLATE_NOOP("Actions", "Visit closed"),
    "visit.view": QT_TRANSLATE_NOOP("Actions", "Visit request viewed"),
    "visit.list": QT_TRANSLATE_NOOP("Actions", "Visit requests listed"),
    "visit.personal_data_view": QT_TRANSLATE_NOOP("Actions", "Visitors' personal data viewed"),
    "print.visit_request": QT_TRANSLATE_NOOP("Actions", "Visit request printed"),
    "contract.create": QT_TRANSLATE_NOOP("Actions", "Contract registered"),
    "contract.update": QT_TRANSLATE_NOOP("Actions", "Contract changed"),
    "contract.end": QT_TRANSLATE_NOOP("Actions", "Contract ended"),
    "contract.link": QT_TRANSLATE_NOOP("Actions", "Registration linked to a contract"),
    "contract.view": QT_TRANSLATE_NOOP("Actions", "Contract viewed"),
    "contract.list": QT_TRANSLATE_NOOP("Actions", "Contracts listed"),
    "copy.transfer": QT_TRANSLATE_NOOP("Actions", "Copy sent to the Kyrgyz party"),
    "demo.fill": QT_TRANSLATE_NOOP("Actions", "Demo register filled"),
}

OUTCOME_LABELS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("Outcomes", "Success"),
    "failure": QT_TRANSLATE_NOOP("Outcomes", "Failure"),
    "denied": QT_TRANSLATE_NOOP("Outcomes", "Denied"),
}


def label(code: str) -> str:
    """The source label of an action code (translate it in context "Actions"), or the code."""
    return ACTION_LABELS.get(code, code)


def outcome_label(code: str) -> str:
    """The source label of an outcome (translate it in context "Outcomes"), or the code."""
    return OUTCOME_LABELS.get(code, code)
