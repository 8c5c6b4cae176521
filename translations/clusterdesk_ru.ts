<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Check</name>
    <message>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {current} (this program: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is not up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check failed: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows point to missing rows (foreign keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not marked as a ClusterDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server {version}: reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo data added: {count} organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} organizations written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} errors in {rows} rows: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check only: {rows} rows are correct; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} organizations added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cluster</name>
    <message>
        <source>New cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme of activity runs for at least 3 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This file is not a ClusterDesk database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of ClusterDesk (schema {rev}). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already has participants; demo data goes only into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ran into an unexpected error. Your saved data is safe; the action you were doing may not have finished.

The details were written to {path}. Please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Row {row}, column «{column}»: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large ({size} MB); the limit is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx). If it is an old .xls file, open it in Excel and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file unpacks to a suspicious size and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in the first {count} rows. The sheet needs at least these columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role «{value}»; write one of: {roles}.</source>
        <extracomment>The file&apos;s column headers. They are a file format shared with other offices, so they stay Russian whatever the interface language is. Role words in the file (any case, ё or е).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is empty, but membership details are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} repeats row {first} ({name}): merged into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant and procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Edit organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership in the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, or 12 for an individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts are personal data (Federal Law 152-FZ): record the person&apos;s consent to processing and its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date (dd.mm.yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. council decision, protocol no. and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>The organization has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization no longer exists: someone deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization with this INN is already listed: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, INN, OGRN, region, agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete «{name}» with its contacts and membership history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{name}» was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} errors; fix them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} rows: {created} added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants-template.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council member (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this action ({permission}).</source>
        <extracomment>A database with no accounts yet runs for whoever opens it (issue 3).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is not built yet. It will appear in a coming version of ClusterDesk; until then keep this work where you kept it before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Participants of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Someone else changed this record while you were editing it. Your changes were not saved: reopen the record and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change clashes with data already stored: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the local file; or postgresql://user:password@server/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database now open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect the next time ClusterDesk starts. The --db option and the CLUSTERDESK_DB environment variable take precedence over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart ClusterDesk to apply them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A 15-digit OGRN belongs to an individual, not to a 10-digit INN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participant&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of leaving is earlier than the date of joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the participant left: exclusion needs the council&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization can have only one current membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN must have 10 digits (organization) or 12 digits (individual); this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN check digit failed: the 10th digit should be {expected}, not {actual}. Check the number against the organization&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN check digit failed: the {position}th digit should be {expected}, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN must contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN must have 13 digits (organization) or 15 digits (individual entrepreneur); this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN check digit failed: the last digit should be {expected}, not {actual}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OGRN cannot start with {digit}: check the first digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPP must have 9 characters: 4 digits, 2 digits or Latin capitals, 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«{value}» is not a date; write it as 01.09.2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
