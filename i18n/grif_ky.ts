<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins. Wait %1 seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins are locked after repeated failures. Wait %1 minutes or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to do this (%1). Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clearance does not give access to this information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store at %1. Choose an existing store file or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store already exists at %1. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing or damaged. Restore it from a backup or use the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not open with this key: the file is damaged or belongs to another key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is bound to another workstation or its keyring is locked. Unlock the keyring or open the store with the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check failed: %1. Stop work and inform the auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was replaced by an older copy: its journal ends at record %1, the workstation remembers record %2. Inform the auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record could not be written, so the action was not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 256 characters are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not be one repeated character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong. Check it against the sheet kept in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>Of special importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Registry clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the protection unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
