<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>see the units and the people</source>
        <translation>see the units and the people</translation>
    </message>
    <message>
        <source>change the organisation, its units, people and fiscal years</source>
        <translation>change the organisation, its units, people and fiscal years</translation>
    </message>
    <message>
        <source>manage accounts, grant roles and change settings</source>
        <translation>manage accounts, grant roles and change settings</translation>
    </message>
    <message>
        <source>see the accounts and roles</source>
        <translation>see the accounts and roles</translation>
    </message>
    <message>
        <source>import, edit and copy checklists</source>
        <translation>import, edit and copy checklists</translation>
    </message>
    <message>
        <source>plan an audit (scope, team, schedule, assignments)</source>
        <translation>plan an audit (scope, team, schedule, assignments)</translation>
    </message>
    <message>
        <source>see a unit&apos;s audit results, evidence, findings and working papers</source>
        <translation>see a unit&apos;s audit results, evidence, findings and working papers</translation>
    </message>
    <message>
        <source>record audit results, evidence, findings and working papers</source>
        <translation>record audit results, evidence, findings and working papers</translation>
    </message>
    <message>
        <source>write the audit report&apos;s opinion and remarks</source>
        <translation>write the audit report&apos;s opinion and remarks</translation>
    </message>
    <message>
        <source>see a unit&apos;s remediation, exceptions, cross-checks and notice</source>
        <translation>see a unit&apos;s remediation, exceptions, cross-checks and notice</translation>
    </message>
    <message>
        <source>plan and report remediation, request exceptions and answer cross-checks for a unit</source>
        <translation>plan and report remediation, request exceptions and answer cross-checks for a unit</translation>
    </message>
    <message>
        <source>verify remediation or send it back</source>
        <translation>verify remediation or send it back</translation>
    </message>
    <message>
        <source>decide exceptions and accept risks</source>
        <translation>decide exceptions and accept risks</translation>
    </message>
    <message>
        <source>ask other units to check for a weakness</source>
        <translation>ask other units to check for a weakness</translation>
    </message>
    <message>
        <source>request progress reports</source>
        <translation>request progress reports</translation>
    </message>
    <message>
        <source>see the dashboard and the reports that cover every unit</source>
        <translation>see the dashboard and the reports that cover every unit</translation>
    </message>
    <message>
        <source>issue the audit report and unit notices</source>
        <translation>issue the audit report and unit notices</translation>
    </message>
    <message>
        <source>issue the remediation progress report</source>
        <translation>issue the remediation progress report</translation>
    </message>
    <message>
        <source>issue the self-inspection summary</source>
        <translation>issue the self-inspection summary</translation>
    </message>
    <message>
        <source>start a self-inspection campaign</source>
        <translation>start a self-inspection campaign</translation>
    </message>
    <message>
        <source>accept, return, export and import a campaign&apos;s answers</source>
        <translation>accept, return, export and import a campaign&apos;s answers</translation>
    </message>
    <message>
        <source>see a unit&apos;s self-inspection</source>
        <translation>see a unit&apos;s self-inspection</translation>
    </message>
    <message>
        <source>answer a unit&apos;s self-inspection</source>
        <translation>answer a unit&apos;s self-inspection</translation>
    </message>
    <message>
        <source>let people of a unit answer its self-inspection</source>
        <translation>let people of a unit answer its self-inspection</translation>
    </message>
    <message>
        <source>submit a unit&apos;s self-inspection</source>
        <translation>submit a unit&apos;s self-inspection</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>every unit</source>
        <translation>every unit</translation>
    </message>
    <message>
        <source>own unit</source>
        <translation>own unit</translation>
    </message>
    <message>
        <source>audits whose team they are on</source>
        <translation>audits whose team they are on</translation>
    </message>
    <message>
        <source>units assigned (all as the audit&apos;s chief)</source>
        <translation>units assigned (all as the audit&apos;s chief)</translation>
    </message>
    <message>
        <source>audits they lead as chief auditor</source>
        <translation>audits they lead as chief auditor</translation>
    </message>
    <message>
        <source>campaigns they started</source>
        <translation>campaigns they started</translation>
    </message>
    <message>
        <source>own unit, when asked to answer</source>
        <translation>own unit, when asked to answer</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>The audit no longer exists.</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>The finding no longer exists.</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>The evidence no longer exists.</translation>
    </message>
    <message>
        <source>The working paper no longer exists.</source>
        <translation>The working paper no longer exists.</translation>
    </message>
    <message>
        <source>The remediation plan no longer exists.</source>
        <translation>The remediation plan no longer exists.</translation>
    </message>
    <message>
        <source>The remediation action no longer exists.</source>
        <translation>The remediation action no longer exists.</translation>
    </message>
    <message>
        <source>The exception no longer exists.</source>
        <translation>The exception no longer exists.</translation>
    </message>
    <message>
        <source>The cross-department check no longer exists.</source>
        <translation>The cross-department check no longer exists.</translation>
    </message>
    <message>
        <source>The self-inspection campaign no longer exists.</source>
        <translation>The self-inspection campaign no longer exists.</translation>
    </message>
    <message>
        <source>%1 may not %2. Allowed: %3.</source>
        <translation>%1 may not %2. Allowed: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The login name 「%1」 is not allowed: use 2 to 64 letters, digits and . _ @ -.</source>
        <translation>The login name 「%1」 is not allowed: use 2 to 64 letters, digits and . _ @ -.</translation>
    </message>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>The password is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>The administrator already exists; sign in to add more accounts.</source>
        <translation>The administrator already exists; sign in to add more accounts.</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>The login name or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for 「%1」: try again in %2 seconds.</source>
        <translation>Too many wrong passwords for 「%1」: try again in %2 seconds.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>The login name 「%1」 is already taken.</source>
        <translation>The login name 「%1」 is already taken.</translation>
    </message>
    <message>
        <source>The person of the new account does not exist.</source>
        <translation>The person of the new account does not exist.</translation>
    </message>
    <message>
        <source>Another sign-in as 「%1」 is being checked: try again in a moment.</source>
        <translation>Another sign-in as 「%1」 is being checked: try again in a moment.</translation>
    </message>
    <message>
        <source>%1 already has the account 「%2」.</source>
        <translation>%1 already has the account 「%2」.</translation>
    </message>
    <message>
        <source>add an account</source>
        <translation>add an account</translation>
    </message>
    <message>
        <source>set another person&apos;s password</source>
        <translation>set another person&apos;s password</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>Partly conforming</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>Non-conforming</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Document reviewed</source>
        <translation>Document reviewed</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Minor</source>
        <comment>severity 指摘</comment>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>short for not assessed</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Conf.</source>
        <comment>short for conforming</comment>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Partly</source>
        <comment>short for partly conforming</comment>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Non-conf.</source>
        <comment>short for non-conforming</comment>
        <translation>Non-conf.</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>short for not applicable</comment>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is the organisation&apos;s own file, not a backup of it.</source>
        <translation>%1 is the organisation&apos;s own file, not a backup of it.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2): it cannot be restored.</source>
        <translation>The backup %1 is damaged (%2): it cannot be restored.</translation>
    </message>
    <message>
        <source>restore the organisation</source>
        <translation>restore the organisation</translation>
    </message>
    <message>
        <source>The record of the backup %1 was not checked or does not hold together: nothing was restored.</source>
        <translation>The record of the backup %1 was not checked or does not hold together: nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot read the copy of %1: %2</source>
        <translation>Cannot read the copy of %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3. It was not changed.</source>
        <translation>Cannot restore %1 into %2: %3. It was not changed.</translation>
    </message>
</context>
<context>
    <name>CampaignWorkbook</name>
    <message>
        <source>%1 may not export this unit&apos;s workbook.</source>
        <translation>%1 may not export this unit&apos;s workbook.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>this is not a workbook exported by Kansa for a self-inspection (it has no sheet 「kansa」)</source>
        <translation>this is not a workbook exported by Kansa for a self-inspection (it has no sheet 「kansa」)</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity is not one Kansa wrote</source>
        <translation>the workbook&apos;s identity is not one Kansa wrote</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity has been changed</source>
        <translation>the workbook&apos;s identity has been changed</translation>
    </message>
    <message>
        <source>the workbook belongs to a campaign or unit that is not in this organisation&apos;s database (campaign %1, unit %2)</source>
        <translation>the workbook belongs to a campaign or unit that is not in this organisation&apos;s database (campaign %1, unit %2)</translation>
    </message>
    <message>
        <source>the workbook&apos;s identity does not match 「%1」 of 「%2」: it was changed, or it was written for another unit or campaign</source>
        <translation>the workbook&apos;s identity does not match 「%1」 of 「%2」: it was changed, or it was written for another unit or campaign</translation>
    </message>
    <message>
        <source>the workbook was made from another version of the checklist</source>
        <translation>the workbook was made from another version of the checklist</translation>
    </message>
    <message>
        <source>the sheet 「%1」 is missing</source>
        <translation>the sheet 「%1」 is missing</translation>
    </message>
    <message>
        <source>the answers of 「%1」 were accepted already; the owner must return them before a new workbook is imported</source>
        <translation>the answers of 「%1」 were accepted already; the owner must return them before a new workbook is imported</translation>
    </message>
    <message>
        <source>a row without an item ID: rows may not be added</source>
        <translation>a row without an item ID: rows may not be added</translation>
    </message>
    <message>
        <source>%1 is not an item of this campaign</source>
        <translation>%1 is not an item of this campaign</translation>
    </message>
    <message>
        <source>%1 appears twice (also row %2)</source>
        <translation>%1 appears twice (also row %2)</translation>
    </message>
    <message>
        <source>a formula is not an answer: type ○ △ × or －</source>
        <translation>a formula is not an answer: type ○ △ × or －</translation>
    </message>
    <message>
        <source>「%1」 is not an answer: use ○ △ × or －</source>
        <translation>「%1」 is not an answer: use ○ △ × or －</translation>
    </message>
    <message>
        <source>the row of %1 is missing: rows may not be deleted</source>
        <translation>the row of %1 is missing: rows may not be deleted</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>%1 may not import returned workbooks.</source>
        <translation>%1 may not import returned workbooks.</translation>
    </message>
</context>
<context>
    <name>ChecklistDerivation</name>
    <message>
        <source>%1 holds no sentence that states a duty, a prohibition or a rule: it is not a policy Kansa can draft a checklist from.</source>
        <translation>%1 holds no sentence that states a duty, a prohibition or a rule: it is not a policy Kansa can draft a checklist from.</translation>
    </message>
    <message>
        <source>The checklist %1 is not valid: %2</source>
        <translation>The checklist %1 is not valid: %2</translation>
    </message>
    <message>
        <source>There is no checklist %1: give the id of a shipped checklist or the path of a checklist file.</source>
        <translation>There is no checklist %1: give the id of a shipped checklist or the path of a checklist file.</translation>
    </message>
</context>
<context>
    <name>ChecklistReader</name>
    <message>
        <source>unknown key (allowed here: %1)</source>
        <translation>unknown key (allowed here: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>must be an object with &quot;ja&quot; and &quot;en&quot;</source>
        <translation>must be an object with &quot;ja&quot; and &quot;en&quot;</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>the quote is longer than %1 characters: quote the clause, not the section</source>
        <translation>the quote is longer than %1 characters: quote the clause, not the section</translation>
    </message>
    <message>
        <source>「%1」 is not one of the checklist&apos;s documents</source>
        <translation>「%1」 is not one of the checklist&apos;s documents</translation>
    </message>
    <message>
        <source>names no role</source>
        <translation>names no role</translation>
    </message>
    <message>
        <source>unknown role 「%1」 (known: %2)</source>
        <translation>unknown role 「%1」 (known: %2)</translation>
    </message>
    <message>
        <source>unknown level 「%1」 (organisation, unit or system)</source>
        <translation>unknown level 「%1」 (organisation, unit or system)</translation>
    </message>
    <message>
        <source>names no evidence</source>
        <translation>names no evidence</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>the id %1 is used twice (also %2)</source>
        <translation>the id %1 is used twice (also %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>this is one part of a checklist: read the checklist.json that names it</source>
        <translation>this is one part of a checklist: read the checklist.json that names it</translation>
    </message>
    <message>
        <source>must be &quot;kansa-checklist&quot;</source>
        <translation>must be &quot;kansa-checklist&quot;</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>must be a whole number of at least 1</translation>
    </message>
    <message>
        <source>unknown kind 「%1」 (%2)</source>
        <translation>unknown kind 「%1」 (%2)</translation>
    </message>
    <message>
        <source>a checklist has either &quot;chapters&quot; or &quot;parts&quot;, not both or neither</source>
        <translation>a checklist has either &quot;chapters&quot; or &quot;parts&quot;, not both or neither</translation>
    </message>
    <message>
        <source>must be &quot;kansa-checklist-part&quot;</source>
        <translation>must be &quot;kansa-checklist-part&quot;</translation>
    </message>
    <message>
        <source>names 「%1」, but the header is 「%2」</source>
        <translation>names 「%1」, but the header is 「%2」</translation>
    </message>
    <message>
        <source>the id %1 is also used in %2</source>
        <translation>the id %1 is also used in %2</translation>
    </message>
    <message>
        <source>refers to the unknown item %1</source>
        <translation>refers to the unknown item %1</translation>
    </message>
    <message>
        <source>refused: the file is %1, far more than any checklist</source>
        <translation>refused: the file is %1, far more than any checklist</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1: the question is phrased negatively, so that ○ (yes) would be the bad answer; ask for what is done (「…せずに…しているか。」)</source>
        <translation>%1: the question is phrased negatively, so that ○ (yes) would be the bad answer; ask for what is done (「…せずに…しているか。」)</translation>
    </message>
    <message>
        <source>%1 is not a priority item, but %2, split from the same clause or quoting the same duty, is: mark both or neither</source>
        <translation>%1 is not a priority item, but %2, split from the same clause or quoting the same duty, is: mark both or neither</translation>
    </message>
    <message>
        <source>%1: the quote joins a list&apos;s lead-in to text without the list item&apos;s marker (①, （ア） …): quote the item with its marker, so that it shows what was left out</source>
        <translation>%1: the quote joins a list&apos;s lead-in to text without the list item&apos;s marker (①, （ア） …): quote the item with its marker, so that it shows what was left out</translation>
    </message>
    <message>
        <source>「%1」 is not a valid id (letters, digits, ., -, ( and ))</source>
        <translation>「%1」 is not a valid id (letters, digits, ., -, ( and ))</translation>
    </message>
    <message>
        <source>unknown language 「%1」 (en for a checklist in English only)</source>
        <translation>unknown language 「%1」 (en for a checklist in English only)</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>the table has no heading row</source>
        <translation>the table has no heading row</translation>
    </message>
    <message>
        <source>the heading row has no such column</source>
        <translation>the heading row has no such column</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>the workbook has no sheet</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>unknown setting 「%1」 (use #id, #title, #kind, #language, #version, #document)</source>
        <translation>unknown setting 「%1」 (use #id, #title, #kind, #language, #version, #document)</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Security committee</source>
        <translation>Security committee</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Each unit</source>
        <translation>Each unit</translation>
    </message>
    <message>
        <source>Each information system</source>
        <translation>Each information system</translation>
    </message>
    <message>
        <source>Priority item</source>
        <translation>Priority item</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Asked of</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Evidence to ask for</source>
        <translation>Evidence to ask for</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>Derived from</translation>
    </message>
    <message>
        <source>Withdrawn by the framework</source>
        <translation>Withdrawn by the framework</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>The organisation: an SQLite file or a postgresql:// URL (default: $KANSA_DB).</source>
        <translation>The organisation: an SQLite file or a postgresql:// URL (default: $KANSA_DB).</translation>
    </message>
    <message>
        <source>The login name to sign in with (default: $KANSA_USER). The password is read from $KANSA_PASSWORD or the first line of standard input.</source>
        <translation>The login name to sign in with (default: $KANSA_USER). The password is read from $KANSA_PASSWORD or the first line of standard input.</translation>
    </message>
    <message>
        <source>No database: give --db FILE_OR_URL or set KANSA_DB.</source>
        <translation>No database: give --db FILE_OR_URL or set KANSA_DB.</translation>
    </message>
    <message>
        <source>No login name: give --user LOGIN or set KANSA_USER.</source>
        <translation>No login name: give --user LOGIN or set KANSA_USER.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged</source>
        <translation>%1 (%2): %3 new, %4 changed, %5 unchanged</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Unknown command 「%1」. kansa-cli --help lists the commands.</source>
        <translation>Unknown command 「%1」. kansa-cli --help lists the commands.</translation>
    </message>
    <message>
        <source>Creates a new organisation in a new SQLite file or an empty PostgreSQL database. The administrator&apos;s password is read from $KANSA_PASSWORD or the first line of standard input.</source>
        <translation>Creates a new organisation in a new SQLite file or an empty PostgreSQL database. The administrator&apos;s password is read from $KANSA_PASSWORD or the first line of standard input.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name, e.g. 桜ヶ丘村.</source>
        <translation>The organisation&apos;s name, e.g. 桜ヶ丘村.</translation>
    </message>
    <message>
        <source>city, town, village, … or 市, 町, 村, 一部事務組合 (default: city).</source>
        <translation>city, town, village, … or 市, 町, 村, 一部事務組合 (default: city).</translation>
    </message>
    <message>
        <source>The administrator&apos;s login name (default: admin).</source>
        <translation>The administrator&apos;s login name (default: admin).</translation>
    </message>
    <message>
        <source>init needs --name.</source>
        <translation>init needs --name.</translation>
    </message>
    <message>
        <source>Unknown kind 「%1」; use one of: %2</source>
        <translation>Unknown kind 「%1」; use one of: %2</translation>
    </message>
    <message>
        <source>Created %1 in %2; administrator: %3</source>
        <translation>Created %1 in %2; administrator: %3</translation>
    </message>
    <message>
        <source>Creates the demo organisation, a fictional village, in a new file.</source>
        <translation>Creates the demo organisation, a fictional village, in a new file.</translation>
    </message>
    <message>
        <source>The new SQLite file or an empty PostgreSQL database URL.</source>
        <translation>The new SQLite file or an empty PostgreSQL database URL.</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo needs --out FILE.</translation>
    </message>
    <message>
        <source>Created the demo organisation in %1. Sign in as %2 with the password %3, or as a person (e.g. m.omori, the CISO) with %4.</source>
        <translation>Created the demo organisation in %1. Sign in as %2 with the password %3, or as a person (e.g. m.omori, the CISO) with %4.</translation>
    </message>
    <message>
        <source>Prints the organisation, its counts and the schema version.</source>
        <translation>Prints the organisation, its counts and the schema version.</translation>
    </message>
    <message>
        <source>Also print the unit tree and who holds each security role.</source>
        <translation>Also print the unit tree and who holds each security role.</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>Organisation: %1 (%2)</translation>
    </message>
    <message>
        <source>Classification marking: %1</source>
        <translation>Classification marking: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Units: %1</source>
        <translation>Units: %1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>People: %1</translation>
    </message>
    <message>
        <source>Fiscal years: %1</source>
        <translation>Fiscal years: %1</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Units:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Security roles:</source>
        <translation>Security roles:</translation>
    </message>
    <message>
        <source>Imports organisational units from CSV (UTF-8 or Shift_JIS). Columns: コード, 名称, 種別, 上位コード, 表示順. Nothing is imported when any row is bad.</source>
        <translation>Imports organisational units from CSV (UTF-8 or Shift_JIS). Columns: コード, 名称, 種別, 上位コード, 表示順. Nothing is imported when any row is bad.</translation>
    </message>
    <message>
        <source>Imports people from CSV (UTF-8 or Shift_JIS). Columns: 職員番号, 氏名, ふりがな, 所属コード, メールアドレス, 役割. Nothing is imported when any row is bad.</source>
        <translation>Imports people from CSV (UTF-8 or Shift_JIS). Columns: 職員番号, 氏名, ふりがな, 所属コード, メールアドレス, 役割. Nothing is imported when any row is bad.</translation>
    </message>
    <message>
        <source>Only show what would change.</source>
        <translation>Only show what would change.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>%1 needs exactly one CSV file.</source>
        <translation>%1 needs exactly one CSV file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a sign-in account. Its password is read from $KANSA_NEW_PASSWORD or the next line of standard input.</source>
        <translation>Adds a sign-in account. Its password is read from $KANSA_NEW_PASSWORD or the next line of standard input.</translation>
    </message>
    <message>
        <source>The new account&apos;s login name.</source>
        <translation>The new account&apos;s login name.</translation>
    </message>
    <message>
        <source>The staff number of the person the account belongs to.</source>
        <translation>The staff number of the person the account belongs to.</translation>
    </message>
    <message>
        <source>Make the account an administrator.</source>
        <translation>Make the account an administrator.</translation>
    </message>
    <message>
        <source>user add needs --login.</source>
        <translation>user add needs --login.</translation>
    </message>
    <message>
        <source>No person has the staff number %1.</source>
        <translation>No person has the staff number %1.</translation>
    </message>
    <message>
        <source>Added the account %1.</source>
        <translation>Added the account %1.</translation>
    </message>
    <message>
        <source>Checks checklist files against the format of checklists/README.md: unknown keys, missing fields, duplicate ids, empty questions, references to unknown items. Without files, checks the checklists shipped with Kansa.</source>
        <translation>Checks checklist files against the format of checklists/README.md: unknown keys, missing fields, duplicate ids, empty questions, references to unknown items. Without files, checks the checklists shipped with Kansa.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 version %3, %4 chapters, %5 items: valid</source>
        <translation>%1: %2 version %3, %4 chapters, %5 items: valid</translation>
    </message>
    <message>
        <source>Usage: kansa-cli checklist validate|list|import|export …</source>
        <translation>Usage: kansa-cli checklist validate|list|import|export …</translation>
    </message>
    <message>
        <source>json, csv or xlsx (default: from the file name).</source>
        <translation>json, csv or xlsx (default: from the file name).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Lists the checklists in the organisation&apos;s library, one a line, the id first.</source>
        <translation>Lists the checklists in the organisation&apos;s library, one a line, the id first.</translation>
    </message>
    <message>
        <source>Imports the organisation&apos;s own checklist from JSON, CSV or XLSX. A new id adds it; a known id gets a new version listing the items added, changed and removed. A file with any problem imports nothing.</source>
        <translation>Imports the organisation&apos;s own checklist from JSON, CSV or XLSX. A new id adds it; a known id gets a new version listing the items added, changed and removed. A file with any problem imports nothing.</translation>
    </message>
    <message>
        <source>The checklist file.</source>
        <translation>The checklist file.</translation>
    </message>
    <message>
        <source>Writes a checklist of the library as JSON, CSV or XLSX.</source>
        <translation>Writes a checklist of the library as JSON, CSV or XLSX.</translation>
    </message>
    <message>
        <source>The checklist&apos;s id.</source>
        <translation>The checklist&apos;s id.</translation>
    </message>
    <message>
        <source>checklist %1 needs one argument; see --help.</source>
        <translation>checklist %1 needs one argument; see --help.</translation>
    </message>
    <message>
        <source>%1 version %2 is unchanged; nothing was written.</source>
        <translation>%1 version %2 is unchanged; nothing was written.</translation>
    </message>
    <message>
        <source>%1 version %2: %3 items added, %4 changed, %5 removed.</source>
        <translation>%1 version %2: %3 items added, %4 changed, %5 removed.</translation>
    </message>
    <message>
        <source>checklist export needs --out FILE.</source>
        <translation>checklist export needs --out FILE.</translation>
    </message>
    <message>
        <source>Unknown format 「%1」: use json, csv or xlsx.</source>
        <translation>Unknown format 「%1」: use json, csv or xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 items) to %3.</source>
        <translation>Wrote %1 (%2 items) to %3.</translation>
    </message>
    <message>
        <source>small (the village, default) or large (300 units, 10 years of audits: the benchmarks&apos; data set).</source>
        <translation>small (the village, default) or large (300 units, 10 years of audits: the benchmarks&apos; data set).</translation>
    </message>
    <message>
        <source>Created the large data set in %1.</source>
        <translation>Created the large data set in %1.</translation>
    </message>
    <message>
        <source>Unknown scale 「%1」: small or large.</source>
        <translation>Unknown scale 「%1」: small or large.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli audit list | audit progress AUDIT</source>
        <translation>Usage: kansa-cli audit list | audit progress AUDIT</translation>
    </message>
    <message>
        <source>Lists the audits, one a line: id, fiscal year, status, units, title.</source>
        <translation>Lists the audits, one a line: id, fiscal year, status, units, title.</translation>
    </message>
    <message>
        <source>Prints an audit&apos;s progress per unit: assessed / total, non-conforming and partly conforming items, findings.</source>
        <translation>Prints an audit&apos;s progress per unit: assessed / total, non-conforming and partly conforming items, findings.</translation>
    </message>
    <message>
        <source>The audit&apos;s id (see audit list).</source>
        <translation>The audit&apos;s id (see audit list).</translation>
    </message>
    <message>
        <source>audit progress needs the audit&apos;s id; see audit list.</source>
        <translation>audit progress needs the audit&apos;s id; see audit list.</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>unit	assessed	total	non-conforming	partly	findings</source>
        <translation>unit	assessed	total	non-conforming	partly	findings</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 (%3%)</source>
        <translation>Assessed %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Usage: kansa-cli self-inspection list | export CAMPAIGN --out DIR | import FILE_OR_DIR [--dry-run]</source>
        <translation>Usage: kansa-cli self-inspection list | export CAMPAIGN --out DIR | import FILE_OR_DIR [--dry-run]</translation>
    </message>
    <message>
        <source>The folder to write the workbooks to.</source>
        <translation>The folder to write the workbooks to.</translation>
    </message>
    <message>
        <source>Only check the workbooks and show what would change.</source>
        <translation>Only check the workbooks and show what would change.</translation>
    </message>
    <message>
        <source>Lists the self-inspection campaigns, one a line, the id first.</source>
        <translation>Lists the self-inspection campaigns, one a line, the id first.</translation>
    </message>
    <message>
        <source>Writes one workbook per unit of a campaign into a folder.</source>
        <translation>Writes one workbook per unit of a campaign into a folder.</translation>
    </message>
    <message>
        <source>The campaign&apos;s id.</source>
        <translation>The campaign&apos;s id.</translation>
    </message>
    <message>
        <source>Imports returned workbooks: one file, or every .xlsx in a folder. Each workbook is checked whole first; one with a problem changes nothing.</source>
        <translation>Imports returned workbooks: one file, or every .xlsx in a folder. Each workbook is checked whole first; one with a problem changes nothing.</translation>
    </message>
    <message>
        <source>A returned workbook or a folder of them.</source>
        <translation>A returned workbook or a folder of them.</translation>
    </message>
    <message>
        <source>%1 of %2 units submitted</source>
        <translation>%1 of %2 units submitted</translation>
    </message>
    <message>
        <source>self-inspection %1 needs an argument; see --help.</source>
        <translation>self-inspection %1 needs an argument; see --help.</translation>
    </message>
    <message>
        <source>self-inspection export needs --out DIR.</source>
        <translation>self-inspection export needs --out DIR.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Wrote %1 workbooks to %2.</source>
        <translation>Wrote %1 workbooks to %2.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged%6</source>
        <translation>%1 (%2): %3 new, %4 changed, %5 unchanged%6</translation>
    </message>
    <message>
        <source> (dry run: nothing written)</source>
        <translation> (dry run: nothing written)</translation>
    </message>
    <message>
        <source>%1 of %2 workbooks were not imported.</source>
        <translation>%1 of %2 workbooks were not imported.</translation>
    </message>
    <message>
        <source>Audits:</source>
        <translation>Audits:</translation>
    </message>
    <message>
        <source>assessed %1 of %2, %3 findings</source>
        <translation>assessed %1 of %2, %3 findings</translation>
    </message>
    <message>
        <source>Self-inspections:</source>
        <translation>Self-inspections:</translation>
    </message>
    <message>
        <source>answered %1 of %2</source>
        <translation>answered %1 of %2</translation>
    </message>
    <message>
        <source>Usage: kansa-cli exceptions list [--expiring DAYS]</source>
        <translation>Usage: kansa-cli exceptions list [--expiring DAYS]</translation>
    </message>
    <message>
        <source>Usage: kansa-cli remediation list [--overdue] [--unit UNIT]</source>
        <translation>Usage: kansa-cli remediation list [--overdue] [--unit UNIT]</translation>
    </message>
    <message>
        <source>Only plans with an action past its due date.</source>
        <translation>Only plans with an action past its due date.</translation>
    </message>
    <message>
        <source>Only the plans of this unit (its code or id).</source>
        <translation>Only the plans of this unit (its code or id).</translation>
    </message>
    <message>
        <source>Only exceptions that end, or are due for review, within this many days.</source>
        <translation>Only exceptions that end, or are due for review, within this many days.</translation>
    </message>
    <message>
        <source>Lists the exceptions register: id, unit, decision, term, next review, items.</source>
        <translation>Lists the exceptions register: id, unit, decision, term, next review, items.</translation>
    </message>
    <message>
        <source>Lists the remediation plans: id, unit, status, next due date, finding; overdue plans are marked ⚠.</source>
        <translation>Lists the remediation plans: id, unit, status, next due date, finding; overdue plans are marked ⚠.</translation>
    </message>
    <message>
        <source>No unit has the code or id %1.</source>
        <translation>No unit has the code or id %1.</translation>
    </message>
    <message>
        <source>--expiring needs a number of days.</source>
        <translation>--expiring needs a number of days.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>audit, unit, remediation or self-inspection.</source>
        <translation>audit, unit, remediation or self-inspection.</translation>
    </message>
    <message>
        <source>The Western year in which the fiscal year begins (2025 for 令和7年度).</source>
        <translation>The Western year in which the fiscal year begins (2025 for 令和7年度).</translation>
    </message>
    <message>
        <source>For a unit&apos;s notice: the unit&apos;s code or id.</source>
        <translation>For a unit&apos;s notice: the unit&apos;s code or id.</translation>
    </message>
    <message>
        <source>The audit report without its appendix of results.</source>
        <translation>The audit report without its appendix of results.</translation>
    </message>
    <message>
        <source>Also keep the PDF as issued, for the record.</source>
        <translation>Also keep the PDF as issued, for the record.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as record %1 (SHA-256 %2)</source>
        <translation>Issued as record %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin] | user list</source>
        <translation>Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin] | user list</translation>
    </message>
    <message>
        <source>Lists the accounts: login, name, unit, roles and since when they are held, and whether the account is an administrator.</source>
        <translation>Lists the accounts: login, name, unit, roles and since when they are held, and whether the account is an administrator.</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Sign in with the URL without a user name: postgresql://%1/%2 and the login %3.</source>
        <translation>Sign in with the URL without a user name: postgresql://%1/%2 and the login %3.</translation>
    </message>
    <message>
        <source>Makes an existing organisation&apos;s PostgreSQL database enforce the access policy with roles, as init does for a new one. Run it as the database&apos;s owner. The administrator&apos;s new server password is read from $KANSA_PASSWORD or the first line of standard input; the other accounts sign in once the administrator has set their passwords.</source>
        <translation>Makes an existing organisation&apos;s PostgreSQL database enforce the access policy with roles, as init does for a new one. Run it as the database&apos;s owner. The administrator&apos;s new server password is read from $KANSA_PASSWORD or the first line of standard input; the other accounts sign in once the administrator has set their passwords.</translation>
    </message>
    <message>
        <source>secure needs a postgresql:// URL: an SQLite file is one person&apos;s, and its boundary is the file.</source>
        <translation>secure needs a postgresql:// URL: an SQLite file is one person&apos;s, and its boundary is the file.</translation>
    </message>
    <message>
        <source>%1 now enforces the access policy with roles:</source>
        <translation>%1 now enforces the access policy with roles:</translation>
    </message>
    <message>
        <source>Checks the record: the change log&apos;s hash chain from its first entry to its last, and every evidence file and issued report against its hash and the hash recorded when it was stored. Exits 1 and names the first entry, record, person and time that fails.</source>
        <translation>Checks the record: the change log&apos;s hash chain from its first entry to its last, and every evidence file and issued report against its hash and the hash recorded when it was stored. Exits 1 and names the first entry, record, person and time that fails.</translation>
    </message>
    <message>
        <source>「%1」 is not a campaign&apos;s number; self-inspection list shows them.</source>
        <translation>「%1」 is not a campaign&apos;s number; self-inspection list shows them.</translation>
    </message>
    <message>
        <source>%1 may see no unit of campaign %2 「%3」: no workbook was written.</source>
        <translation>%1 may see no unit of campaign %2 「%3」: no workbook was written.</translation>
    </message>
    <message>
        <source>Writes a copy of the whole organisation, checked after it is written (SQLite: the copy is whole and holds the same change log; PostgreSQL: pg_dump&apos;s custom format, which pg_restore can read), under a temporary name until it is complete. Only the administrator may; on PostgreSQL the server decides whether the URL&apos;s role may read everything (the database&apos;s owner does).</source>
        <translation>Writes a copy of the whole organisation, checked after it is written (SQLite: the copy is whole and holds the same change log; PostgreSQL: pg_dump&apos;s custom format, which pg_restore can read), under a temporary name until it is complete. Only the administrator may; on PostgreSQL the server decides whether the URL&apos;s role may read everything (the database&apos;s owner does).</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>The backup file to write.</translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation>backup needs --out FILE.</translation>
    </message>
    <message>
        <source>Replaces the organisation (--db) with a backup. SQLite: the backup&apos;s administrator signs in to a copy of it (--user), its record is checked as verify does, and only then does it replace the file, whose content is kept first in the folder 「NAME backups」 beside it. PostgreSQL: pg_restore in one transaction, as the URL&apos;s role (the database&apos;s owner).</source>
        <translation>Replaces the organisation (--db) with a backup. SQLite: the backup&apos;s administrator signs in to a copy of it (--user), its record is checked as verify does, and only then does it replace the file, whose content is kept first in the folder 「NAME backups」 beside it. PostgreSQL: pg_restore in one transaction, as the URL&apos;s role (the database&apos;s owner).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>The backup to restore.</translation>
    </message>
    <message>
        <source>restore needs --from BACKUP.</source>
        <translation>restore needs --from BACKUP.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>No login name: give --user LOGIN (the backup&apos;s administrator) or set KANSA_USER.</source>
        <translation>No login name: give --user LOGIN (the backup&apos;s administrator) or set KANSA_USER.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s record does not hold together.</source>
        <translation>Nothing was restored: the backup&apos;s record does not hold together.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %1 from %2: %n change-log entries, checked.</source>
        <translation>
            <numerusform>Restored %1 from %2: %n change-log entries, checked.</numerusform>
            <numerusform>Restored %1 from %2: %n change-log entries, checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation as it was before is kept in %1.</source>
        <translation>The organisation as it was before is kept in %1.</translation>
    </message>
    <message>
        <source>Prints who changed a record, which field from what to what, and when, newest first, as the change log holds it; or writes it as CSV (--out). Only those who may read the record may read its history.</source>
        <translation>Prints who changed a record, which field from what to what, and when, newest first, as the change log holds it; or writes it as CSV (--out). Only those who may read the record may read its history.</translation>
    </message>
    <message>
        <source>With --item: the audit (its id).</source>
        <translation>With --item: the audit (its id).</translation>
    </message>
    <message>
        <source>An item&apos;s result and evidence in an audit (the item&apos;s key).</source>
        <translation>An item&apos;s result and evidence in an audit (the item&apos;s key).</translation>
    </message>
    <message>
        <source>With --item: the unit (its code or id; none: the organisation).</source>
        <translation>With --item: the unit (its code or id; none: the organisation).</translation>
    </message>
    <message>
        <source>A finding (its id).</source>
        <translation>A finding (its id).</translation>
    </message>
    <message>
        <source>A remediation plan (its id).</source>
        <translation>A remediation plan (its id).</translation>
    </message>
    <message>
        <source>An exception (its id).</source>
        <translation>An exception (its id).</translation>
    </message>
    <message>
        <source>An account (its login name).</source>
        <translation>An account (its login name).</translation>
    </message>
    <message>
        <source>Write the history as CSV to this file.</source>
        <translation>Write the history as CSV to this file.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli history --item KEY --audit ID [--unit UNIT] | --finding ID | --plan ID | --exception ID | --account LOGIN [--out FILE.csv]</source>
        <translation>Usage: kansa-cli history --item KEY --audit ID [--unit UNIT] | --finding ID | --plan ID | --exception ID | --account LOGIN [--out FILE.csv]</translation>
    </message>
    <message>
        <source>finding %1</source>
        <translation>finding %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>exception %1</source>
        <translation>exception %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n change(s) to %1.</numerusform>
            <numerusform>Wrote %n change(s) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change(s).</numerusform>
            <numerusform>%n change(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>; imported</source>
        <translation>; imported</translation>
    </message>
    <message numerus="yes">
        <source>%n answers written, in one transaction.</source>
        <translation>
            <numerusform>%n answers written, in one transaction.</numerusform>
            <numerusform>%n answers written, in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also prove that nothing recorded before this issued report (its PDF) or this year archive was written was changed since.</source>
        <translation>Also prove that nothing recorded before this issued report (its PDF) or this year archive was written was changed since.</translation>
    </message>
    <message>
        <source>Writes a fiscal year&apos;s record for retention into one zip file: a snapshot of the organisation with that year&apos;s audits, self-inspections, remediation and exceptions (its change log whole, so that it verifies), every evidence file and issued report of the year, and a manifest with their hashes. Only the administrator may. kansa-cli verify --db FILE opens it read-only and verifies it.</source>
        <translation>Writes a fiscal year&apos;s record for retention into one zip file: a snapshot of the organisation with that year&apos;s audits, self-inspections, remediation and exceptions (its change log whole, so that it verifies), every evidence file and issued report of the year, and a manifest with their hashes. Only the administrator may. kansa-cli verify --db FILE opens it read-only and verifies it.</translation>
    </message>
    <message>
        <source>The archive file to write.</source>
        <translation>The archive file to write.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli archive --year YEAR --out FILE</source>
        <translation>Usage: kansa-cli archive --year YEAR --out FILE</translation>
    </message>
    <message>
        <source>Drafts a checklist from a municipality&apos;s policy (text in UTF-8 or Shift_JIS, DOCX or PDF): an item per obligation, each matched to the most similar item of a shipped checklist, whose question, roles, level and evidence it takes. Writes the draft as kansa-checklist JSON and, beside it, NAME.matches.csv with each item&apos;s match and score and the items of the checklist the policy lacks.</source>
        <translation>Drafts a checklist from a municipality&apos;s policy (text in UTF-8 or Shift_JIS, DOCX or PDF): an item per obligation, each matched to the most similar item of a shipped checklist, whose question, roles, level and evidence it takes. Writes the draft as kansa-checklist JSON and, beside it, NAME.matches.csv with each item&apos;s match and score and the items of the checklist the policy lacks.</translation>
    </message>
    <message>
        <source>The policy file.</source>
        <translation>The policy file.</translation>
    </message>
    <message>
        <source>The checklist to map to: a shipped checklist&apos;s id or a checklist file.</source>
        <translation>The checklist to map to: a shipped checklist&apos;s id or a checklist file.</translation>
    </message>
    <message>
        <source>Compare only with the items of the checklist that quote this document.</source>
        <translation>Compare only with the items of the checklist that quote this document.</translation>
    </message>
    <message>
        <source>The draft checklist&apos;s id.</source>
        <translation>The draft checklist&apos;s id.</translation>
    </message>
    <message>
        <source>The draft checklist file to write.</source>
        <translation>The draft checklist file to write.</translation>
    </message>
    <message>
        <source>Also say how far the draft reproduces the checklist it was mapped to (when that checklist was written from the same policy).</source>
        <translation>Also say how far the draft reproduces the checklist it was mapped to (when that checklist was written from the same policy).</translation>
    </message>
    <message>
        <source>checklist derive needs one policy file and --out FILE; see --help.</source>
        <translation>checklist derive needs one policy file and --out FILE; see --help.</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2 (%3 matched to %4, %5 new); %6 items of %4 have no counterpart in the policy; the matches are in %7.</source>
        <translation>Wrote %1 items to %2 (%3 matched to %4, %5 new); %6 items of %4 have no counterpart in the policy; the matches are in %7.</translation>
    </message>
    <message>
        <source>recall %1/%2 (%3%), accuracy %4/%1 (%5%), precision %6/%7 (%8%)</source>
        <translation>recall %1/%2 (%3%), accuracy %4/%1 (%5%), precision %6/%7 (%8%)</translation>
    </message>
    <message>
        <source>Writes a report, built from the data now: the audit report (audit), a unit&apos;s audit result notice (unit, with --unit), the remediation progress report (remediation) or the self-inspection summary (self-inspection); as PDF, DOCX (Word), ODT, or its tables as XLSX or CSV.</source>
        <translation>Writes a report, built from the data now: the audit report (audit), a unit&apos;s audit result notice (unit, with --unit), the remediation progress report (remediation) or the self-inspection summary (self-inspection); as PDF, DOCX (Word), ODT, or its tables as XLSX or CSV.</translation>
    </message>
    <message>
        <source>pdf, docx, odt, xlsx or csv (default: from the file name).</source>
        <translation>pdf, docx, odt, xlsx or csv (default: from the file name).</translation>
    </message>
    <message>
        <source>The document number (文書番号) the letterhead shows.</source>
        <translation>The document number (文書番号) the letterhead shows.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli report --kind audit|unit|remediation|self-inspection --year YEAR [--unit UNIT] --format pdf|docx|odt|xlsx|csv --out FILE</source>
        <translation>Usage: kansa-cli report --kind audit|unit|remediation|self-inspection --year YEAR [--unit UNIT] --format pdf|docx|odt|xlsx|csv --out FILE</translation>
    </message>
    <message>
        <source>The letterhead the organisation&apos;s reports start from: set a template (DOCX or ODT, with placeholders such as {{団体名}}, {{表題}}, {{文書番号}}, {{発行日}}, {{取扱区分}}, {{頁}} / {{総頁}}), clear it (back to the standard letterhead), or write the standard letterhead as a template to start from.</source>
        <translation>The letterhead the organisation&apos;s reports start from: set a template (DOCX or ODT, with placeholders such as {{団体名}}, {{表題}}, {{文書番号}}, {{発行日}}, {{取扱区分}}, {{頁}} / {{総頁}}), clear it (back to the standard letterhead), or write the standard letterhead as a template to start from.</translation>
    </message>
    <message>
        <source>For template: the file to write.</source>
        <translation>For template: the file to write.</translation>
    </message>
    <message>
        <source>set FILE, clear or template.</source>
        <translation>set FILE, clear or template.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli letterhead set FILE | clear | template --out FILE</source>
        <translation>Usage: kansa-cli letterhead set FILE | clear | template --out FILE</translation>
    </message>
    <message>
        <source>The reports use the standard letterhead.</source>
        <translation>The reports use the standard letterhead.</translation>
    </message>
    <message>
        <source>The reports start from %1.</source>
        <translation>The reports start from %1.</translation>
    </message>
    <message>
        <source>Checklist files: JSON (a folder checklist: its checklist.json), an OSCAL catalog, CSV or XLSX.</source>
        <translation>Checklist files: JSON (a folder checklist: its checklist.json), an OSCAL catalog, CSV or XLSX.</translation>
    </message>
    <message>
        <source>Usage: kansa-cli COMMAND [options]

Commands:
  init           create a new organisation and its administrator
  demo           create the demo organisation (a fictional village)
  secure         make a PostgreSQL database enforce the access policy with roles
  info           print the organisation, its counts and the schema version
  import-units   import organisational units from CSV
  import-people  import people from CSV
  user add       add a sign-in account
  user list      the accounts, their people&apos;s units and roles, and since when they hold them
  checklist validate [FILE...]  check checklist files (default: the shipped ones)
  checklist list|import|export  the organisation&apos;s checklist library
  crosswalk export|import|derive  links between the items of two checklist versions
  audit list|progress AUDIT     audit plans and their progress per unit
  self-inspection list|export|import  campaigns and their workbooks
  remediation list [--overdue] [--unit U]  remediation plans of findings
  exceptions list [--expiring DAYS]        the exceptions register
  report --kind KIND --year YEAR --format FORMAT --out FILE  write a report
  letterhead set FILE|clear|template --out FILE  the template the reports start from
  verify         check the record: the change log&apos;s hash chain and every stored file
  history        who changed a record and when (an item, a finding, a plan, an exception, an account)
  backup --out FILE       a checked copy of the whole organisation
  restore --from BACKUP   replace the organisation with a checked backup
  archive --year YEAR --out FILE  a fiscal year&apos;s record in one file, opened read-only (--db FILE)

kansa-cli COMMAND --help describes a command. --version prints the version.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.
</source>
        <translation>Usage: kansa-cli COMMAND [options]

Commands:
  init           create a new organisation and its administrator
  demo           create the demo organisation (a fictional village)
  secure         make a PostgreSQL database enforce the access policy with roles
  info           print the organisation, its counts and the schema version
  import-units   import organisational units from CSV
  import-people  import people from CSV
  user add       add a sign-in account
  user list      the accounts, their people&apos;s units and roles, and since when they hold them
  checklist validate [FILE...]  check checklist files (default: the shipped ones)
  checklist list|import|export  the organisation&apos;s checklist library
  crosswalk export|import|derive  links between the items of two checklist versions
  audit list|progress AUDIT     audit plans and their progress per unit
  self-inspection list|export|import  campaigns and their workbooks
  remediation list [--overdue] [--unit U]  remediation plans of findings
  exceptions list [--expiring DAYS]        the exceptions register
  report --kind KIND --year YEAR --format FORMAT --out FILE  write a report
  letterhead set FILE|clear|template --out FILE  the template the reports start from
  verify         check the record: the change log&apos;s hash chain and every stored file
  history        who changed a record and when (an item, a finding, a plan, an exception, an account)
  backup --out FILE       a checked copy of the whole organisation
  restore --from BACKUP   replace the organisation with a checked backup
  archive --year YEAR --out FILE  a fiscal year&apos;s record in one file, opened read-only (--db FILE)

kansa-cli COMMAND --help describes a command. --version prints the version.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.
</translation>
    </message>
    <message>
        <source>Usage: kansa-cli crosswalk export|import|derive …</source>
        <translation>Usage: kansa-cli crosswalk export|import|derive …</translation>
    </message>
    <message>
        <source>Only the links with a side in this checklist.</source>
        <translation>Only the links with a side in this checklist.</translation>
    </message>
    <message>
        <source>The checklist&apos;s version (default: its current one).</source>
        <translation>The checklist&apos;s version (default: its current one).</translation>
    </message>
    <message>
        <source>The draft checklist as imported into the library.</source>
        <translation>The draft checklist as imported into the library.</translation>
    </message>
    <message>
        <source>The library&apos;s checklist the draft was mapped to.</source>
        <translation>The library&apos;s checklist the draft was mapped to.</translation>
    </message>
    <message>
        <source>Writes the crosswalks as CSV (UTF-8): a link a line, from_checklist, from_version, from_item, relation, to_checklist, to_version, to_item, score, note.</source>
        <translation>Writes the crosswalks as CSV (UTF-8): a link a line, from_checklist, from_version, from_item, relation, to_checklist, to_version, to_item, score, note.</translation>
    </message>
    <message>
        <source>Imports crosswalk links from CSV. A file with any problem (an unknown checklist, item or relation) imports nothing; a link stored already takes the file&apos;s relation and note.</source>
        <translation>Imports crosswalk links from CSV. A file with any problem (an unknown checklist, item or relation) imports nothing; a link stored already takes the file&apos;s relation and note.</translation>
    </message>
    <message>
        <source>Maps a draft derived from a policy (checklist derive), once imported into the library, to the checklist it was derived against: the policy is derived again and each matched item is linked, equal where the quotes are the same, else related with its score.</source>
        <translation>Maps a draft derived from a policy (checklist derive), once imported into the library, to the checklist it was derived against: the policy is derived again and each matched item is linked, equal where the quotes are the same, else related with its score.</translation>
    </message>
    <message>
        <source>Wrong arguments for crosswalk %1; see --help.</source>
        <translation>Wrong arguments for crosswalk %1; see --help.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n link(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n link to %1.</numerusform>
            <numerusform>Wrote %n links to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added from %1 to %2.</source>
        <translation>
            <numerusform>%n link added from %1 to %2.</numerusform>
            <numerusform>%n links added from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a crosswalk file.</source>
        <translation>%1 is larger than %2 MB: not a crosswalk file.</translation>
    </message>
    <message>
        <source>%1: %2 links added, %3 changed, %4 unchanged.</source>
        <translation>%1: %2 links added, %3 changed, %4 unchanged.</translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>No database given: name an SQLite file or a postgresql:// URL.</source>
        <translation>No database given: name an SQLite file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>The database URL is not valid: %1</translation>
    </message>
    <message>
        <source>The port in the database URL is not a number: %1</source>
        <translation>The port in the database URL is not a number: %1</translation>
    </message>
    <message>
        <source>The database URL names no database: %1</source>
        <translation>The database URL names no database: %1</translation>
    </message>
</context>
<context>
    <name>Crosswalk</name>
    <message>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>part of</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>covers</translation>
    </message>
    <message>
        <source>related</source>
        <translation>related</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS text; save it as CSV (UTF-8) and try again.</source>
        <translation>The file is neither UTF-8 nor Shift_JIS text; save it as CSV (UTF-8) and try again.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The value is too long (%1 characters; at most %2).</source>
        <translation>The value is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text file.</source>
        <translation>The file contains a NUL character; it is not a text file.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a quoted value.</source>
        <translation>Text follows the closing quote of a quoted value.</translation>
    </message>
    <message>
        <source>A quoted value is never closed.</source>
        <translation>A quoted value is never closed.</translation>
    </message>
    <message>
        <source>A quote inside a value that is not quoted: put the value in quotes and double the quote (&quot;&quot;).</source>
        <translation>A quote inside a value that is not quoted: put the value in quotes and double the quote (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>The column appears twice (also column %1).</source>
        <translation>The column appears twice (also column %1).</translation>
    </message>
    <message>
        <source>The heading line has no column 「%1」 (accepted headings: %2).</source>
        <translation>The heading line has no column 「%1」 (accepted headings: %2).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>The database file %1 does not exist.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new file name.</source>
        <translation>The file %1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a new organisation needs an empty database.</source>
        <translation>The database %1 is not empty; a new organisation needs an empty database.</translation>
    </message>
    <message>
        <source>The database %1 holds no Kansa organisation yet; create one first (kansa-cli init).</source>
        <translation>The database %1 holds no Kansa organisation yet; create one first (kansa-cli init).</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>The Qt SQL driver %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a database Kansa can read: %2</source>
        <translation>%1 is not a database Kansa can read: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database (it has no schema version).</source>
        <translation>%1 is not a Kansa database (it has no schema version).</translation>
    </message>
    <message>
        <source>%1 has no valid schema version.</source>
        <translation>%1 has no valid schema version.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kansa (schema %2; this application reads up to %3). It has not been changed. Install the newer Kansa to open it.</source>
        <translation>%1 was written by a newer version of Kansa (schema %2; this application reads up to %3). It has not been changed. Install the newer Kansa to open it.</translation>
    </message>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>The database refused a statement: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The change was not saved because an earlier step failed.</source>
        <translation>The change was not saved because an earlier step failed.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The database refused a schema change: %1</source>
        <translation>The database refused a schema change: %1</translation>
    </message>
    <message>
        <source>Another user was saving at the same moment; nothing was changed. Try again.</source>
        <translation>Another user was saving at the same moment; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>%1 has to be updated from schema %2 to %3 by its owner before anyone signs in: run kansa-cli info once with the owner&apos;s login in the URL (postgresql://OWNER@server/database).</source>
        <translation>%1 has to be updated from schema %2 to %3 by its owner before anyone signs in: run kansa-cli info once with the owner&apos;s login in the URL (postgresql://OWNER@server/database).</translation>
    </message>
    <message>
        <source>A statement was given too few values: %1</source>
        <translation>A statement was given too few values: %1</translation>
    </message>
    <message>
        <source>A statement was given too many values: %1</source>
        <translation>A statement was given too many values: %1</translation>
    </message>
    <message>
        <source>%1 was written by an earlier version of Kansa and must be updated, which a read-only file cannot be: copy it to a folder where you may write.</source>
        <translation>%1 was written by an earlier version of Kansa and must be updated, which a read-only file cannot be: copy it to a folder where you may write.</translation>
    </message>
    <message>
        <source>%1 is open read-only (the file or its folder may not be written): nothing can be changed in it. Copy it to a folder where you may write to work in it.</source>
        <translation>%1 is open read-only (the file or its folder may not be written): nothing can be changed in it. Copy it to a folder where you may write to work in it.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): verify it, or restore it from a backup. It has not been changed.</source>
        <translation>%1 is damaged (%2): verify it, or restore it from a backup. It has not been changed.</translation>
    </message>
    <message>
        <source>a ZIP file (a workbook, a document or an archive)</source>
        <translation>a ZIP file (a workbook, a document or an archive)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database (%2). It has not been changed.</source>
        <translation>%1 is not a Kansa database (%2). It has not been changed.</translation>
    </message>
    <message>
        <source>%1 is not a Kansa database: it is %2. It has not been changed.</source>
        <translation>%1 is not a Kansa database: it is %2. It has not been changed.</translation>
    </message>
    <message>
        <source>%1 is a year archive, kept as it was archived: nothing can be changed in it.</source>
        <translation>%1 is a year archive, kept as it was archived: nothing can be changed in it.</translation>
    </message>
</context>
<context>
    <name>DatabasePolicy</name>
    <message>
        <source>Only a PostgreSQL database enforces the access policy with roles.</source>
        <translation>Only a PostgreSQL database enforces the access policy with roles.</translation>
    </message>
    <message>
        <source>the role %1, which owns the tables and that nobody signs in as</source>
        <translation>the role %1, which owns the tables and that nobody signs in as</translation>
    </message>
    <message>
        <source>the role %1: every account reads, and adds to the change log</source>
        <translation>the role %1: every account reads, and adds to the change log</translation>
    </message>
    <message>
        <source>the role %1 (%2), which writes: %3</source>
        <translation>the role %1 (%2), which writes: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>the change log can be added to, never changed or emptied, and each entry names the account that wrote it</source>
        <translation>the change log can be added to, never changed or emptied, and each entry names the account that wrote it</translation>
    </message>
    <message>
        <source>the login role %1 for the administrator</source>
        <translation>the login role %1 for the administrator</translation>
    </message>
    <message>
        <source>The database %1 already enforces the access policy with roles.</source>
        <translation>The database %1 already enforces the access policy with roles.</translation>
    </message>
    <message>
        <source>%1 is not an administrator&apos;s login in %2.</source>
        <translation>%1 is not an administrator&apos;s login in %2.</translation>
    </message>
    <message>
        <source>triggers on every table that write each change into the change log, with the login that made it, whether through Kansa or not</source>
        <translation>triggers on every table that write each change into the change log, with the login that made it, whether through Kansa or not</translation>
    </message>
    <message numerus="yes">
        <source>login roles for the %n other accounts, each without a password until the administrator sets one: %1</source>
        <translation>
            <numerusform>login roles for the %n other accounts, each without a password until the administrator sets one: %1</numerusform>
            <numerusform>login roles for the %n other accounts, each without a password until the administrator sets one: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row-level security on %1, following the policy&apos;s table: what each role may see and change of each row, decided from the row&apos;s unit, audit and campaign</source>
        <translation>row-level security on %1, following the policy&apos;s table: what each role may see and change of each row, decided from the row&apos;s unit, audit and campaign</translation>
    </message>
    <message>
        <source>nobody may change their own roles, and only the administrator takes a security role away (person_roles)</source>
        <translation>nobody may change their own roles, and only the administrator takes a security role away (person_roles)</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>The letterhead %1 cannot be read: %2</source>
        <translation>The letterhead %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The letterhead %1 has no document body.</source>
        <translation>The letterhead %1 has no document body.</translation>
    </message>
</context>
<context>
    <name>DraftReview</name>
    <message>
        <source>The review kept in %1 cannot be read: %2</source>
        <translation>The review kept in %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The review kept in %1 is damaged (%2); move it away to begin the review anew.</source>
        <translation>The review kept in %1 is damaged (%2); move it away to begin the review anew.</translation>
    </message>
    <message>
        <source>The review kept in %1 holds no checklist; move it away to begin the review anew.</source>
        <translation>The review kept in %1 holds no checklist; move it away to begin the review anew.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nothing was imported from %1:
%2</translation>
    </message>
</context>
<context>
    <name>JsonBounds</name>
    <message>
        <source>larger than %1 MB (%2 bytes)</source>
        <translation>larger than %1 MB (%2 bytes)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>more than %1 values</source>
        <translation>more than %1 values</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>No migration to schema version %1.</source>
        <translation>No migration to schema version %1.</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation>Special ward</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Partial affairs association</source>
        <translation>Partial affairs association</translation>
    </message>
    <message>
        <source>Wide-area union</source>
        <translation>Wide-area union</translation>
    </message>
</context>
<context>
    <name>OscalCatalog</name>
    <message>
        <source>an OSCAL catalog must be an object</source>
        <translation>an OSCAL catalog must be an object</translation>
    </message>
    <message>
        <source>the catalog has no controls</source>
        <translation>the catalog has no controls</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Cannot write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: nothing was written.</source>
        <translation>Cannot write %1: nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (in %2): %3</source>
        <translation>Cannot write %1 (in %2): %3</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password library could not start.</source>
        <translation>The password library could not start.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
</context>
<context>
    <name>PeopleCsvImport</name>
    <message>
        <source>import people</source>
        <translation>import people</translation>
    </message>
    <message>
        <source>The staff number is empty.</source>
        <translation>The staff number is empty.</translation>
    </message>
    <message>
        <source>The staff number %1 appears twice (also line %2).</source>
        <translation>The staff number %1 appears twice (also line %2).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>The kana is longer than 200 characters.</source>
        <translation>The kana is longer than 200 characters.</translation>
    </message>
    <message>
        <source>「%1」 is not an e-mail address.</source>
        <translation>「%1」 is not an e-mail address.</translation>
    </message>
    <message>
        <source>No unit has the code %1; import the units first.</source>
        <translation>No unit has the code %1; import the units first.</translation>
    </message>
    <message>
        <source>Unknown role 「%1」.</source>
        <translation>Unknown role 「%1」.</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>name %1 → %2</translation>
    </message>
    <message>
        <source>kana %1 → %2</source>
        <translation>kana %1 → %2</translation>
    </message>
    <message>
        <source>unit %1 → %2</source>
        <translation>unit %1 → %2</translation>
    </message>
    <message>
        <source>e-mail %1 → %2</source>
        <translation>e-mail %1 → %2</translation>
    </message>
    <message>
        <source>roles %1 → %2</source>
        <translation>roles %1 → %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The file has a heading line but no people.</source>
        <translation>The file has a heading line but no people.</translation>
    </message>
    <message>
        <source>Only the administrator imports roles: leave out the roles column, or give the roles as they are.</source>
        <translation>Only the administrator imports roles: leave out the roles column, or give the roles as they are.</translation>
    </message>
</context>
<context>
    <name>PolicyReader</name>
    <message>
        <source>%1 holds more text than any policy (over %2 characters); nothing was read.</source>
        <translation>%1 holds more text than any policy (over %2 characters); nothing was read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any policy (%2 MB; Kansa reads up to %3 MB).</source>
        <translation>%1 is larger than any policy (%2 MB; Kansa reads up to %3 MB).</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no policy text.</source>
        <translation>%1 is empty: it holds no policy text.</translation>
    </message>
    <message>
        <source>%1 cannot be read: no temporary copy could be written.</source>
        <translation>%1 cannot be read: no temporary copy could be written.</translation>
    </message>
    <message>
        <source>%1 is not a text, DOCX or PDF file: it holds binary data.</source>
        <translation>%1 is not a text, DOCX or PDF file: it holds binary data.</translation>
    </message>
    <message>
        <source>%1 is neither UTF-8 nor Shift_JIS text, nor a DOCX or PDF file.</source>
        <translation>%1 is neither UTF-8 nor Shift_JIS text, nor a DOCX or PDF file.</translation>
    </message>
    <message>
        <source>%1 is not a DOCX document: it has no %2.</source>
        <translation>%1 is not a DOCX document: it has no %2.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged at line %3: %4</source>
        <translation>%1: the part %2 is damaged at line %3: %4</translation>
    </message>
    <message>
        <source>%1 is not a PDF file Kansa can read: it is damaged or not a PDF.</source>
        <translation>%1 is not a PDF file Kansa can read: it is damaged or not a PDF.</translation>
    </message>
    <message>
        <source>%1 is protected by a password; save it without one and try again.</source>
        <translation>%1 is protected by a password; save it without one and try again.</translation>
    </message>
    <message>
        <source>%1 is a PDF file without pages.</source>
        <translation>%1 is a PDF file without pages.</translation>
    </message>
    <message>
        <source>%1 has more pages than any policy (%2; Kansa reads up to %3).</source>
        <translation>%1 has more pages than any policy (%2; Kansa reads up to %3).</translation>
    </message>
    <message>
        <source>%1: page %2 cannot be read.</source>
        <translation>%1: page %2 cannot be read.</translation>
    </message>
</context>
<context>
    <name>RecordBackup</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
    <message>
        <source>The copy for %1 did not come out whole (%2); nothing was kept.</source>
        <translation>The copy for %1 did not come out whole (%2); nothing was kept.</translation>
    </message>
    <message>
        <source>The copy for %1 does not hold the organisation&apos;s change log as it is; nothing was kept.</source>
        <translation>The copy for %1 does not hold the organisation&apos;s change log as it is; nothing was kept.</translation>
    </message>
    <message>
        <source>A backup cannot be taken while a change is being saved.</source>
        <translation>A backup cannot be taken while a change is being saved.</translation>
    </message>
    <message>
        <source>%1 is not installed on this computer: install PostgreSQL&apos;s client programs (Debian&apos;s postgresql-client) to back up or restore an organisation on a server, or ask the server&apos;s administrator.</source>
        <translation>%1 is not installed on this computer: install PostgreSQL&apos;s client programs (Debian&apos;s postgresql-client) to back up or restore an organisation on a server, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 failed for %2: %3</translation>
    </message>
    <message>
        <source>back up the organisation</source>
        <translation>back up the organisation</translation>
    </message>
    <message>
        <source>A backup cannot replace the organisation&apos;s own file %1.</source>
        <translation>A backup cannot replace the organisation&apos;s own file %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), checked: pg_restore can read all of it.</source>
        <translation>Wrote %1 (%2), checked: pg_restore can read all of it.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2), checked: the copy is whole and holds the change log&apos;s %n entries up to %3.</source>
        <translation>
            <numerusform>Wrote %1 (%2), checked: the copy is whole and holds the change log&apos;s %n entries up to %3.</numerusform>
            <numerusform>Wrote %1 (%2), checked: the copy is whole and holds the change log&apos;s %n entries up to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Cannot write the backup %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordHeadCheck</name>
    <message>
        <source>Entry %1 of the change log, the last this computer saw on %2, is gone: entries recorded before then were removed.</source>
        <translation>Entry %1 of the change log, the last this computer saw on %2, is gone: entries recorded before then were removed.</translation>
    </message>
    <message>
        <source>Entry %1 of the change log no longer has the hash it had when this computer last saw it on %2: the record before then was changed or rewritten.</source>
        <translation>Entry %1 of the change log no longer has the hash it had when this computer last saw it on %2: the record before then was changed or rewritten.</translation>
    </message>
    <message>
        <source>The change log held %1 entries up to entry %2 when this computer last saw it on %3; it now holds %4: entries recorded before then were removed.</source>
        <translation>The change log held %1 entries up to entry %2 when this computer last saw it on %3; it now holds %4: entries recorded before then were removed.</translation>
    </message>
    <message>
        <source>The record of %1 was changed outside Kansa since this computer last saw it.</source>
        <translation>The record of %1 was changed outside Kansa since this computer last saw it.</translation>
    </message>
    <message>
        <source>Verify the record (File menu, or kansa-cli verify) to see everything that fails, and restore a backup if the record is needed as it was.</source>
        <translation>Verify the record (File menu, or kansa-cli verify) to see everything that fails, and restore a backup if the record is needed as it was.</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Observed on</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Raised from finding</source>
        <translation>Raised from finding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>Compensating measures</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Next review on</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>Last failed sign-in</source>
        <translation>Last failed sign-in</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>read the history of this item</source>
        <translation>read the history of this item</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Evidence %1</translation>
    </message>
    <message>
        <source>Evidence file %1</source>
        <translation>Evidence file %1</translation>
    </message>
    <message>
        <source>read the history of this finding</source>
        <translation>read the history of this finding</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>read the history of this plan</source>
        <translation>read the history of this plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Progress report %1</source>
        <translation>Progress report %1</translation>
    </message>
    <message>
        <source>read the history of this exception</source>
        <translation>read the history of this exception</translation>
    </message>
    <message>
        <source>read the history of an account</source>
        <translation>read the history of an account</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>No account has the login name 「%1」.</source>
        <translation>No account has the login name 「%1」.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>RecordReplay</name>
    <message>
        <source>%1 is stored although the change log removed it: it was put back outside Kansa.</source>
        <translation>%1 is stored although the change log removed it: it was put back outside Kansa.</translation>
    </message>
    <message>
        <source>%1 is stored but the change log never created it: it was added outside Kansa.</source>
        <translation>%1 is stored but the change log never created it: it was added outside Kansa.</translation>
    </message>
    <message>
        <source>%1.%2 holds 「%3」 but the change log last wrote 「%4」: it was changed outside Kansa.</source>
        <translation>%1.%2 holds 「%3」 but the change log last wrote 「%4」: it was changed outside Kansa.</translation>
    </message>
    <message>
        <source>%1 was created in the change log and never removed, but it is not stored: it was deleted outside Kansa.</source>
        <translation>%1 was created in the change log and never removed, but it is not stored: it was deleted outside Kansa.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows that differ from the change log.</source>
        <translation>
            <numerusform>… and %n more rows that differ from the change log.</numerusform>
            <numerusform>… and %n more rows that differ from the change log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordVerifier</name>
    <message>
        <source>verify the record</source>
        <translation>verify the record</translation>
    </message>
    <message>
        <source>The change log does not hold together at entry %1 (%2): that entry, or one before it, was changed or removed after it was written.</source>
        <translation>The change log does not hold together at entry %1 (%2): that entry, or one before it, was changed or removed after it was written.</translation>
    </message>
    <message>
        <source>「%1」 (%2) does not match its own hash: its content was changed after it was stored.</source>
        <translation>「%1」 (%2) does not match its own hash: its content was changed after it was stored.</translation>
    </message>
    <message>
        <source>「%1」 (%2) is not in the change log: it was not stored through Kansa.</source>
        <translation>「%1」 (%2) is not in the change log: it was not stored through Kansa.</translation>
    </message>
    <message>
        <source>「%1」 (%2) is not the file that the change log recorded when it was stored (entry %3).</source>
        <translation>「%1」 (%2) is not the file that the change log recorded when it was stored (entry %3).</translation>
    </message>
    <message>
        <source>%1 was issued when the change log held %2 entries; it now holds %3: entries recorded before the report were removed.</source>
        <translation>%1 was issued when the change log held %2 entries; it now holds %3: entries recorded before the report were removed.</translation>
    </message>
    <message>
        <source>Entry %1 of the change log, the last before %2 was issued, no longer ends the chain printed on the report (%3): the record before the report was changed or rewritten.</source>
        <translation>Entry %1 of the change log, the last before %2 was issued, no longer ends the chain printed on the report (%3): the record before the report was changed or rewritten.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than any report Kansa issues.</source>
        <translation>%1 is larger than any report Kansa issues.</translation>
    </message>
    <message>
        <source>%1 carries no record check: only reports issued by Kansa do (Issue in Reports, or report --issue).</source>
        <translation>%1 carries no record check: only reports issued by Kansa do (Issue in Reports, or report --issue).</translation>
    </message>
    <message numerus="yes">
        <source>%n change-log entries and %1 stored files checked; the last entry&apos;s hash is %2.</source>
        <translation>
            <numerusform>%n change-log entries and %1 stored files checked; the last entry&apos;s hash is %2.</numerusform>
            <numerusform>%n change-log entries and %1 stored files checked; the last entry&apos;s hash is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record has been changed outside Kansa (%n problems).</source>
        <translation>
            <numerusform>The record has been changed outside Kansa (%n problems).</numerusform>
            <numerusform>The record has been changed outside Kansa (%n problems).</numerusform>
        </translation>
    </message>
    <message>
        <source>The record holds together.</source>
        <translation>The record holds together.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing recorded before %1 (%n entries) was changed since it was issued.</source>
        <translation>
            <numerusform>Nothing recorded before %1 (%n entries) was changed since it was issued.</numerusform>
            <numerusform>Nothing recorded before %1 (%n entries) was changed since it was issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, written by %2 at %3</source>
        <translation>%1, written by %2 at %3</translation>
    </message>
</context>
<context>
    <name>RemediationTexts</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed (awaiting verification)</source>
        <translation>Completed (awaiting verification)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risk accepted</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Exists here too</source>
        <translation>Exists here too</translation>
    </message>
    <message>
        <source>Does not exist here</source>
        <translation>Does not exist here</translation>
    </message>
</context>
<context>
    <name>ReportLetterhead</name>
    <message>
        <source>%1: %2 is not well-formed XML (line %3): %4</source>
        <translation>%1: %2 is not well-formed XML (line %3): %4</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a letterhead template may be at most %3 MB.</source>
        <translation>%1 is %2 MB; a letterhead template may be at most %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Word (DOCX) or OpenDocument (ODT) document.</source>
        <translation>%1 is not a Word (DOCX) or OpenDocument (ODT) document.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the %2 uses the placeholder %3, which is not one of %4.</source>
        <translation>%1: the %2 uses the placeholder %3, which is not one of %4.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>cover</source>
        <translation>cover</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>footer</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>%1: a report is written as PDF, DOCX, ODT, XLSX or CSV, not as “%2”.</source>
        <translation>%1: a report is written as PDF, DOCX, ODT, XLSX or CSV, not as “%2”.</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>The report cannot be drawn on this device.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>The report was cancelled.</translation>
    </message>
</context>
<context>
    <name>RequiredFields</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <source>%1: 「%2」 is not a date. Type it as %3 or 2026/12/1, or pick it from the calendar.</source>
        <translation>%1: 「%2」 is not a date. Type it as %3 or 2026/12/1, or pick it from the calendar.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>CISO</source>
        <translation>CISO</translation>
    </message>
    <message>
        <source>Chief information security manager</source>
        <translation>Chief information security manager</translation>
    </message>
    <message>
        <source>Department security officer</source>
        <translation>Department security officer</translation>
    </message>
    <message>
        <source>Section security manager</source>
        <translation>Section security manager</translation>
    </message>
    <message>
        <source>System manager</source>
        <translation>System manager</translation>
    </message>
    <message>
        <source>System operator</source>
        <translation>System operator</translation>
    </message>
    <message>
        <source>Chief auditor</source>
        <translation>Chief auditor</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SelfInspectionTexts</name>
    <message>
        <source>○ Done</source>
        <translation>○ Done</translation>
    </message>
    <message>
        <source>△ Partly done</source>
        <translation>△ Partly done</translation>
    </message>
    <message>
        <source>× Not done</source>
        <translation>× Not done</translation>
    </message>
    <message>
        <source>－ Not applicable</source>
        <translation>－ Not applicable</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Returned for rework</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 of %2: %3</source>
        <translation>Cannot read %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>UnitCsvImport</name>
    <message>
        <source>import units</source>
        <translation>import units</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>The code %1 appears twice (also line %2).</source>
        <translation>The code %1 appears twice (also line %2).</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Unknown kind 「%1」: write 部局, 課室 or 出先機関.</source>
        <translation>Unknown kind 「%1」: write 部局, 課室 or 出先機関.</translation>
    </message>
    <message>
        <source>The order 「%1」 is not a whole number.</source>
        <translation>The order 「%1」 is not a whole number.</translation>
    </message>
    <message>
        <source>The parent code %1 is neither in the file nor an existing unit.</source>
        <translation>The parent code %1 is neither in the file nor an existing unit.</translation>
    </message>
    <message>
        <source>The parent codes form a loop through %1.</source>
        <translation>The parent codes form a loop through %1.</translation>
    </message>
    <message>
        <source>The file has a heading line but no units.</source>
        <translation>The file has a heading line but no units.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>top level</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>under %1</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>name %1 → %2</translation>
    </message>
    <message>
        <source>kind %1 → %2</source>
        <translation>kind %1 → %2</translation>
    </message>
    <message>
        <source>moves under %1</source>
        <translation>moves under %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>order %1 → %2</source>
        <translation>order %1 → %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>UnitKinds</name>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Branch office</translation>
    </message>
</context>
<context>
    <name>VersionedRows</name>
    <message>
        <source>The database did not return the id of the new row in %1.</source>
        <translation>The database did not return the id of the new row in %1.</translation>
    </message>
    <message>
        <source>「%1」 has been deleted by someone else in the meantime.</source>
        <translation>「%1」 has been deleted by someone else in the meantime.</translation>
    </message>
    <message>
        <source>「%1」 was changed by %2 at %3 after you opened it. Your edit was not saved; reload and make it again.</source>
        <translation>「%1」 was changed by %2 at %3 after you opened it. Your edit was not saved; reload and make it again.</translation>
    </message>
    <message>
        <source>The row %1 of %2 has been deleted by someone else in the meantime.</source>
        <translation>The row %1 of %2 has been deleted by someone else in the meantime.</translation>
    </message>
    <message>
        <source>The rows inserted into %1 at once must have the same columns.</source>
        <translation>The rows inserted into %1 at once must have the same columns.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 is not an XLSX workbook: it has no %2.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged at line %3: %4</source>
        <translation>%1: the part %2 is damaged at line %3: %4</translation>
    </message>
    <message>
        <source>%1: sheet %2 has a cell with the reference 「%3」.</source>
        <translation>%1: sheet %2 has a cell with the reference 「%3」.</translation>
    </message>
    <message>
        <source>%1: cell %2!%3 points at a shared string that does not exist.</source>
        <translation>%1: cell %2!%3 points at a shared string that does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook (it cannot be opened as a zip archive).</source>
        <translation>%1 is not an XLSX workbook (it cannot be opened as a zip archive).</translation>
    </message>
    <message>
        <source>%1: the sheet %2 has no part in the workbook.</source>
        <translation>%1: the sheet %2 has no part in the workbook.</translation>
    </message>
    <message>
        <source>%1 is larger than any checklist or returned workbook (at %2): it holds more cells or text than Kansa reads (%3 cells, %4 characters). Nothing was read.</source>
        <translation>%1 is larger than any checklist or returned workbook (at %2): it holds more cells or text than Kansa reads (%3 cells, %4 characters). Nothing was read.</translation>
    </message>
</context>
<context>
    <name>YearArchive</name>
    <message>
        <source>Organisation-wide</source>
        <translation>Organisation-wide</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kansa year archive: it has no %2.</source>
        <translation>%1 is not a Kansa year archive: it has no %2.</translation>
    </message>
    <message>
        <source>The manifest of %1 holds %2 (line %3): it is no manifest Kansa wrote.</source>
        <translation>The manifest of %1 holds %2 (line %3): it is no manifest Kansa wrote.</translation>
    </message>
    <message>
        <source>The manifest of %1 is damaged or is no Kansa year archive&apos;s manifest.</source>
        <translation>The manifest of %1 is damaged or is no Kansa year archive&apos;s manifest.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Kansa (archive format %2; this application reads up to %3). Install the newer Kansa to open it.</source>
        <translation>%1 was written by a newer version of Kansa (archive format %2; this application reads up to %3). Install the newer Kansa to open it.</translation>
    </message>
    <message>
        <source>The manifest of %1 lists no %2.</source>
        <translation>The manifest of %1 lists no %2.</translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: it is not the archive that was written.</source>
        <translation>%1 holds %2, which its manifest does not list: it is not the archive that was written.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: it is not the archive that was written.</source>
        <translation>%1 lacks %2, which its manifest lists: it is not the archive that was written.</translation>
    </message>
    <message>
        <source>Cannot unpack %1: %2</source>
        <translation>Cannot unpack %1: %2</translation>
    </message>
    <message>
        <source>In %1, %2 is not the file that was archived: its size or SHA-256 differs from the manifest&apos;s.</source>
        <translation>In %1, %2 is not the file that was archived: its size or SHA-256 differs from the manifest&apos;s.</translation>
    </message>
    <message>
        <source>In %1, %2 is not the file the snapshot holds as %3.</source>
        <translation>In %1, %2 is not the file the snapshot holds as %3.</translation>
    </message>
    <message>
        <source>The snapshot in %1 holds %2 evidence files and reports, the archive %3.</source>
        <translation>The snapshot in %1 holds %2 evidence files and reports, the archive %3.</translation>
    </message>
    <message>
        <source>archive a fiscal year</source>
        <translation>archive a fiscal year</translation>
    </message>
    <message>
        <source>A year cannot be archived while a change is being saved.</source>
        <translation>A year cannot be archived while a change is being saved.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the archive: %1</source>
        <translation>Cannot create a temporary folder for the archive: %1</translation>
    </message>
    <message>
        <source>The record does not hold together, so no archive was written: %1 First: %2 %3</source>
        <translation>The record does not hold together, so no archive was written: %1 First: %2 %3</translation>
    </message>
    <message>
        <source>Cannot write the archive %1: %2</source>
        <translation>Cannot write the archive %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to open %1: %2</source>
        <translation>Cannot create a temporary folder to open %1: %2</translation>
    </message>
    <message>
        <source>%1 has no audit and no self-inspection: there is nothing to archive.</source>
        <translation>%1 has no audit and no self-inspection: there is nothing to archive.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2), checked against its manifest: %3 (audits: %4, self-inspections: %5, evidence files: %6, issued reports: %7), and the change log&apos;s %8 entries up to %9.</source>
        <translation>Wrote %1 (%2), checked against its manifest: %3 (audits: %4, self-inspections: %5, evidence files: %6, issued reports: %7), and the change log&apos;s %8 entries up to %9.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>%1 is not a zip file, or it is damaged or cut short.</source>
        <translation>%1 is not a zip file, or it is damaged or cut short.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files, more than Kansa reads.</source>
        <translation>%1 holds more than %2 files, more than Kansa reads.</translation>
    </message>
    <message>
        <source>%1 is damaged: its list of files cannot be read.</source>
        <translation>%1 is damaged: its list of files cannot be read.</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 has no %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 is damaged: %2 cannot be unpacked.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 bytes, more than Kansa reads of it.</source>
        <translation>%1: %2 is larger than %3 bytes, more than Kansa reads of it.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>Cannot write %1: the disk may be full.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>kansa::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Last changed by</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>(no person)</source>
        <translation>(no person)</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Password of the new account</source>
        <translation>Password of the new account</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Roles since</source>
        <translation>Roles since</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>the account %1</source>
        <translation>the account %1</translation>
    </message>
</context>
<context>
    <name>kansa::AuditPlanDialog</name>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Audit plan</source>
        <translation>Audit plan</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Scope and schedule</source>
        <translation>&amp;Scope and schedule</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Criteria (checklist):</source>
        <translation>Criteria (checklist):</translation>
    </message>
    <message>
        <source>Chapters in scope:</source>
        <translation>Chapters in scope:</translation>
    </message>
    <message>
        <source>&amp;Chief auditor:</source>
        <translation>&amp;Chief auditor:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Approved by the security committee on:</source>
        <translation>Approved by the security committee on:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tick the units to audit and give the day of each visit (double-click the date).</source>
        <translation>Tick the units to audit and give the day of each visit (double-click the date).</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Visit to %1 on:</source>
        <translation>Visit to %1 on:</translation>
    </message>
    <message>
        <source>Save scope</source>
        <translation>Save scope</translation>
    </message>
    <message>
        <source>The audit team: people holding the role of auditor or chief auditor.</source>
        <translation>The audit team: people holding the role of auditor or chief auditor.</translation>
    </message>
    <message>
        <source>Save team</source>
        <translation>Save team</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Exception to independence (reason)</source>
        <translation>Exception to independence (reason)</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>An auditor may not audit their own unit or a unit above it (対策基準 1(8)②); where it cannot be avoided the reason is recorded and listed here.</source>
        <translation>An auditor may not audit their own unit or a unit above it (対策基準 1(8)②); where it cannot be avoided the reason is recorded and listed here.</translation>
    </message>
    <message>
        <source>Audit plan: %1 (%2)</source>
        <translation>Audit plan: %1 (%2)</translation>
    </message>
    <message>
        <source>Exception to independence</source>
        <translation>Exception to independence</translation>
    </message>
    <message>
        <source>%1 belongs to %2 or a unit below it (対策基準 1(8)② 兼務の禁止). Why can it not be avoided?</source>
        <translation>%1 belongs to %2 or a unit below it (対策基準 1(8)② 兼務の禁止). Why can it not be avoided?</translation>
    </message>
    <message>
        <source>Information s&amp;ystems:</source>
        <translation>Information s&amp;ystems:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
</context>
<context>
    <name>kansa::AuditPlanService</name>
    <message>
        <source>「%1」 is %2: its plan can no longer %3.</source>
        <translation>「%1」 is %2: its plan can no longer %3.</translation>
    </message>
    <message>
        <source>The audit no longer exists.</source>
        <translation>The audit no longer exists.</translation>
    </message>
    <message>
        <source>The audit plan needs a title.</source>
        <translation>The audit plan needs a title.</translation>
    </message>
    <message>
        <source>The fiscal year %1 is out of range.</source>
        <translation>The fiscal year %1 is out of range.</translation>
    </message>
    <message>
        <source>The checklist %1 is not in the library.</source>
        <translation>The checklist %1 is not in the library.</translation>
    </message>
    <message>
        <source>The audit period ends before it begins.</source>
        <translation>The audit period ends before it begins.</translation>
    </message>
    <message>
        <source>The chief auditor of a plan must hold the role of chief auditor.</source>
        <translation>The chief auditor of a plan must hold the role of chief auditor.</translation>
    </message>
    <message>
        <source>create an audit plan</source>
        <translation>create an audit plan</translation>
    </message>
    <message>
        <source>change the audit plan</source>
        <translation>change the audit plan</translation>
    </message>
    <message>
        <source>be changed</source>
        <translation>be changed</translation>
    </message>
    <message>
        <source>change the status of an audit</source>
        <translation>change the status of an audit</translation>
    </message>
    <message>
        <source>「%1」 cannot go from %2 to %3.</source>
        <translation>「%1」 cannot go from %2 to %3.</translation>
    </message>
    <message>
        <source>Record the date the security committee approved 「%1」 first.</source>
        <translation>Record the date the security committee approved 「%1」 first.</translation>
    </message>
    <message>
        <source>「%1」 has no unit in its scope.</source>
        <translation>「%1」 has no unit in its scope.</translation>
    </message>
    <message>
        <source>change the scope of an audit</source>
        <translation>change the scope of an audit</translation>
    </message>
    <message>
        <source>change its scope</source>
        <translation>change its scope</translation>
    </message>
    <message>
        <source>A unit with recorded results cannot leave the scope of 「%1」.</source>
        <translation>A unit with recorded results cannot leave the scope of 「%1」.</translation>
    </message>
    <message>
        <source>schedule an audit visit</source>
        <translation>schedule an audit visit</translation>
    </message>
    <message>
        <source>be rescheduled</source>
        <translation>be rescheduled</translation>
    </message>
    <message>
        <source>The unit is not in the scope of 「%1」.</source>
        <translation>The unit is not in the scope of 「%1」.</translation>
    </message>
    <message>
        <source>change the audit team</source>
        <translation>change the audit team</translation>
    </message>
    <message>
        <source>change its team</source>
        <translation>change its team</translation>
    </message>
    <message>
        <source>%1 is not an auditor: give them the role of auditor first.</source>
        <translation>%1 is not an auditor: give them the role of auditor first.</translation>
    </message>
    <message>
        <source>assign auditors</source>
        <translation>assign auditors</translation>
    </message>
    <message>
        <source>change its assignments</source>
        <translation>change its assignments</translation>
    </message>
    <message>
        <source>Only members of the audit team can be assigned to units.</source>
        <translation>Only members of the audit team can be assigned to units.</translation>
    </message>
    <message>
        <source>%1 belongs to 「%2」 (or a unit below it) and so may not audit it (対策基準 1(8)② 兼務の禁止). Record the reason if it cannot be avoided.</source>
        <translation>%1 belongs to 「%2」 (or a unit below it) and so may not audit it (対策基準 1(8)② 兼務の禁止). Record the reason if it cannot be avoided.</translation>
    </message>
    <message>
        <source>%1 is already assigned to 「%2」.</source>
        <translation>%1 is already assigned to 「%2」.</translation>
    </message>
    <message>
        <source>create next year&apos;s audit</source>
        <translation>create next year&apos;s audit</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>assignment</translation>
    </message>
</context>
<context>
    <name>kansa::AuditWorkspace</name>
    <message>
        <source>My assignments only</source>
        <translation>My assignments only</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Working papers…</source>
        <translation>Working papers…</translation>
    </message>
    <message>
        <source>All findings…</source>
        <translation>All findings…</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Not yet assessed</translation>
    </message>
    <message>
        <source>Non-conforming or partly</source>
        <translation>Non-conforming or partly</translation>
    </message>
    <message>
        <source>Keys: 1 Conforming · 2 Partly · 3 Non-conforming · 4 Not applicable · 0 Not assessed</source>
        <translation>Keys: 1 Conforming · 2 Partly · 3 Non-conforming · 4 Not applicable · 0 Not assessed</translation>
    </message>
    <message>
        <source>Notes (saved as you type)</source>
        <translation>Notes (saved as you type)</translation>
    </message>
    <message>
        <source>Evidence (drop files here)</source>
        <translation>Evidence (drop files here)</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Attach evidence files</translation>
    </message>
    <message>
        <source>Findings of this item</source>
        <translation>Findings of this item</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <source>Assessed %1 of %2 (%3%)</source>
        <translation>Assessed %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Result: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Result: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the limit for evidence files (%2).</source>
        <translation>%1 is larger than the limit for evidence files (%2).</translation>
    </message>
    <message>
        <source>Cannot write a temporary copy of %1: %2</source>
        <translation>Cannot write a temporary copy of %1: %2</translation>
    </message>
    <message>
        <source>Raise a finding</source>
        <translation>Raise a finding</translation>
    </message>
    <message>
        <source>A finding belongs to a unit: raise it from the unit responsible for this item.</source>
        <translation>A finding belongs to a unit: raise it from the unit responsible for this item.</translation>
    </message>
    <message>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Working papers</source>
        <translation>Working papers</translation>
    </message>
    <message>
        <source>Working papers record a visit to a unit: choose the unit.</source>
        <translation>Working papers record a visit to a unit: choose the unit.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>No visit recorded yet.</source>
        <translation>No visit recorded yet.</translation>
    </message>
    <message>
        <source>Visited on:</source>
        <translation>Visited on:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation>Attendees:</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>Documents received:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Record a visit</translation>
    </message>
    <message>
        <source>Self-inspection: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Self-inspection: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>answered ○ but audited non-conforming</source>
        <translation>answered ○ but audited non-conforming</translation>
    </message>
    <message>
        <source>result of %1 to %2</source>
        <translation>result of %1 to %2</translation>
    </message>
    <message>
        <source>notes on %1</source>
        <translation>notes on %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Raise a finding…</source>
        <translation>Raise a finding…</translation>
    </message>
    <message>
        <source>Raise a finding on this item (Ctrl+Shift+N)</source>
        <translation>Raise a finding on this item (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Item history…</source>
        <translation>Item history…</translation>
    </message>
    <message>
        <source>Who recorded this item&apos;s result, notes and evidence, and when</source>
        <translation>Who recorded this item&apos;s result, notes and evidence, and when</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>no plan yet</translation>
    </message>
    <message>
        <source>Last year&apos;s findings still open</source>
        <translation>Last year&apos;s findings still open</translation>
    </message>
</context>
<context>
    <name>kansa::AuditsPage</name>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Audit plans</source>
        <translation>Audit plans</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>Fieldwork</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>Next year&apos;s audit</source>
        <translation>Next year&apos;s audit</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 of %2 (%3 left)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n exception(s)</source>
        <translation>
            <numerusform>⚠ %n exception</numerusform>
            <numerusform>⚠ %n exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>← Back to the audits</source>
        <translation>← Back to the audits</translation>
    </message>
    <message>
        <source>「%1」 was created as a draft with the same scope, team and assignments.</source>
        <translation>「%1」 was created as a draft with the same scope, team and assignments.</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Double-click a finding to open it in the fieldwork, a plan to verify it.</source>
        <translation>Double-click a finding to open it in the fieldwork, a plan to verify it.</translation>
    </message>
    <message>
        <source>Verify the plan</source>
        <translation>Verify the plan</translation>
    </message>
    <message>
        <source>No plan proposed yet</source>
        <translation>No plan proposed yet</translation>
    </message>
</context>
<context>
    <name>kansa::AutosaveField</name>
    <message>
        <source>What you typed was not saved:</source>
        <translation>What you typed was not saved:</translation>
    </message>
    <message>
        <source>What you typed is kept in the field.</source>
        <translation>What you typed is kept in the field.</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Priority item (重点項目)</source>
        <translation>Priority item (重点項目)</translation>
    </message>
    <message>
        <source>Edit checklist: %1</source>
        <translation>Edit checklist: %1</translation>
    </message>
    <message>
        <source>Role keys separated by spaces: %1</source>
        <translation>Role keys separated by spaces: %1</translation>
    </message>
    <message>
        <source>One piece of evidence a line: Japanese | English</source>
        <translation>One piece of evidence a line: Japanese | English</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Clause:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <source>Question (Japanese):</source>
        <translation>Question (Japanese):</translation>
    </message>
    <message>
        <source>Question (English):</source>
        <translation>Question (English):</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Apply to item</source>
        <translation>Apply to item</translation>
    </message>
    <message>
        <source>(clause)</source>
        <translation>(clause)</translation>
    </message>
    <message>
        <source>(quote the clause)</source>
        <translation>(quote the clause)</translation>
    </message>
    <message>
        <source>（質問）</source>
        <translation>（質問）</translation>
    </message>
    <message>
        <source>(question)</source>
        <translation>(question)</translation>
    </message>
    <message>
        <source>（確認資料）</source>
        <translation>（確認資料）</translation>
    </message>
    <message>
        <source>(evidence)</source>
        <translation>(evidence)</translation>
    </message>
    <message>
        <source>Saved as version %1: %2 items added, %3 changed, %4 removed.</source>
        <translation>Saved as version %1: %2 items added, %3 changed, %4 removed.</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistLibrary</name>
    <message>
        <source>The checklist %1 has no version %2.</source>
        <translation>The checklist %1 has no version %2.</translation>
    </message>
    <message>
        <source>The stored checklist %1 cannot be read: %2</source>
        <translation>The stored checklist %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>「%1」 is a checklist shipped with Kansa and cannot be replaced by an import; copy it under a new id and import that.</source>
        <translation>「%1」 is a checklist shipped with Kansa and cannot be replaced by an import; copy it under a new id and import that.</translation>
    </message>
    <message>
        <source>「%1」 cannot be a checklist id: use lower-case letters, digits and -.</source>
        <translation>「%1」 cannot be a checklist id: use lower-case letters, digits and -.</translation>
    </message>
    <message>
        <source>The copy needs a title in Japanese and in English.</source>
        <translation>The copy needs a title in Japanese and in English.</translation>
    </message>
    <message>
        <source>A checklist with the id %1 already exists.</source>
        <translation>A checklist with the id %1 already exists.</translation>
    </message>
    <message>
        <source>A shipped checklist is damaged: %1</source>
        <translation>A shipped checklist is damaged: %1</translation>
    </message>
    <message>
        <source>The checklist was not saved:
%1</source>
        <translation>The checklist was not saved:
%1</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistTreeModel</name>
    <message>
        <source>Items of this chapter per obligation sentence of its source chapter (sentences ending ならない, ものとする, 望ましい or こと).</source>
        <translation>Items of this chapter per obligation sentence of its source chapter (sentences ending ならない, ものとする, 望ましい or こと).</translation>
    </message>
    <message>
        <source>%1 items / %2 obligations (×%3)</source>
        <translation>%1 items / %2 obligations (×%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Chapter, section, question</source>
        <translation>Chapter, section, question</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Items and coverage</source>
        <translation>Items and coverage</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>kansa::ChecklistsPage</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Priority items only</source>
        <translation>Priority items only</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Copy and edit…</source>
        <translation>Copy and edit…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import a checklist</source>
        <translation>Import a checklist</translation>
    </message>
    <message>
        <source>Search questions, quotes, clauses and evidence (Ctrl+F)</source>
        <translation>Search questions, quotes, clauses and evidence (Ctrl+F)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>shipped</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>%1 (version %2, %3)</source>
        <translation>%1 (version %2, %3)</translation>
    </message>
    <message>
        <source>%1 chapters, %2 items (%3 priority). Derived from: %4.</source>
        <translation>%1 chapters, %2 items (%3 priority). Derived from: %4.</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: the file has %n problem.</numerusform>
            <numerusform>Nothing was imported: the file has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the same as version %2 already in the library; nothing changed.</source>
        <translation>%1 is the same as version %2 already in the library; nothing changed.</translation>
    </message>
    <message>
        <source>%1 version %2: %3 items added, %4 changed, %5 removed.</source>
        <translation>%1 version %2: %3 items added, %4 changed, %5 removed.</translation>
    </message>
    <message>
        <source>Copy and edit</source>
        <translation>Copy and edit</translation>
    </message>
    <message>
        <source>The copy is the organisation&apos;s own checklist: it can be edited and is never changed by an update of Kansa.</source>
        <translation>The copy is the organisation&apos;s own checklist: it can be edited and is never changed by an update of Kansa.</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Title (&amp;Japanese):</source>
        <translation>Title (&amp;Japanese):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Title (&amp;English):</translation>
    </message>
    <message>
        <source>Export a checklist</source>
        <translation>Export a checklist</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Checklists (*.json *.csv *.xlsx);;All files (*)</source>
        <translation>Checklists (*.json *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to look at:</source>
        <translation>
            <numerusform>%n warning to look at:</numerusform>
            <numerusform>%n warnings to look at:</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft from our policy…</source>
        <translation>Draft from our policy…</translation>
    </message>
    <message>
        <source>Reads your own policy (text, Word or PDF) and drafts a checklist of it, each item matched to the checklist shown, to review item by item.</source>
        <translation>Reads your own policy (text, Word or PDF) and drafts a checklist of it, each item matched to the checklist shown, to review item by item.</translation>
    </message>
    <message>
        <source>Draft a checklist from our policy</source>
        <translation>Draft a checklist from our policy</translation>
    </message>
    <message>
        <source>Policies (*.txt *.docx *.pdf);;All files (*)</source>
        <translation>Policies (*.txt *.docx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Maps to</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <source>%1: %2 version %3, %4</source>
        <translation>%1: %2 version %3, %4</translation>
    </message>
    <message>
        <source>Add a link…</source>
        <translation>Add a link…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Links to other checklists:</source>
        <translation>Links to other checklists:</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Remove the link</translation>
    </message>
    <message>
        <source>Remove the link %1?</source>
        <translation>Remove the link %1?</translation>
    </message>
</context>
<context>
    <name>kansa::CrossChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Unit of the finding</source>
        <translation>Unit of the finding</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Answer for my unit…</source>
        <translation>Answer for my unit…</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Show the plan</translation>
    </message>
    <message>
        <source>The CISO or the chief auditor asks other units from a plan with “Ask other units…”. A unit that finds the same problem gets a linked finding and plan.</source>
        <translation>The CISO or the chief auditor asks other units from a plan with “Ask other units…”. A unit that finds the same problem gets a linked finding and plan.</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>Cross-department checks</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Answer the cross-department check</source>
        <translation>Answer the cross-department check</translation>
    </message>
    <message>
        <source>The same problem &amp;exists in our unit</source>
        <translation>The same problem &amp;exists in our unit</translation>
    </message>
    <message>
        <source>It does &amp;not exist in our unit</source>
        <translation>It does &amp;not exist in our unit</translation>
    </message>
    <message>
        <source>What was checked, and what was found</source>
        <translation>What was checked, and what was found</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>kansa::CrosswalkLinkDialog</name>
    <message>
        <source>Change the link of %1</source>
        <translation>Change the link of %1</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Link %1</translation>
    </message>
    <message>
        <source>Search clauses and questions</source>
        <translation>Search clauses and questions</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Choose the item to link to.</source>
        <translation>Choose the item to link to.</translation>
    </message>
</context>
<context>
    <name>kansa::CrosswalkService</name>
    <message>
        <source>The library has no checklist 「%1」 version %2.</source>
        <translation>The library has no checklist 「%1」 version %2.</translation>
    </message>
    <message>
        <source>Checklist 「%1」 version %2 has no item 「%3」.</source>
        <translation>Checklist 「%1」 version %2 has no item 「%3」.</translation>
    </message>
    <message>
        <source>A link joins two different checklist versions.</source>
        <translation>A link joins two different checklist versions.</translation>
    </message>
    <message>
        <source>The same link as on line %1.</source>
        <translation>The same link as on line %1.</translation>
    </message>
    <message>
        <source>%1 is linked already.</source>
        <translation>%1 is linked already.</translation>
    </message>
    <message>
        <source>The link has been removed by someone else in the meantime.</source>
        <translation>The link has been removed by someone else in the meantime.</translation>
    </message>
    <message>
        <source>The field is empty.</source>
        <translation>The field is empty.</translation>
    </message>
    <message>
        <source>A version is a whole number from 1.</source>
        <translation>A version is a whole number from 1.</translation>
    </message>
    <message>
        <source>Unknown relation 「%1」: use equal, subset, superset or related.</source>
        <translation>Unknown relation 「%1」: use equal, subset, superset or related.</translation>
    </message>
    <message>
        <source>A score is a number from 0 to 1.</source>
        <translation>A score is a number from 0 to 1.</translation>
    </message>
</context>
<context>
    <name>kansa::CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: %n problem(s) were found. Nothing will be changed; correct the file and try again.</source>
        <translation>
            <numerusform>%1 cannot be imported: %n problem was found. Nothing will be changed; correct the file and try again.</numerusform>
            <numerusform>%1 cannot be imported: %n problems were found. Nothing will be changed; correct the file and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged. Import writes all of them at once.</source>
        <translation>%1 (%2): %3 new, %4 changed, %5 unchanged. Import writes all of them at once.</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>Columns not used: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 changed.</source>
        <translation>Imported: %1 new, %2 changed.</translation>
    </message>
</context>
<context>
    <name>kansa::DashboardPage</name>
    <message>
        <source>CISO dashboard</source>
        <translation>CISO dashboard</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Every figure and the list shown below them, as an Excel workbook or CSV</source>
        <translation>Every figure and the list shown below them, as an Excel workbook or CSV</translation>
    </message>
    <message>
        <source>The dashboard shows every unit&apos;s records: the CISO, the chief information security manager, the auditors and the administrator see it.</source>
        <translation>The dashboard shows every unit&apos;s records: the CISO, the chief information security manager, the auditors and the administrator see it.</translation>
    </message>
    <message>
        <source>Compliance by chapter (%), this year and last</source>
        <translation>Compliance by chapter (%), this year and last</translation>
    </message>
    <message>
        <source>Units with the lowest compliance (%)</source>
        <translation>Units with the lowest compliance (%)</translation>
    </message>
    <message>
        <source>Findings by severity and remediation</source>
        <translation>Findings by severity and remediation</translation>
    </message>
    <message>
        <source>Open findings at each month end</source>
        <translation>Open findings at each month end</translation>
    </message>
    <message>
        <source>Overdue remediation plans (all years)</source>
        <translation>Overdue remediation plans (all years)</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions expired, expiring within %n days or due for review</source>
        <translation>
            <numerusform>Exceptions expired, expiring within %n day or due for review</numerusform>
            <numerusform>Exceptions expired, expiring within %n days or due for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Findings %1 (major %2) · not yet closed %3 · overdue plans %4 · exceptions needing attention %5</source>
        <translation>Findings %1 (major %2) · not yet closed %3 · overdue plans %4 · exceptions needing attention %5</translation>
    </message>
    <message>
        <source>%1: %2% of %3 assessed</source>
        <translation>%1: %2% of %3 assessed</translation>
    </message>
    <message>
        <source>Previous year %1%, change %2 points</source>
        <translation>Previous year %1%, change %2 points</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>dashboard-%1</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Export the dashboard</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Click a bar, a point or a row above to list what is behind it; double-click a row to open it.</source>
        <translation>Click a bar, a point or a row above to list what is behind it; double-click a row to open it.</translation>
    </message>
</context>
<context>
    <name>kansa::DashboardService</name>
    <message>
        <source>No plan yet</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Not conforming in %1</source>
        <translation>Not conforming in %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open remediation plans</source>
        <translation>Open remediation plans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Overdue remediation plans</source>
        <translation>Overdue remediation plans</translation>
    </message>
    <message>
        <source>Exceptions expired, expiring or due for review</source>
        <translation>Exceptions expired, expiring or due for review</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message numerus="yes">
        <source>Expires within %n days</source>
        <translation>
            <numerusform>Expires within %n day</numerusform>
            <numerusform>Expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>Partly conforming</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>Non-conforming</translation>
    </message>
    <message>
        <source>Compliance %</source>
        <translation>Compliance %</translation>
    </message>
    <message>
        <source>Previous year %</source>
        <translation>Previous year %</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Change (points)</translation>
    </message>
    <message>
        <source>Compliance by chapter</source>
        <translation>Compliance by chapter</translation>
    </message>
    <message>
        <source>Compliance by unit</source>
        <translation>Compliance by unit</translation>
    </message>
    <message>
        <source>Findings by severity and remediation</source>
        <translation>Findings by severity and remediation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open findings at month end</source>
        <translation>Open findings at month end</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation>see the dashboard</translation>
    </message>
</context>
<context>
    <name>kansa::DateField</name>
    <message>
        <source>Type a date such as %1, R8.12.1 or 2026/12/1, or pick one from the calendar (Alt+Down).</source>
        <translation>Type a date such as %1, R8.12.1 or 2026/12/1, or pick one from the calendar (Alt+Down).</translation>
    </message>
    <message>
        <source>Pick from the calendar</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>kansa::DraftReviewModel</name>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>accepted, edited</source>
        <translation>accepted, edited</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Policy text</source>
        <translation>Policy text</translation>
    </message>
    <message>
        <source>Proposed question</source>
        <translation>Proposed question</translation>
    </message>
    <message>
        <source>Matched item</source>
        <translation>Matched item</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
</context>
<context>
    <name>kansa::ExceptionsPanel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>Compensating measures</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Only those &amp;expired or due for review</source>
        <translation>Only those &amp;expired or due for review</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Request an exception…</source>
        <translation>Request an exception…</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 –
%2</source>
        <translation>%1 –
%2</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>%1 (review due)</source>
        <translation>%1 (review due)</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Awaiting the CISO</source>
        <translation>Awaiting the CISO</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Not granted</translation>
    </message>
    <message>
        <source>Request an exception</source>
        <translation>Request an exception</translation>
    </message>
    <message>
        <source>The clauses or checklist items departed from, e.g. 5.1(1)③</source>
        <translation>The clauses or checklist items departed from, e.g. 5.1(1)③</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Items:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Compensating measures:</source>
        <translation>&amp;Compensating measures:</translation>
    </message>
    <message>
        <source>Decide the exception</source>
        <translation>Decide the exception</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Exception:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Next re&amp;view:</translation>
    </message>
    <message>
        <source>Why it is approved or rejected, and on what conditions</source>
        <translation>Why it is approved or rejected, and on what conditions</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>the exception of %1 for %2</source>
        <translation>the exception of %1 for %2</translation>
    </message>
</context>
<context>
    <name>kansa::FieldworkService</name>
    <message>
        <source>The audit no longer exists.</source>
        <translation>The audit no longer exists.</translation>
    </message>
    <message>
        <source>「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.</source>
        <translation>「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.</translation>
    </message>
    <message>
        <source>The unit is not in the scope of the audit.</source>
        <translation>The unit is not in the scope of the audit.</translation>
    </message>
    <message>
        <source>The item %1 is not in the scope of the audit at this level.</source>
        <translation>The item %1 is not in the scope of the audit at this level.</translation>
    </message>
    <message>
        <source>record audit results</source>
        <translation>record audit results</translation>
    </message>
    <message>
        <source>The result of %1 has been removed by someone else in the meantime.</source>
        <translation>The result of %1 has been removed by someone else in the meantime.</translation>
    </message>
    <message>
        <source>record evidence</source>
        <translation>record evidence</translation>
    </message>
    <message>
        <source>Describe the evidence: what was reviewed, who was interviewed or what was seen.</source>
        <translation>Describe the evidence: what was reviewed, who was interviewed or what was seen.</translation>
    </message>
    <message>
        <source>remove evidence</source>
        <translation>remove evidence</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>The evidence no longer exists.</source>
        <translation>The evidence no longer exists.</translation>
    </message>
    <message>
        <source>attach evidence files</source>
        <translation>attach evidence files</translation>
    </message>
    <message>
        <source>%1 is %2 MB; evidence files may be at most %3 MB (the administrator can change the limit).</source>
        <translation>%1 is %2 MB; evidence files may be at most %3 MB (the administrator can change the limit).</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>The file no longer exists.</translation>
    </message>
    <message>
        <source>The stored file %1 does not match its SHA-256: it has been damaged.</source>
        <translation>The stored file %1 does not match its SHA-256: it has been damaged.</translation>
    </message>
    <message>
        <source>raise findings</source>
        <translation>raise findings</translation>
    </message>
    <message>
        <source>A finding belongs to a unit: choose the unit responsible.</source>
        <translation>A finding belongs to a unit: choose the unit responsible.</translation>
    </message>
    <message>
        <source>The item %1 is not in the audit&apos;s checklist.</source>
        <translation>The item %1 is not in the audit&apos;s checklist.</translation>
    </message>
    <message>
        <source>A finding needs a title and the condition found.</source>
        <translation>A finding needs a title and the condition found.</translation>
    </message>
    <message>
        <source>change findings</source>
        <translation>change findings</translation>
    </message>
    <message>
        <source>remove findings</source>
        <translation>remove findings</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>write working papers</source>
        <translation>write working papers</translation>
    </message>
    <message>
        <source>A working paper needs the date of the visit and a summary.</source>
        <translation>A working paper needs the date of the visit and a summary.</translation>
    </message>
    <message>
        <source>change working papers</source>
        <translation>change working papers</translation>
    </message>
    <message>
        <source>working paper</source>
        <translation>working paper</translation>
    </message>
    <message>
        <source>see these audit records</source>
        <translation>see these audit records</translation>
    </message>
</context>
<context>
    <name>kansa::FindingDialog</name>
    <message>
        <source>Edit finding</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Raise a finding</source>
        <translation>Raise a finding</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Condition found:</source>
        <translation>&amp;Condition found:</translation>
    </message>
    <message>
        <source>C&amp;riterion:</source>
        <translation>C&amp;riterion:</translation>
    </message>
    <message>
        <source>C&amp;ause:</source>
        <translation>C&amp;ause:</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;Effect:</translation>
    </message>
    <message>
        <source>Recommen&amp;dation:</source>
        <translation>Recommen&amp;dation:</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>the finding 「%1」</source>
        <translation>the finding 「%1」</translation>
    </message>
</context>
<context>
    <name>kansa::FindingTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>Condition found</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
</context>
<context>
    <name>kansa::FindingsDialog</name>
    <message>
        <source>Findings of the audit</source>
        <translation>Findings of the audit</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Search titles, conditions and recommendations</source>
        <translation>Search titles, conditions and recommendations</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a finding to open it.</source>
        <translation>Double-click a finding to open it.</translation>
    </message>
</context>
<context>
    <name>kansa::FiscalYearField</name>
    <message>
        <source>Type a fiscal year such as %1, R8 or 2026, or step with the arrows.</source>
        <translation>Type a fiscal year such as %1, R8 or 2026, or step with the arrows.</translation>
    </message>
</context>
<context>
    <name>kansa::HelpWindow</name>
    <message>
        <source>Kansa user guide</source>
        <translation>Kansa user guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation>The year at a glance</translation>
    </message>
    <message>
        <source>%1 — Kansa user guide</source>
        <translation>%1 — Kansa user guide</translation>
    </message>
</context>
<context>
    <name>kansa::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Nothing has been recorded for it yet.</source>
        <translation>Nothing has been recorded for it yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded, newest first.</source>
        <translation>
            <numerusform>%n change(s) recorded, newest first.</numerusform>
            <numerusform>%n change(s) recorded, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save the history</source>
        <translation>Save the history</translation>
    </message>
    <message>
        <source>history</source>
        <translation>history</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
</context>
<context>
    <name>kansa::ItemMarksDelegate</name>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>This item has %1.</source>
        <translation>This item has %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>last year&apos;s findings still open</source>
        <translation>last year&apos;s findings still open</translation>
    </message>
</context>
<context>
    <name>kansa::MainWindow</name>
    <message>
        <source>%1 — Kansa</source>
        <translation>%1 — Kansa</translation>
    </message>
    <message>
        <source>Kansa — information security audit</source>
        <translation>Kansa — information security audit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New organisation…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Connect to server…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>C&amp;lose organisation</source>
        <translation>C&amp;lose organisation</translation>
    </message>
    <message>
        <source>Import &amp;units (CSV)…</source>
        <translation>Import &amp;units (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;people (CSV)…</source>
        <translation>Import &amp;people (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Checklists</translation>
    </message>
    <message>
        <source>&amp;Audits</source>
        <translation>&amp;Audits</translation>
    </message>
    <message>
        <source>&amp;Self-inspections</source>
        <translation>&amp;Self-inspections</translation>
    </message>
    <message>
        <source>&amp;Remediation</source>
        <translation>&amp;Remediation</translation>
    </message>
    <message>
        <source>R&amp;eports</source>
        <translation>R&amp;eports</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kansa</source>
        <translation>&amp;About Kansa</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Kansa — information security audit and self-inspection</source>
        <translation>Kansa — information security audit and self-inspection</translation>
    </message>
    <message>
        <source>Open your organisation&apos;s file, connect to its server, or create a new organisation.</source>
        <translation>Open your organisation&apos;s file, connect to its server, or create a new organisation.</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Connect to server…</source>
        <translation>Connect to server…</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Self-inspections</source>
        <translation>Self-inspections</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>No organisation open</source>
        <translation>No organisation open</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>reader</source>
        <translation>reader</translation>
    </message>
    <message>
        <source>Open organisation</source>
        <translation>Open organisation</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>About Kansa</source>
        <translation>About Kansa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;Information-security audit and self-inspection for local government: audit plans, fieldwork, self-inspections, remediation and reports.&lt;/p&gt;&lt;p&gt;The shipped checklists are derived from published municipal security policies.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kansa %1&lt;/h3&gt;&lt;p&gt;Information-security audit and self-inspection for local government: audit plans, fieldwork, self-inspections, remediation and reports.&lt;/p&gt;&lt;p&gt;The shipped checklists are derived from published municipal security policies.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation>Signed in: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Verify the record…</source>
        <translation>&amp;Verify the record…</translation>
    </message>
    <message>
        <source>Verify against an &amp;issued report…</source>
        <translation>Verify against an &amp;issued report…</translation>
    </message>
    <message>
        <source>Verify against an issued report</source>
        <translation>Verify against an issued report</translation>
    </message>
    <message>
        <source>Verify the record</source>
        <translation>Verify the record</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a backup…</source>
        <translation>Res&amp;tore from a backup…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>The daily backup could not be written; the organisation itself is saved.</source>
        <translation>The daily backup could not be written; the organisation itself is saved.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backups (*.backup *.kansa);;All files (*)</source>
        <translation>Backups (*.backup *.kansa);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Sign in to the backup %1</source>
        <translation>Sign in to the backup %1</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s record does not hold together.</source>
        <translation>Nothing was restored: the backup&apos;s record does not hold together.</translation>
    </message>
    <message numerus="yes">
        <source>Replace %1 with the backup %2 (%n change-log entries, checked)? What the file holds now is kept in 「%3」 first.</source>
        <translation>
            <numerusform>Replace %1 with the backup %2 (%n change-log entries, checked)? What the file holds now is kept in 「%3」 first.</numerusform>
            <numerusform>Replace %1 with the backup %2 (%n change-log entries, checked)? What the file holds now is kept in 「%3」 first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was restored from %2. What it held before is kept in %3. Sign in again.</source>
        <translation>%1 was restored from %2. What it held before is kept in %3. Sign in again.</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Record check</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>%1 is read-only: it is opened for reading only. It can be read, printed and verified; to change it, copy it to a folder where you may write.</source>
        <translation>%1 is read-only: it is opened for reading only. It can be read, printed and verified; to change it, copy it to a folder where you may write.</translation>
    </message>
    <message>
        <source>Issued reports and year archives (*.pdf *.zip);;All files (*)</source>
        <translation>Issued reports and year archives (*.pdf *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Archive a fiscal year…</source>
        <translation>&amp;Archive a fiscal year…</translation>
    </message>
    <message>
        <source>Year archive</source>
        <translation>Year archive</translation>
    </message>
    <message>
        <source>%1 is a year archive: it is opened for reading only, and every file in it matched its manifest. Its record is verified next.</source>
        <translation>%1 is a year archive: it is opened for reading only, and every file in it matched its manifest. Its record is verified next.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Archive a fiscal year</source>
        <translation>Archive a fiscal year</translation>
    </message>
    <message>
        <source>The fiscal year to archive:</source>
        <translation>The fiscal year to archive:</translation>
    </message>
    <message>
        <source>Year archives (*.zip);;All files (*)</source>
        <translation>Year archives (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Verifying the record…</source>
        <translation>Verifying the record…</translation>
    </message>
</context>
<context>
    <name>kansa::NewOrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>e.g. 桜ヶ丘村</source>
        <translation>e.g. 桜ヶ丘村</translation>
    </message>
    <message>
        <source>A new organisation will be created in %1. Its administrator manages the organisation and the accounts of the other users.</source>
        <translation>A new organisation will be created in %1. Its administrator manages the organisation and the accounts of the other users.</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Administrator &amp;login:</source>
        <translation>Administrator &amp;login:</translation>
    </message>
    <message>
        <source>Administrator&apos;s n&amp;ame:</source>
        <translation>Administrator&apos;s n&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s login name.</source>
        <translation>Enter the administrator&apos;s login name.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>kansa::OrganisationPage</name>
    <message>
        <source>Last changed by %1, %2 %3</source>
        <translation>Last changed by %1, %2 %3</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Units</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Fiscal years</source>
        <translation>&amp;Fiscal years</translation>
    </message>
    <message>
        <source>Printed on every page of the reports (対策基準 2(2)②).</source>
        <translation>Printed on every page of the reports (対策基準 2(2)②).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Classification marking:</source>
        <translation>Classification marking:</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Add sub-unit</source>
        <translation>Add sub-unit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Selected unit</source>
        <translation>Selected unit</translation>
    </message>
    <message>
        <source>Save unit</source>
        <translation>Save unit</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Drag a unit onto another to move it there, or between two units to change the order. F2 renames.</source>
        <translation>Drag a unit onto another to move it there, or between two units to change the order. F2 renames.</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Remove unit</translation>
    </message>
    <message>
        <source>Remove 「%1」?</source>
        <translation>Remove 「%1」?</translation>
    </message>
    <message>
        <source>Search name, kana, staff number, e-mail…</source>
        <translation>Search name, kana, staff number, e-mail…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 of %2 people</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Add the next fiscal year</source>
        <translation>Add the next fiscal year</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Import units</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Import people</translation>
    </message>
    <message>
        <source>The largest evidence file kept in the database (set by the administrator).</source>
        <translation>The largest evidence file kept in the database (set by the administrator).</translation>
    </message>
    <message>
        <source>Evidence files up to:</source>
        <translation>Evidence files up to:</translation>
    </message>
    <message>
        <source>Set template…</source>
        <translation>Set template…</translation>
    </message>
    <message>
        <source>A Word (DOCX) or OpenDocument (ODT) document whose cover, header and footer the reports start from, with placeholders such as {{団体名}} and {{文書番号}}.</source>
        <translation>A Word (DOCX) or OpenDocument (ODT) document whose cover, header and footer the reports start from, with placeholders such as {{団体名}} and {{文書番号}}.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Letterhead template</source>
        <translation>Letterhead template</translation>
    </message>
    <message>
        <source>Word or OpenDocument (*.docx *.odt)</source>
        <translation>Word or OpenDocument (*.docx *.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Letterhead:</source>
        <translation>Letterhead:</translation>
    </message>
    <message>
        <source>Export the standard…</source>
        <translation>Export the standard…</translation>
    </message>
    <message>
        <source>Saves the standard letterhead as a DOCX template to start your own from.</source>
        <translation>Saves the standard letterhead as a DOCX template to start your own from.</translation>
    </message>
</context>
<context>
    <name>kansa::OrganisationService</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>The organisation needs a name.</translation>
    </message>
    <message>
        <source>Unknown kind of organisation: %1</source>
        <translation>Unknown kind of organisation: %1</translation>
    </message>
    <message>
        <source>The database already holds an organisation.</source>
        <translation>The database already holds an organisation.</translation>
    </message>
    <message>
        <source>change the organisation</source>
        <translation>change the organisation</translation>
    </message>
    <message>
        <source>The classification marking printed on documents may not be empty.</source>
        <translation>The classification marking printed on documents may not be empty.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>The unit no longer exists.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>A unit needs a name.</translation>
    </message>
    <message>
        <source>The unit name is too long (at most %1 characters).</source>
        <translation>The unit name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The parent unit of 「%1」 no longer exists.</source>
        <translation>The parent unit of 「%1」 no longer exists.</translation>
    </message>
    <message>
        <source>The unit code %1 is already used by 「%2」.</source>
        <translation>The unit code %1 is already used by 「%2」.</translation>
    </message>
    <message>
        <source>add a unit</source>
        <translation>add a unit</translation>
    </message>
    <message>
        <source>change a unit</source>
        <translation>change a unit</translation>
    </message>
    <message>
        <source>move a unit</source>
        <translation>move a unit</translation>
    </message>
    <message>
        <source>「%1」 cannot be moved into one of its own sub-units.</source>
        <translation>「%1」 cannot be moved into one of its own sub-units.</translation>
    </message>
    <message>
        <source>remove a unit</source>
        <translation>remove a unit</translation>
    </message>
    <message>
        <source>「%1」 still has sub-units; move or remove them first.</source>
        <translation>「%1」 still has sub-units; move or remove them first.</translation>
    </message>
    <message>
        <source>「%1」 still has %2 people; move them to another unit first.</source>
        <translation>「%1」 still has %2 people; move them to another unit first.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>The name, kana or e-mail of 「%1」 is too long (at most %2 characters).</source>
        <translation>The name, kana or e-mail of 「%1」 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>The e-mail address of 「%1」 is not valid: %2</source>
        <translation>The e-mail address of 「%1」 is not valid: %2</translation>
    </message>
    <message>
        <source>The unit of 「%1」 no longer exists.</source>
        <translation>The unit of 「%1」 no longer exists.</translation>
    </message>
    <message>
        <source>The staff number %1 is already used by 「%2」.</source>
        <translation>The staff number %1 is already used by 「%2」.</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>add a person</translation>
    </message>
    <message>
        <source>change a person</source>
        <translation>change a person</translation>
    </message>
    <message>
        <source>remove a person</source>
        <translation>remove a person</translation>
    </message>
    <message>
        <source>add a fiscal year</source>
        <translation>add a fiscal year</translation>
    </message>
    <message>
        <source>The fiscal year %1 is out of range.</source>
        <translation>The fiscal year %1 is out of range.</translation>
    </message>
    <message>
        <source>The fiscal year %1 already exists.</source>
        <translation>The fiscal year %1 already exists.</translation>
    </message>
    <message>
        <source>The limit must be between 1 KB and 1 GB.</source>
        <translation>The limit must be between 1 KB and 1 GB.</translation>
    </message>
    <message>
        <source>Nobody changes their own roles: another administrator does.</source>
        <translation>Nobody changes their own roles: another administrator does.</translation>
    </message>
    <message>
        <source>change the roles of people</source>
        <translation>change the roles of people</translation>
    </message>
    <message>
        <source>set the size limit of evidence files</source>
        <translation>set the size limit of evidence files</translation>
    </message>
    <message>
        <source>remove a person who holds a security role</source>
        <translation>remove a person who holds a security role</translation>
    </message>
</context>
<context>
    <name>kansa::PasswordDialog</name>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>kansa::PeopleTableModel</name>
    <message>
        <source>Last changed by %1</source>
        <translation>Last changed by %1</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>kansa::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kana:</source>
        <translation>&amp;Kana:</translation>
    </message>
    <message>
        <source>&amp;Staff number:</source>
        <translation>&amp;Staff number:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Roles (granted by the administrator)</source>
        <translation>Roles (granted by the administrator)</translation>
    </message>
</context>
<context>
    <name>kansa::PlanTableModel</name>
    <message>
        <source>Overdue: an action is past its due date.</source>
        <translation>Overdue: an action is past its due date.</translation>
    </message>
    <message>
        <source>Carried over: still open from an earlier fiscal year.</source>
        <translation>Carried over: still open from an earlier fiscal year.</translation>
    </message>
    <message>
        <source>%1 (carried over)</source>
        <translation>%1 (carried over)</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Overdue</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>kansa::PolicyReviewDialog</name>
    <message>
        <source>obligation</source>
        <translation>obligation</translation>
    </message>
    <message>
        <source>prohibition</source>
        <translation>prohibition</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>best effort</translation>
    </message>
    <message>
        <source>authority or permission</source>
        <translation>authority or permission</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>definition</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Review the checklist drafted from %1</source>
        <translation>Review the checklist drafted from %1</translation>
    </message>
    <message>
        <source>Search the clauses, questions and matches (/)</source>
        <translation>Search the clauses, questions and matches (/)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>New (no shipped item matched)</source>
        <translation>New (no shipped item matched)</translation>
    </message>
    <message>
        <source>Weak matches (below 50%)</source>
        <translation>Weak matches (below 50%)</translation>
    </message>
    <message>
        <source>&amp;Accept (A)</source>
        <translation>&amp;Accept (A)</translation>
    </message>
    <message>
        <source>&amp;Edit (E)</source>
        <translation>&amp;Edit (E)</translation>
    </message>
    <message>
        <source>&amp;Reject (R)</source>
        <translation>&amp;Reject (R)</translation>
    </message>
    <message>
        <source>&amp;Split (S)</source>
        <translation>&amp;Split (S)</translation>
    </message>
    <message>
        <source>&amp;Merge with next (M)</source>
        <translation>&amp;Merge with next (M)</translation>
    </message>
    <message>
        <source>&amp;Next to review (N)</source>
        <translation>&amp;Next to review (N)</translation>
    </message>
    <message>
        <source>Save as our checklist…</source>
        <translation>Save as our checklist…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Proposed items</source>
        <translation>Proposed items</translation>
    </message>
    <message>
        <source>In the model checklist, not in your policy (%1)</source>
        <translation>In the model checklist, not in your policy (%1)</translation>
    </message>
    <message>
        <source>Your policy&apos;s clause</source>
        <translation>Your policy&apos;s clause</translation>
    </message>
    <message>
        <source>The item proposed</source>
        <translation>The item proposed</translation>
    </message>
    <message>
        <source>One per line: Japanese | English</source>
        <translation>One per line: Japanese | English</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>In English:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Asked of:</source>
        <translation>Asked of:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>The model checklist&apos;s item it matches</source>
        <translation>The model checklist&apos;s item it matches</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Similarity %1%</source>
        <translation>Similarity %1%</translation>
    </message>
    <message>
        <source>No item of the model checklist matches.</source>
        <translation>No item of the model checklist matches.</translation>
    </message>
    <message>
        <source>Closest, too weak to take from: %1</source>
        <translation>Closest, too weak to take from: %1</translation>
    </message>
    <message>
        <source>Taken from: %1</source>
        <translation>Taken from: %1</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed: %3 accepted, %4 rejected, %5 edited</source>
        <translation>%1 of %2 reviewed: %3 accepted, %4 rejected, %5 edited</translation>
    </message>
    <message>
        <source>The next item is in another section: it cannot be merged.</source>
        <translation>The next item is in another section: it cannot be merged.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1, version %2, with %n item(s).</source>
        <translation>
            <numerusform>Saved as %1, version %2, with %n item.</numerusform>
            <numerusform>Saved as %1, version %2, with %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as our checklist</source>
        <translation>Save as our checklist</translation>
    </message>
    <message>
        <source>Checklist id:</source>
        <translation>Checklist id:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Title in English:</source>
        <translation>Title in English:</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not reviewed yet. Save them as proposed (Yes), or only the accepted ones (No)?</source>
        <translation>
            <numerusform>%n item is not reviewed yet. Save it as proposed (Yes), or only the accepted ones (No)?</numerusform>
            <numerusform>%n items are not reviewed yet. Save them as proposed (Yes), or only the accepted ones (No)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kansa::PostgresConnectionDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Organisations that share one database between many users keep it on a PostgreSQL server. Ask your administrator for these details. Leave the user and password empty: you then sign in with your own Kansa login, which is your login on the server too.</source>
        <translation>Organisations that share one database between many users keep it on a PostgreSQL server. Ask your administrator for these details. Leave the user and password empty: you then sign in with your own Kansa login, which is your login on the server too.</translation>
    </message>
</context>
<context>
    <name>kansa::ProgressReportDialog</name>
    <message>
        <source>Report progress</source>
        <translation>Report progress</translation>
    </message>
    <message>
        <source>What was done since the last report</source>
        <translation>What was done since the last report</translation>
    </message>
    <message>
        <source>Documents or records that show it</source>
        <translation>Documents or records that show it</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Percent done:</source>
        <translation>&amp;Percent done:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>A report cannot be changed afterwards; a correction is a new report.</source>
        <translation>A report cannot be changed afterwards; a correction is a new report.</translation>
    </message>
</context>
<context>
    <name>kansa::ProgressRequestsPanel</name>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Report by</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Requests for progress reports</source>
        <translation>Requests for progress reports</translation>
    </message>
    <message>
        <source>Request progress…</source>
        <translation>Request progress…</translation>
    </message>
    <message>
        <source>Reports owed (open plans not reported on since the request)</source>
        <translation>Reports owed (open plans not reported on since the request)</translation>
    </message>
    <message>
        <source>Progress requests</source>
        <translation>Progress requests</translation>
    </message>
    <message>
        <source>All units with open plans</source>
        <translation>All units with open plans</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>Request progress reports</source>
        <translation>Request progress reports</translation>
    </message>
    <message>
        <source>Please report the progress of your remediation plans.</source>
        <translation>Please report the progress of your remediation plans.</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>&amp;Report by:</source>
        <translation>&amp;Report by:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
</context>
<context>
    <name>kansa::RemediationPage</name>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>Remediation plans</source>
        <translation>Remediation plans</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>Cross-department checks</translation>
    </message>
    <message>
        <source>Progress requests</source>
        <translation>Progress requests</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Search unit, finding, summary</source>
        <translation>Search unit, finding, summary</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Propose a plan…</source>
        <translation>Propose a plan…</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>Action done</source>
        <translation>Action done</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Report completion</source>
        <translation>Report completion</translation>
    </message>
    <message>
        <source>Report progress…</source>
        <translation>Report progress…</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Send back…</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>Accept risk…</translation>
    </message>
    <message>
        <source>Ask other units…</source>
        <translation>Ask other units…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Reports are kept as entered; a correction is a new report.</source>
        <translation>Reports are kept as entered; a correction is a new report.</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, valid %3 to %4</source>
        <translation>%1 — %2, valid %3 to %4</translation>
    </message>
    <message>
        <source>exception #%1</source>
        <translation>exception #%1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a plan in the list.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choose a plan in the list.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>Overdue: an action is past its due date.</source>
        <translation>Overdue: an action is past its due date.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>finding #%1</source>
        <translation>finding #%1</translation>
    </message>
    <message>
        <source>Raised by a cross-department check of</source>
        <translation>Raised by a cross-department check of</translation>
    </message>
    <message>
        <source>Verification note</source>
        <translation>Verification note</translation>
    </message>
    <message>
        <source>Exception (risk accepted)</source>
        <translation>Exception (risk accepted)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Propose a plan</source>
        <translation>Propose a plan</translation>
    </message>
    <message>
        <source>Every finding of your unit already has a plan.</source>
        <translation>Every finding of your unit already has a plan.</translation>
    </message>
    <message>
        <source>Propose a remediation plan</source>
        <translation>Propose a remediation plan</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Finding:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>First action (add more afterwards):</source>
        <translation>First action (add more afterwards):</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Report the plan for “%1” as completed? An auditor then verifies it.</source>
        <translation>Report the plan for “%1” as completed? An auditor then verifies it.</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>Verify the plan</source>
        <translation>Verify the plan</translation>
    </message>
    <message>
        <source>&amp;What was checked:</source>
        <translation>&amp;What was checked:</translation>
    </message>
    <message>
        <source>Send the plan back</source>
        <translation>Send the plan back</translation>
    </message>
    <message>
        <source>&amp;What is missing:</source>
        <translation>&amp;What is missing:</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Accept risk</translation>
    </message>
    <message>
        <source>%1 has no approved exception that is still valid. The unit requests one in the exceptions register first.</source>
        <translation>%1 has no approved exception that is still valid. The unit requests one in the exceptions register first.</translation>
    </message>
    <message>
        <source>Accept the risk</source>
        <translation>Accept the risk</translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation>%1 (valid until %2)</translation>
    </message>
    <message>
        <source>&amp;Exception:</source>
        <translation>&amp;Exception:</translation>
    </message>
    <message>
        <source>Ask other units to check</source>
        <translation>Ask other units to check</translation>
    </message>
    <message>
        <source>&amp;All units (every section but the finding&apos;s own)</source>
        <translation>&amp;All units (every section but the finding&apos;s own)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Answer by:</source>
        <translation>&amp;Answer by:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>Choose the units to ask, or all units.</source>
        <translation>Choose the units to ask, or all units.</translation>
    </message>
    <message>
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <source>&amp;Evidence seen:</source>
        <translation>&amp;Evidence seen:</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>Condition found</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Plan history…</source>
        <translation>Plan history…</translation>
    </message>
    <message>
        <source>Who changed this plan, its actions and progress reports, and when</source>
        <translation>Who changed this plan, its actions and progress reports, and when</translation>
    </message>
    <message>
        <source>the plan for 「%1」</source>
        <translation>the plan for 「%1」</translation>
    </message>
</context>
<context>
    <name>kansa::RemediationService</name>
    <message>
        <source>The finding no longer exists.</source>
        <translation>The finding no longer exists.</translation>
    </message>
    <message>
        <source>propose a remediation plan</source>
        <translation>propose a remediation plan</translation>
    </message>
    <message>
        <source>A remediation plan needs a summary and at least one action with an owner and a due date.</source>
        <translation>A remediation plan needs a summary and at least one action with an owner and a due date.</translation>
    </message>
    <message>
        <source>The finding already has a remediation plan.</source>
        <translation>The finding already has a remediation plan.</translation>
    </message>
    <message>
        <source>plan remediation actions</source>
        <translation>plan remediation actions</translation>
    </message>
    <message>
        <source>The plan is %1: its actions can no longer change.</source>
        <translation>The plan is %1: its actions can no longer change.</translation>
    </message>
    <message>
        <source>An action needs a description, an owner and a due date.</source>
        <translation>An action needs a description, an owner and a due date.</translation>
    </message>
    <message>
        <source>complete remediation actions</source>
        <translation>complete remediation actions</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>A plan cannot go from %1 to %2.</source>
        <translation>A plan cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>change the status of the plan</source>
        <translation>change the status of the plan</translation>
    </message>
    <message>
        <source>Write what was checked (or what is missing) in the verification note.</source>
        <translation>Write what was checked (or what is missing) in the verification note.</translation>
    </message>
    <message>
        <source>Accepting a risk needs an approved exception that is still valid.</source>
        <translation>Accepting a risk needs an approved exception that is still valid.</translation>
    </message>
    <message>
        <source>report progress</source>
        <translation>report progress</translation>
    </message>
    <message>
        <source>A progress report needs its date, a percentage from 0 to 100 and what was done.</source>
        <translation>A progress report needs its date, a percentage from 0 to 100 and what was done.</translation>
    </message>
    <message>
        <source>An exception names the items it departs from and the reason.</source>
        <translation>An exception names the items it departs from and the reason.</translation>
    </message>
    <message>
        <source>An approved exception needs its term and the date of its next review.</source>
        <translation>An approved exception needs its term and the date of its next review.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <source>Write what the units are to check.</source>
        <translation>Write what the units are to check.</translation>
    </message>
    <message>
        <source>Choose at least one unit other than the finding&apos;s own.</source>
        <translation>Choose at least one unit other than the finding&apos;s own.</translation>
    </message>
    <message>
        <source>The cross-department check no longer exists.</source>
        <translation>The cross-department check no longer exists.</translation>
    </message>
    <message>
        <source>answer a cross-department check for this unit</source>
        <translation>answer a cross-department check for this unit</translation>
    </message>
    <message>
        <source>The unit has already answered this check.</source>
        <translation>The unit has already answered this check.</translation>
    </message>
    <message>
        <source>Answer whether the same problem exists in the unit, with a note of what was checked.</source>
        <translation>Answer whether the same problem exists in the unit, with a note of what was checked.</translation>
    </message>
    <message>
        <source>Found by a cross-department check: %1</source>
        <translation>Found by a cross-department check: %1</translation>
    </message>
    <message>
        <source>cross-department check</source>
        <translation>cross-department check</translation>
    </message>
    <message>
        <source>A request for progress needs a date that has not passed.</source>
        <translation>A request for progress needs a date that has not passed.</translation>
    </message>
    <message>
        <source>Name the evidence seen when verifying: documents, records or screens.</source>
        <translation>Name the evidence seen when verifying: documents, records or screens.</translation>
    </message>
    <message>
        <source>A decision on an exception gives its reason.</source>
        <translation>A decision on an exception gives its reason.</translation>
    </message>
    <message>
        <source>see this remediation plan</source>
        <translation>see this remediation plan</translation>
    </message>
    <message>
        <source>The remediation plan no longer exists.</source>
        <translation>The remediation plan no longer exists.</translation>
    </message>
    <message>
        <source>verify this plan</source>
        <translation>verify this plan</translation>
    </message>
    <message>
        <source>accept a risk</source>
        <translation>accept a risk</translation>
    </message>
    <message>
        <source>request an exception for this unit</source>
        <translation>request an exception for this unit</translation>
    </message>
    <message>
        <source>decide exceptions</source>
        <translation>decide exceptions</translation>
    </message>
    <message>
        <source>ask other units to check</source>
        <translation>ask other units to check</translation>
    </message>
    <message>
        <source>request progress reports</source>
        <translation>request progress reports</translation>
    </message>
</context>
<context>
    <name>kansa::ReportPageView</name>
    <message>
        <source>Page %1 is being laid out…</source>
        <translation>Page %1 is being laid out…</translation>
    </message>
</context>
<context>
    <name>kansa::ReportPreview</name>
    <message>
        <source>Composing the report…</source>
        <translation>Composing the report…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Page width</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Counting the pages…</source>
        <translation>Counting the pages…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the pages… %1</source>
        <translation>Counting the pages… %1</translation>
    </message>
</context>
<context>
    <name>kansa::ReportService</name>
    <message>
        <source>Audit report</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>Audit result notice</source>
        <translation>Audit result notice</translation>
    </message>
    <message>
        <source>Remediation progress report</source>
        <translation>Remediation progress report</translation>
    </message>
    <message>
        <source>Self-inspection summary</source>
        <translation>Self-inspection summary</translation>
    </message>
    <message>
        <source>There is no audit in %1.</source>
        <translation>There is no audit in %1.</translation>
    </message>
    <message>
        <source>There are no findings.</source>
        <translation>There are no findings.</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…)</source>
        <translation>File: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Finding %1 [%2] %3 — %4</source>
        <translation>Finding %1 [%2] %3 — %4</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Condition found</source>
        <translation>Condition found</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Auditor&apos;s notes</source>
        <translation>Auditor&apos;s notes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Remediation</translation>
    </message>
    <message>
        <source>no plan yet</source>
        <translation>no plan yet</translation>
    </message>
    <message>
        <source>%1 Information security audit report</source>
        <translation>%1 Information security audit report</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Issued on %1</translation>
    </message>
    <message>
        <source>Chief auditor: %1</source>
        <translation>Chief auditor: %1</translation>
    </message>
    <message>
        <source>Handling: %1</source>
        <translation>Handling: %1</translation>
    </message>
    <message>
        <source>1. Overview of the audit</source>
        <translation>1. Overview of the audit</translation>
    </message>
    <message>
        <source>%1 (chief auditor)</source>
        <translation>%1 (chief auditor)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Units audited</source>
        <translation>Units audited</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): </source>
        <translation>
            <numerusform>%n unit: </numerusform>
            <numerusform>%n units: </numerusform>
        </translation>
    </message>
    <message>
        <source>Chapters in scope</source>
        <translation>Chapters in scope</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Audit team</source>
        <translation>Audit team</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>Plan approved on</translation>
    </message>
    <message>
        <source>2. Overall opinion</source>
        <translation>2. Overall opinion</translation>
    </message>
    <message>
        <source>The chief auditor has not written the overall opinion yet.</source>
        <translation>The chief auditor has not written the overall opinion yet.</translation>
    </message>
    <message>
        <source>3. Audit results</source>
        <translation>3. Audit results</translation>
    </message>
    <message>
        <source>Compliance rate = items conforming ÷ (conforming + partly conforming + non-conforming); items not applicable or not yet assessed are not counted.</source>
        <translation>Compliance rate = items conforming ÷ (conforming + partly conforming + non-conforming); items not applicable or not yet assessed are not counted.</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>Non-conforming</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Rate %</translation>
    </message>
    <message>
        <source>Previous year %</source>
        <translation>Previous year %</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>3.1 Compliance by chapter</source>
        <translation>3.1 Compliance by chapter</translation>
    </message>
    <message>
        <source>Compliance by chapter (%)</source>
        <translation>Compliance by chapter (%)</translation>
    </message>
    <message>
        <source>Compliance by chapter</source>
        <translation>Compliance by chapter</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <source>3.2 Compliance by unit</source>
        <translation>3.2 Compliance by unit</translation>
    </message>
    <message>
        <source>The %1 units with the lowest compliance (%)</source>
        <translation>The %1 units with the lowest compliance (%)</translation>
    </message>
    <message>
        <source>Compliance by unit (%)</source>
        <translation>Compliance by unit (%)</translation>
    </message>
    <message>
        <source>Compliance by unit</source>
        <translation>Compliance by unit</translation>
    </message>
    <message>
        <source>4. Findings</source>
        <translation>4. Findings</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): major %1, minor %2, advice %3.</source>
        <translation>
            <numerusform>%n finding: major %1, minor %2, advice %3.</numerusform>
            <numerusform>%n findings: major %1, minor %2, advice %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>5. Comparison with the previous year</source>
        <translation>5. Comparison with the previous year</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Findings by severity</translation>
    </message>
    <message>
        <source>Compliance by chapter, year on year</source>
        <translation>Compliance by chapter, year on year</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Change (points)</translation>
    </message>
    <message>
        <source>6. Remediation of the previous year&apos;s findings</source>
        <translation>6. Remediation of the previous year&apos;s findings</translation>
    </message>
    <message>
        <source>Remediation of the previous year&apos;s findings</source>
        <translation>Remediation of the previous year&apos;s findings</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed on / next due</source>
        <translation>Closed on / next due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>The previous year&apos;s audit left no remediation plans.</source>
        <translation>The previous year&apos;s audit left no remediation plans.</translation>
    </message>
    <message>
        <source>7. Remarks</source>
        <translation>7. Remarks</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Appendix: results per unit and item</source>
        <translation>Appendix: results per unit and item</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>There is no such unit.</source>
        <translation>There is no such unit.</translation>
    </message>
    <message>
        <source>%1 Information security audit result notice</source>
        <translation>%1 Information security audit result notice</translation>
    </message>
    <message>
        <source>To the head of %1</source>
        <translation>To the head of %1</translation>
    </message>
    <message>
        <source>From %1, chief auditor</source>
        <translation>From %1, chief auditor</translation>
    </message>
    <message>
        <source>The %1 information security audit of your unit is complete. Its results are set out below.</source>
        <translation>The %1 information security audit of your unit is complete. Its results are set out below.</translation>
    </message>
    <message>
        <source>1. Results</source>
        <translation>1. Results</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>Items assessed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>Partly conforming</translation>
    </message>
    <message>
        <source>Compliance rate</source>
        <translation>Compliance rate</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>2. Findings</source>
        <translation>2. Findings</translation>
    </message>
    <message>
        <source>3. Request</source>
        <translation>3. Request</translation>
    </message>
    <message>
        <source>For each finding, enter a remediation plan (actions, the person responsible and due dates) in Kansa by %1.</source>
        <translation>For each finding, enter a remediation plan (actions, the person responsible and due dates) in Kansa by %1.</translation>
    </message>
    <message>
        <source>%1 Remediation progress report</source>
        <translation>%1 Remediation progress report</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>1. Plans by status</source>
        <translation>1. Plans by status</translation>
    </message>
    <message>
        <source>The year&apos;s plans and the open plans carried over from earlier years.</source>
        <translation>The year&apos;s plans and the open plans carried over from earlier years.</translation>
    </message>
    <message>
        <source>Plans by status</source>
        <translation>Plans by status</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Of which carried over</source>
        <translation>Of which carried over</translation>
    </message>
    <message>
        <source>Plans by unit</source>
        <translation>Plans by unit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>2. Overdue plans</source>
        <translation>2. Overdue plans</translation>
    </message>
    <message>
        <source>Overdue plans</source>
        <translation>Overdue plans</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>No plan is overdue.</source>
        <translation>No plan is overdue.</translation>
    </message>
    <message>
        <source>3. Progress reported since %1</source>
        <translation>3. Progress reported since %1</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Progress reports</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>No progress was reported in this period.</source>
        <translation>No progress was reported in this period.</translation>
    </message>
    <message>
        <source>Progress reports requested and not yet received</source>
        <translation>Progress reports requested and not yet received</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>4. Exceptions</source>
        <translation>4. Exceptions</translation>
    </message>
    <message>
        <source>Exceptions in force</source>
        <translation>Exceptions in force</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Compensating measures</source>
        <translation>Compensating measures</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>No exception has been approved.</source>
        <translation>No exception has been approved.</translation>
    </message>
    <message>
        <source>5. Cross-department checks</source>
        <translation>5. Cross-department checks</translation>
    </message>
    <message>
        <source>Cross-department checks</source>
        <translation>Cross-department checks</translation>
    </message>
    <message>
        <source>Units asked</source>
        <translation>Units asked</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Exists</translation>
    </message>
    <message>
        <source>Does not exist</source>
        <translation>Does not exist</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>No cross-department check was asked.</source>
        <translation>No cross-department check was asked.</translation>
    </message>
    <message>
        <source>%1 Self-inspection summary</source>
        <translation>%1 Self-inspection summary</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Answers ○ by unit and chapter (%)</source>
        <translation>Answers ○ by unit and chapter (%)</translation>
    </message>
    <message>
        <source>○ ÷ (○ + △ + ×) of the items the unit answered in the chapter; — where nothing was answered.</source>
        <translation>○ ÷ (○ + △ + ×) of the items the unit answered in the chapter; — where nothing was answered.</translation>
    </message>
    <message>
        <source>Answers ○ by unit and chapter</source>
        <translation>Answers ○ by unit and chapter</translation>
    </message>
    <message>
        <source>Items most often answered ×</source>
        <translation>Items most often answered ×</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>No item was answered ×.</source>
        <translation>No item was answered ×.</translation>
    </message>
    <message>
        <source>Comparison with the audit</source>
        <translation>Comparison with the audit</translation>
    </message>
    <message>
        <source>Where a unit&apos;s answer and the audit of the same year disagree; ★ marks an item answered ○ that the audit found not conforming.</source>
        <translation>Where a unit&apos;s answer and the audit of the same year disagree; ★ marks an item answered ○ that the audit found not conforming.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Audit result</source>
        <translation>Audit result</translation>
    </message>
    <message>
        <source>The answers agree with the audit.</source>
        <translation>The answers agree with the audit.</translation>
    </message>
    <message>
        <source>There is no self-inspection in %1.</source>
        <translation>There is no self-inspection in %1.</translation>
    </message>
    <message>
        <source>Unknown report text: %1</source>
        <translation>Unknown report text: %1</translation>
    </message>
    <message>
        <source>report text</source>
        <translation>report text</translation>
    </message>
    <message>
        <source>The report text was removed by someone else.</source>
        <translation>The report text was removed by someone else.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The issued report no longer exists, or is not yours to see.</source>
        <translation>The issued report no longer exists, or is not yours to see.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Remediation plans</source>
        <translation>Remediation plans</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Exceptions register</source>
        <translation>Exceptions register</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Information systems</source>
        <translation>Information systems</translation>
    </message>
    <message>
        <source>not named in the plan</source>
        <translation>not named in the plan</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <source>read this report</source>
        <translation>read this report</translation>
    </message>
    <message>
        <source>read this unit&apos;s notice</source>
        <translation>read this unit&apos;s notice</translation>
    </message>
    <message>
        <source>read the summary of %1</source>
        <translation>read the summary of %1</translation>
    </message>
    <message>
        <source>write the report&apos;s texts</source>
        <translation>write the report&apos;s texts</translation>
    </message>
    <message>
        <source>issue this report</source>
        <translation>issue this report</translation>
    </message>
    <message>
        <source>Record check: when this report was issued, the change log held %1 entries, the last with the hash %2. kansa-cli verify --against this PDF proves that nothing recorded before it has been changed since.</source>
        <translation>Record check: when this report was issued, the change log held %1 entries, the last with the hash %2. kansa-cli verify --against this PDF proves that nothing recorded before it has been changed since.</translation>
    </message>
    <message>
        <source>Chair of the information security committee</source>
        <translation>Chair of the information security committee</translation>
    </message>
    <message>
        <source>Head of %1</source>
        <translation>Head of %1</translation>
    </message>
    <message>
        <source>Chief information security officer</source>
        <translation>Chief information security officer</translation>
    </message>
</context>
<context>
    <name>kansa::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>With the appendix of results per unit and item</source>
        <translation>With the appendix of results per unit and item</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Tables as XLSX…</source>
        <translation>Tables as XLSX…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>Tables as CSV…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Issue for the record</source>
        <translation>Issue for the record</translation>
    </message>
    <message>
        <source>The chief auditor&apos;s texts of the audit report</source>
        <translation>The chief auditor&apos;s texts of the audit report</translation>
    </message>
    <message>
        <source>2. Overall opinion:</source>
        <translation>2. Overall opinion:</translation>
    </message>
    <message>
        <source>7. Remarks:</source>
        <translation>7. Remarks:</translation>
    </message>
    <message>
        <source>Save the texts</source>
        <translation>Save the texts</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Issued reports</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Save the issued PDF…</source>
        <translation>Save the issued PDF…</translation>
    </message>
    <message>
        <source>To the security committee: overview, overall opinion, results by chapter and unit, every finding with its notes and evidence, the comparison with last year and the remediation of last year&apos;s findings.</source>
        <translation>To the security committee: overview, overall opinion, results by chapter and unit, every finding with its notes and evidence, the comparison with last year and the remediation of last year&apos;s findings.</translation>
    </message>
    <message>
        <source>To one unit: its results and findings, and the date by which it is to enter its remediation plans.</source>
        <translation>To one unit: its results and findings, and the date by which it is to enter its remediation plans.</translation>
    </message>
    <message>
        <source>The CISO&apos;s report: plans by status and unit, overdue plans, progress since the last issued report, exceptions in force and cross-department checks.</source>
        <translation>The CISO&apos;s report: plans by status and unit, overdue plans, progress since the last issued report, exceptions in force and cross-department checks.</translation>
    </message>
    <message>
        <source>Per campaign: ○ by unit and chapter, the items most often answered ×, and where the answers disagree with the audit.</source>
        <translation>Per campaign: ○ by unit and chapter, the items most often answered ×, and where the answers disagree with the audit.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>Keep this report as issued today, with its PDF and SHA-256? An issued report cannot be changed.</source>
        <translation>Keep this report as issued today, with its PDF and SHA-256? An issued report cannot be changed.</translation>
    </message>
    <message>
        <source>Save the issued PDF</source>
        <translation>Save the issued PDF</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>e.g. 桜監第12号, shown where the letterhead has {{文書番号}}</source>
        <translation>e.g. 桜監第12号, shown where the letterhead has {{文書番号}}</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>Word (DOCX)…</source>
        <translation>Word (DOCX)…</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>ODT (LibreOffice)…</source>
        <translation>ODT (LibreOffice)…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .docx, .odt, .xlsx or .csv.</source>
        <translation>Choose a file ending in .pdf, .docx, .odt, .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>kansa::SelfInspectionService</name>
    <message>
        <source>The self-inspection campaign no longer exists.</source>
        <translation>The self-inspection campaign no longer exists.</translation>
    </message>
    <message>
        <source>The campaign needs a title.</source>
        <translation>The campaign needs a title.</translation>
    </message>
    <message>
        <source>The campaign needs at least one unit.</source>
        <translation>The campaign needs at least one unit.</translation>
    </message>
    <message>
        <source>The checklist %1 is not in the library.</source>
        <translation>The checklist %1 is not in the library.</translation>
    </message>
    <message>
        <source>The unit is not part of this self-inspection campaign.</source>
        <translation>The unit is not part of this self-inspection campaign.</translation>
    </message>
    <message>
        <source>The answers are %1 and locked until the campaign&apos;s owner returns them.</source>
        <translation>The answers are %1 and locked until the campaign&apos;s owner returns them.</translation>
    </message>
    <message>
        <source>The item %1 is not part of this campaign.</source>
        <translation>The item %1 is not part of this campaign.</translation>
    </message>
    <message>
        <source>The answer to %1 has been removed in the meantime.</source>
        <translation>The answer to %1 has been removed in the meantime.</translation>
    </message>
    <message>
        <source>self-inspection</source>
        <translation>self-inspection</translation>
    </message>
    <message>
        <source>Only people of the unit can answer for it.</source>
        <translation>Only people of the unit can answer for it.</translation>
    </message>
    <message>
        <source>The answers are already %1.</source>
        <translation>The answers are already %1.</translation>
    </message>
    <message>
        <source>accept answers</source>
        <translation>accept answers</translation>
    </message>
    <message>
        <source>Only submitted answers can be accepted.</source>
        <translation>Only submitted answers can be accepted.</translation>
    </message>
    <message>
        <source>return answers for rework</source>
        <translation>return answers for rework</translation>
    </message>
    <message>
        <source>Say why the answers go back, so the unit knows what to rework.</source>
        <translation>Say why the answers go back, so the unit knows what to rework.</translation>
    </message>
    <message>
        <source>Only submitted or accepted answers can be returned.</source>
        <translation>Only submitted or accepted answers can be returned.</translation>
    </message>
    <message>
        <source>import returned workbooks</source>
        <translation>import returned workbooks</translation>
    </message>
    <message>
        <source>The unit&apos;s answers were accepted; return them for rework before importing again.</source>
        <translation>The unit&apos;s answers were accepted; return them for rework before importing again.</translation>
    </message>
    <message>
        <source>see this unit&apos;s self-inspection</source>
        <translation>see this unit&apos;s self-inspection</translation>
    </message>
    <message>
        <source>start a self-inspection campaign</source>
        <translation>start a self-inspection campaign</translation>
    </message>
    <message>
        <source>answer for this unit</source>
        <translation>answer for this unit</translation>
    </message>
    <message>
        <source>delegate answering</source>
        <translation>delegate answering</translation>
    </message>
    <message>
        <source>submit the answers</source>
        <translation>submit the answers</translation>
    </message>
</context>
<context>
    <name>kansa::SelfInspectionsPage</name>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Returned because</source>
        <translation>Returned because</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Units answering ×</source>
        <translation>Units answering ×</translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation>Self-inspection</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Export workbooks…</source>
        <translation>Export workbooks…</translation>
    </message>
    <message>
        <source>Import returned workbooks…</source>
        <translation>Import returned workbooks…</translation>
    </message>
    <message>
        <source>Answer for my unit…</source>
        <translation>Answer for my unit…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Return for rework…</source>
        <translation>Return for rework…</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Units × chapters</source>
        <translation>Units × chapters</translation>
    </message>
    <message>
        <source>Most often ×</source>
        <translation>Most often ×</translation>
    </message>
    <message>
        <source>Compared with the audit</source>
        <translation>Compared with the audit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Answered %1 of %2 (%3%)</source>
        <translation>Answered %1 of %2 (%3%)</translation>
    </message>
    <message>
        <source>Ch. %1</source>
        <translation>Ch. %1</translation>
    </message>
    <message>
        <source>Non-conforming</source>
        <translation>Non-conforming</translation>
    </message>
    <message>
        <source>Partly conforming</source>
        <translation>Partly conforming</translation>
    </message>
    <message>
        <source>Conforming</source>
        <translation>Conforming</translation>
    </message>
    <message>
        <source>Self-inspections</source>
        <translation>Self-inspections</translation>
    </message>
    <message>
        <source>New self-inspection campaign</source>
        <translation>New self-inspection campaign</translation>
    </message>
    <message>
        <source>%1 staff self-inspection</source>
        <translation>%1 staff self-inspection</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Units asked:</source>
        <translation>&amp;Units asked:</translation>
    </message>
    <message>
        <source>Export workbooks to</source>
        <translation>Export workbooks to</translation>
    </message>
    <message>
        <source>Export workbooks</source>
        <translation>Export workbooks</translation>
    </message>
    <message>
        <source>%1 workbooks written to %2.</source>
        <translation>%1 workbooks written to %2.</translation>
    </message>
    <message>
        <source>Import returned workbooks</source>
        <translation>Import returned workbooks</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new, %4 changed, %5 unchanged</source>
        <translation>%1 (%2): %3 new, %4 changed, %5 unchanged</translation>
    </message>
    <message>
        <source>Import the workbooks without problems?</source>
        <translation>Import the workbooks without problems?</translation>
    </message>
    <message>
        <source>%1 answers written.</source>
        <translation>%1 answers written.</translation>
    </message>
    <message>
        <source>Return for rework</source>
        <translation>Return for rework</translation>
    </message>
    <message>
        <source>What is to be reworked?</source>
        <translation>What is to be reworked?</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>You can answer only for your own unit, as its section security manager or their delegate.</source>
        <translation>You can answer only for your own unit, as its section security manager or their delegate.</translation>
    </message>
    <message>
        <source>Self-inspection: answers</source>
        <translation>Self-inspection: answers</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Delegate answering…</source>
        <translation>Delegate answering…</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Checklist:</translation>
    </message>
    <message>
        <source>C&amp;hapters asked:</source>
        <translation>C&amp;hapters asked:</translation>
    </message>
    <message>
        <source>Delegate answering</source>
        <translation>Delegate answering</translation>
    </message>
    <message>
        <source>Who of your unit may answer this self-inspection?</source>
        <translation>Who of your unit may answer this self-inspection?</translation>
    </message>
    <message>
        <source>%1 may now answer for your unit.</source>
        <translation>%1 may now answer for your unit.</translation>
    </message>
    <message>
        <source>None of the workbooks was imported.</source>
        <translation>None of the workbooks was imported.</translation>
    </message>
</context>
<context>
    <name>kansa::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system (Japanese on a Japanese system)</source>
        <translation>As the system (Japanese on a Japanese system)</translation>
    </message>
    <message>
        <source>Japanese era (%1)</source>
        <translation>Japanese era (%1)</translation>
    </message>
    <message>
        <source>Western (%1)</source>
        <translation>Western (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendar:</translation>
    </message>
    <message>
        <source>The classification marking printed on documents belongs to the organisation: change it under Organisation.</source>
        <translation>The classification marking printed on documents belongs to the organisation: change it under Organisation.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>When an organisation&apos;s file is closed, a checked copy of it is kept once a day in the folder 「NAME backups」 beside it; this many of the newest stay.</source>
        <translation>When an organisation&apos;s file is closed, a checked copy of it is kept once a day in the folder 「NAME backups」 beside it; this many of the newest stay.</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation>Daily &amp;backups kept:</translation>
    </message>
</context>
<context>
    <name>kansa::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Sign in to %1.</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>kansa::UnitTreeModel</name>
    <message>
        <source>Last changed by %1</source>
        <translation>Last changed by %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
</TS>
