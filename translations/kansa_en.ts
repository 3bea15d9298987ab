<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>add an account</source>
        <translation>add an account</translation>
    </message>
    <message>
        <source>Only an administrator may create another administrator.</source>
        <translation>Only an administrator may create another administrator.</translation>
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
        <source>Only an administrator may set another person&apos;s password.</source>
        <translation>Only an administrator may set another person&apos;s password.</translation>
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
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
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
        <source>「%1」 is not a valid id (lower-case letters, digits, . and -)</source>
        <translation>「%1」 is not a valid id (lower-case letters, digits, . and -)</translation>
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
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>unknown setting 「%1」 (use #id, #title, #kind, #version, #document)</source>
        <translation>unknown setting 「%1」 (use #id, #title, #kind, #version, #document)</translation>
    </message>
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
        <source>Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin]</source>
        <translation>Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin]</translation>
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
    <message>
        <source>Checklist files (a folder checklist: its checklist.json).</source>
        <translation>Checklist files (a folder checklist: its checklist.json).</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>; %1 answers written</source>
        <translation>; %1 answers written</translation>
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
        <source>Usage: kansa-cli COMMAND [options]

Commands:
  init           create a new organisation and its administrator
  demo           create the demo organisation (a fictional village)
  info           print the organisation, its counts and the schema version
  import-units   import organisational units from CSV
  import-people  import people from CSV
  user add       add a sign-in account
  checklist validate [FILE...]  check checklist files (default: the shipped ones)
  checklist list|import|export  the organisation&apos;s checklist library
  audit list|progress AUDIT     audit plans and their progress per unit
  self-inspection list|export|import  campaigns and their workbooks
  remediation list [--overdue] [--unit U]  remediation plans of findings
  exceptions list [--expiring DAYS]        the exceptions register

kansa-cli COMMAND --help describes a command. --version prints the version.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.
</source>
        <translation>Usage: kansa-cli COMMAND [options]

Commands:
  init           create a new organisation and its administrator
  demo           create the demo organisation (a fictional village)
  info           print the organisation, its counts and the schema version
  import-units   import organisational units from CSV
  import-people  import people from CSV
  user add       add a sign-in account
  checklist validate [FILE...]  check checklist files (default: the shipped ones)
  checklist list|import|export  the organisation's checklist library
  audit list|progress AUDIT     audit plans and their progress per unit
  self-inspection list|export|import  campaigns and their workbooks
  remediation list [--overdue] [--unit U]  remediation plans of findings
  exceptions list [--expiring DAYS]        the exceptions register

kansa-cli COMMAND --help describes a command. --version prints the version.
Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.
</translation>
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
    <name>Session</name>
    <message>
        <source>%1 may not %2: only the administrator, the CISO and the chief auditor manage the organisation.</source>
        <translation>%1 may not %2: only the administrator, the CISO and the chief auditor manage the organisation.</translation>
    </message>
    <message>
        <source>%1 may not %2: only the administrator, the CISO, the chief information security manager and the chief auditor keep the checklists.</source>
        <translation>%1 may not %2: only the administrator, the CISO, the chief information security manager and the chief auditor keep the checklists.</translation>
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
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 is not an XLSX workbook: it has no %2.</translation>
    </message>
    <message>
        <source>Cannot read %2 in %1.</source>
        <translation>Cannot read %2 in %1.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be unpacked.</source>
        <translation>%1 is damaged: %2 cannot be unpacked.</translation>
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
        <source>&amp;Fiscal year (Western year it begins):</source>
        <translation>&amp;Fiscal year (Western year it begins):</translation>
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
</context>
<context>
    <name>kansa::AuditPlanService</name>
    <message>
        <source>%1 may not %2: audit plans are made by the administrator and the plan&apos;s chief auditor.</source>
        <translation>%1 may not %2: audit plans are made by the administrator and the plan&apos;s chief auditor.</translation>
    </message>
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
</context>
<context>
    <name>kansa::AuditWorkspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
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
        <source>Raise a finding… (Ctrl+Shift+N)</source>
        <translation>Raise a finding… (Ctrl+Shift+N)</translation>
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
        <source>The database did not return the id of the new checklist version.</source>
        <translation>The database did not return the id of the new checklist version.</translation>
    </message>
    <message>
        <source>import a checklist</source>
        <translation>import a checklist</translation>
    </message>
    <message>
        <source>copy a checklist</source>
        <translation>copy a checklist</translation>
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
        <source>edit a checklist</source>
        <translation>edit a checklist</translation>
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
</context>
<context>
    <name>kansa::ChecklistsPage</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
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
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <name>kansa::FieldworkService</name>
    <message>
        <source>The audit no longer exists.</source>
        <translation>The audit no longer exists.</translation>
    </message>
    <message>
        <source>%1 may not %2: only the chief auditor and the auditors assigned to the unit record its audit.</source>
        <translation>%1 may not %2: only the chief auditor and the auditors assigned to the unit record its audit.</translation>
    </message>
    <message>
        <source>「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.</source>
        <translation>「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.</translation>
    </message>
    <message>
        <source>%1 may not see the audit records of another unit.</source>
        <translation>%1 may not see the audit records of another unit.</translation>
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
        <source>The database did not return the id of the stored file.</source>
        <translation>The database did not return the id of the stored file.</translation>
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
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
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
        <source>Remediation plans for findings, progress reports, cross-department checks and exceptions.</source>
        <translation>Remediation plans for findings, progress reports, cross-department checks and exceptions.</translation>
    </message>
    <message>
        <source>no remediation plan recorded</source>
        <translation>no remediation plan recorded</translation>
    </message>
    <message>
        <source>The audit report to the security committee, result notices per unit, the remediation progress report and the self-inspection summary.</source>
        <translation>The audit report to the security committee, result notices per unit, the remediation progress report and the self-inspection summary.</translation>
    </message>
    <message>
        <source>no report issued</source>
        <translation>no report issued</translation>
    </message>
    <message>
        <source>No organisation open</source>
        <translation>No organisation open</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · schema %2</translation>
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
        <source>Only the administrator sets the size limit of evidence files.</source>
        <translation>Only the administrator sets the size limit of evidence files.</translation>
    </message>
    <message>
        <source>The limit must be between 1 KB and 1 GB.</source>
        <translation>The limit must be between 1 KB and 1 GB.</translation>
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
</context>
<context>
    <name>kansa::PostgresConnectionDialog</name>
    <message>
        <source>Connect to a PostgreSQL server</source>
        <translation>Connect to a PostgreSQL server</translation>
    </message>
    <message>
        <source>Organisations that share one database between many users keep it on a PostgreSQL server. Ask your administrator for these details.</source>
        <translation>Organisations that share one database between many users keep it on a PostgreSQL server. Ask your administrator for these details.</translation>
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
</context>
<context>
    <name>kansa::RemediationService</name>
    <message>
        <source>%1 may not %2: the unit of the finding does.</source>
        <translation>%1 may not %2: the unit of the finding does.</translation>
    </message>
    <message>
        <source>The remediation plan no longer exists, or is not yours to see.</source>
        <translation>The remediation plan no longer exists, or is not yours to see.</translation>
    </message>
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
        <source>%1 may not verify this plan: the chief auditor and the auditors assigned to the unit do.</source>
        <translation>%1 may not verify this plan: the chief auditor and the auditors assigned to the unit do.</translation>
    </message>
    <message>
        <source>Write what was checked (or what is missing) in the verification note.</source>
        <translation>Write what was checked (or what is missing) in the verification note.</translation>
    </message>
    <message>
        <source>Only the CISO accepts a risk.</source>
        <translation>Only the CISO accepts a risk.</translation>
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
        <source>%1 may not request an exception for another unit.</source>
        <translation>%1 may not request an exception for another unit.</translation>
    </message>
    <message>
        <source>An exception names the items it departs from and the reason.</source>
        <translation>An exception names the items it departs from and the reason.</translation>
    </message>
    <message>
        <source>Only the CISO decides exceptions.</source>
        <translation>Only the CISO decides exceptions.</translation>
    </message>
    <message>
        <source>An approved exception needs its term and the date of its next review.</source>
        <translation>An approved exception needs its term and the date of its next review.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>exception</translation>
    </message>
</context>
<context>
    <name>kansa::SelfInspectionService</name>
    <message>
        <source>%1 may not %2: only the campaign&apos;s owner and the administrator.</source>
        <translation>%1 may not %2: only the campaign&apos;s owner and the administrator.</translation>
    </message>
    <message>
        <source>%1 may not see another unit&apos;s self-inspection.</source>
        <translation>%1 may not see another unit&apos;s self-inspection.</translation>
    </message>
    <message>
        <source>The self-inspection campaign no longer exists.</source>
        <translation>The self-inspection campaign no longer exists.</translation>
    </message>
    <message>
        <source>%1 may not start a self-inspection campaign: the administrator, the CISO and the chief information security manager do.</source>
        <translation>%1 may not start a self-inspection campaign: the administrator, the CISO and the chief information security manager do.</translation>
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
        <source>%1 may not answer for this unit: its section security manager and the staff they delegate to answer.</source>
        <translation>%1 may not answer for this unit: its section security manager and the staff they delegate to answer.</translation>
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
        <source>%1 may not delegate answering: the unit&apos;s section security manager does.</source>
        <translation>%1 may not delegate answering: the unit&apos;s section security manager does.</translation>
    </message>
    <message>
        <source>Only people of the unit can answer for it.</source>
        <translation>Only people of the unit can answer for it.</translation>
    </message>
    <message>
        <source>%1 may not submit: the unit&apos;s section security manager does.</source>
        <translation>%1 may not submit: the unit&apos;s section security manager does.</translation>
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
