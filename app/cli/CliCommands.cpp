#include "CliCommands.h"

#include "auth/AccountService.h"
#include "auth/DatabasePolicy.h"
#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistWriter.h"
#include "checklist/CrosswalkService.h"
#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "exchange/OutputFile.h"
#include "exchange/PeopleCsvImport.h"
#include "exchange/TableExport.h"
#include "exchange/UnitCsvImport.h"
#include "policy/ChecklistDerivation.h"
#include "policy/DerivationScore.h"
#include "record/RecordBackup.h"
#include "record/RecordHeadCheck.h"
#include "record/RecordVerifier.h"
#include "record/YearArchive.h"
#include "remediation/RemediationService.h"
#include "report/ReportOutput.h"
#include "report/ReportPainter.h"
#include "report/ReportService.h"
#include "selfinspection/CampaignWorkbook.h"
#include "selfinspection/SelfInspectionService.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// The options every command that uses a database shares.
struct DatabaseOptions
{
    QCommandLineOption db{
        u"db"_s, CliCommands::tr("The organisation: an SQLite file or a postgresql:// URL (default: $KANSA_DB)."),
        u"file-or-url"_s};
    QCommandLineOption user{u"user"_s,
                            CliCommands::tr("The login name to sign in with (default: $KANSA_USER). "
                                            "The password is read from $KANSA_PASSWORD or the first line "
                                            "of standard input."),
                            u"login"_s};

    void addTo(QCommandLineParser& parser, bool withUser = true) const
    {
        parser.addOption(db);
        if (withUser)
            parser.addOption(user);
    }
};

QString valueOrEnvironment(const QCommandLineParser& parser, const QCommandLineOption& option, const char* variable)
{
    return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
}

QString readSecret(const char* variable)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    QTextStream in(stdin);
    return in.readLine();
}

// What DatabasePolicy::secure created, and how people sign in now.
void printServerSetUp(const QStringList& created, const ConnectionSpec& spec, const QString& adminLogin)
{
    for (const QString& line : created)
        out() << u"  "_s << line << u"\n"_s;
    out() << CliCommands::tr("Sign in with the URL without a user name: postgresql://%1/%2 and the login %3.")
                 .arg(spec.host.startsWith(u'/') ? QString() : spec.host, spec.databaseName, adminLogin)
          << u"\n"_s;
}

// Parses a subcommand's options; prints help or the error and returns false when the command must stop.
bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& command, int* exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"kansa-cli "_s % command} + arguments)) {
        err() << parser.errorText() << u"\n"_s;
        *exitCode = CliCommands::UsageError;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        *exitCode = CliCommands::Success;
        return false;
    }
    return true;
}

ConnectionSpec databaseSpec(const QCommandLineParser& parser, const DatabaseOptions& options)
{
    const QString db = valueOrEnvironment(parser, options.db, "KANSA_DB");
    if (db.isEmpty())
        throw Error(CliCommands::tr("No database: give --db FILE_OR_URL or set KANSA_DB."));
    return ConnectionSpec::parse(db);
}

std::unique_ptr<Workspace> signIn(const QCommandLineParser& parser, const DatabaseOptions& options)
{
    const ConnectionSpec spec = databaseSpec(parser, options);
    const QString login = valueOrEnvironment(parser, options.user, "KANSA_USER");
    if (login.isEmpty())
        throw Error(CliCommands::tr("No login name: give --user LOGIN or set KANSA_USER."));
    // A server URL without a user: the person connects as their own role (DatabasePolicy).
    std::unique_ptr<Workspace> workspace;
    if (spec.backend == ConnectionSpec::Backend::PostgreSQL && spec.user.isEmpty()) {
        workspace = Workspace::signInToServer(spec, login, readSecret("KANSA_PASSWORD"));
    } else {
        // A year archive is opened read-only, checked against its manifest.
        std::unique_ptr<Database> db = YearArchive::openDatabase(spec);
        workspace = Workspace::signIn(db, login, readSecret("KANSA_PASSWORD"));
    }
    // The command goes on: the warning says what verify would find first.
    const RecordVerification check = RecordHeadCheck::check(workspace->database());
    if (!check.intact())
        err() << RecordHeadCheck::warning(check, spec.displayName()) << u"\n"_s;
    return workspace;
}

int report(const Error& error)
{
    err() << error.message() << u"\n"_s;
    if (dynamic_cast<const PermissionDenied*>(&error))
        return CliCommands::Denied;
    if (dynamic_cast<const SignInRefused*>(&error))
        return CliCommands::SignInFailed;
    return CliCommands::Failure;
}

// The unit with this code or id; throws when there is none.
qint64 unitByCodeOrId(OrganisationService& organisation, const QString& text)
{
    for (const Unit& unit : organisation.units()) {
        if (unit.code == text || QString::number(unit.id) == text)
            return unit.id;
    }
    throw Error(CliCommands::tr("No unit has the code or id %1.").arg(text));
}

void printPreview(const ImportPreview& preview, const QString& fileName)
{
    out() << CliCommands::tr("%1 (%2): %3 new, %4 changed, %5 unchanged")
                 .arg(fileName, preview.encoding)
                 .arg(preview.count(ImportPreview::Action::New))
                 .arg(preview.count(ImportPreview::Action::Changed))
                 .arg(preview.count(ImportPreview::Action::Unchanged))
          << u"\n"_s;
    for (const ImportPreview::Row& row : preview.rows) {
        if (row.action == ImportPreview::Action::Unchanged)
            continue;
        const QString action =
            row.action == ImportPreview::Action::New ? CliCommands::tr("new") : CliCommands::tr("changed");
        out() << u"  "_s << row.line << u"  "_s << action << u"  "_s << row.key << u"  "_s << row.name
              << (row.detail.isEmpty() ? QString() : u"  ("_s % row.detail % u')') << u"\n"_s;
    }
}

// What a check of the record found, each problem with where it shows.
void printProblems(const RecordVerification& result)
{
    for (const RecordProblem& problem : result.problems) {
        err() << problem.what << u"\n"_s;
        if (const QString detail = RecordVerifier::detail(problem); !detail.isEmpty())
            err() << u"  "_s << detail << u"\n"_s;
    }
}

} // namespace

int CliCommands::usage()
{
    out() << tr(
        "Usage: kansa-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init           create a new organisation and its administrator\n"
        "  demo           create the demo organisation (a fictional village)\n"
        "  secure         make a PostgreSQL database enforce the access policy with roles\n"
        "  info           print the organisation, its counts and the schema version\n"
        "  import-units   import organisational units from CSV\n"
        "  import-people  import people from CSV\n"
        "  user add       add a sign-in account\n"
        "  user list      the accounts, their people's units and roles, and since when they hold them\n"
        "  checklist validate [FILE...]  check checklist files (default: the shipped ones)\n"
        "  checklist list|import|export  the organisation's checklist library\n"
        "  crosswalk export|import|derive  links between the items of two checklist versions\n"
        "  audit list|progress AUDIT     audit plans and their progress per unit\n"
        "  self-inspection list|export|import  campaigns and their workbooks\n"
        "  remediation list [--overdue] [--unit U]  remediation plans of findings\n"
        "  exceptions list [--expiring DAYS]        the exceptions register\n"
        "  report --kind KIND --year YEAR --format FORMAT --out FILE  write a report\n"
        "  letterhead set FILE|clear|template --out FILE  the template the reports start from\n"
        "  verify         check the record: the change log's hash chain and every stored file\n"
        "  history        who changed a record and when (an item, a finding, a plan, an exception, an account)\n"
        "  backup --out FILE       a checked copy of the whole organisation\n"
        "  restore --from BACKUP   replace the organisation with a checked backup\n"
        "  archive --year YEAR --out FILE  a fiscal year's record in one file, opened read-only (--db FILE)\n"
        "\n"
        "kansa-cli COMMAND --help describes a command. --version prints the version.\n"
        "Exit codes: 0 done, 1 failed, 2 wrong usage, 3 not permitted, 4 sign-in refused.\n");
    return Success;
}

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s ||
        arguments.first() == u"help"_s)
        return arguments.isEmpty() ? (usage(), UsageError) : usage();
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--version"_s || command == u"-v"_s) {
        out() << u"kansa-cli "_s << QCoreApplication::applicationVersion() << u"\n"_s;
        return Success;
    }
    if (command == u"init"_s)
        return init(rest);
    if (command == u"demo"_s)
        return demo(rest);
    if (command == u"secure"_s)
        return secure(rest);
    if (command == u"info"_s)
        return info(rest);
    if (command == u"import-units"_s)
        return importCsv(rest, true);
    if (command == u"import-people"_s)
        return importCsv(rest, false);
    if (command == u"user"_s)
        return user(rest);
    if (command == u"checklist"_s)
        return checklist(rest);
    if (command == u"crosswalk"_s)
        return crosswalk(rest);
    if (command == u"audit"_s)
        return audit(rest);
    if (command == u"self-inspection"_s)
        return selfInspection(rest);
    if (command == u"remediation"_s || command == u"exceptions"_s)
        return remediation(rest, command == u"exceptions"_s);
    if (command == u"report"_s)
        return writeReport(rest);
    if (command == u"letterhead"_s)
        return letterhead(rest);
    if (command == u"verify"_s)
        return verify(rest);
    if (command == u"history"_s)
        return history(rest);
    if (command == u"backup"_s)
        return backup(rest);
    if (command == u"restore"_s)
        return restore(rest);
    if (command == u"archive"_s)
        return archive(rest);
    err() << tr("Unknown command 「%1」. kansa-cli --help lists the commands.").arg(command) << u"\n"_s;
    return UsageError;
}

int CliCommands::init(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Creates a new organisation in a new SQLite file or an empty PostgreSQL database. The administrator's "
           "password is read from $KANSA_PASSWORD or the first line of standard input."));
    DatabaseOptions options;
    options.addTo(parser, false);
    const QCommandLineOption name(u"name"_s, tr("The organisation's name, e.g. 桜ヶ丘村."), u"name"_s);
    const QCommandLineOption kind(u"kind"_s, tr("city, town, village, … or 市, 町, 村, 一部事務組合 (default: city)."),
                                  u"kind"_s, u"city"_s);
    const QCommandLineOption admin(u"admin"_s, tr("The administrator's login name (default: admin)."), u"login"_s,
                                   u"admin"_s);
    parser.addOptions({name, kind, admin});
    int code = Success;
    if (!parse(parser, arguments, u"init"_s, &code))
        return code;
    if (!parser.isSet(name)) {
        err() << tr("init needs --name.") << u"\n"_s;
        return UsageError;
    }
    const QString kindKey = OrganisationKinds::fromText(parser.value(kind));
    if (kindKey.isEmpty()) {
        err() << tr("Unknown kind 「%1」; use one of: %2")
                     .arg(parser.value(kind), OrganisationKinds::keys().join(u", "_s))
              << u"\n"_s;
        return UsageError;
    }
    try {
        const ConnectionSpec spec = databaseSpec(parser, options);
        // On PostgreSQL the database itself enforces the access policy, with roles that init creates.
        const bool postgres = spec.backend == ConnectionSpec::Backend::PostgreSQL;
        QStringList created;
        const auto workspace = Workspace::createNew(spec, parser.value(name), kindKey, parser.value(admin),
                                                    readSecret("KANSA_PASSWORD"), QString(), postgres, &created);
        out() << tr("Created %1 in %2; administrator: %3")
                     .arg(parser.value(name), spec.displayName(), parser.value(admin))
              << u"\n"_s;
        if (postgres)
            printServerSetUp(created, spec, parser.value(admin));
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::secure(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes an existing organisation's PostgreSQL database enforce the access policy with roles, as init does "
           "for a new one. Run it as the database's owner. The administrator's new server password is read from "
           "$KANSA_PASSWORD or the first line of standard input; the other accounts sign in once the "
           "administrator has set their passwords."));
    DatabaseOptions options;
    options.addTo(parser, false);
    const QCommandLineOption admin(u"admin"_s, tr("The administrator's login name (default: admin)."), u"login"_s,
                                   u"admin"_s);
    parser.addOption(admin);
    int code = Success;
    if (!parse(parser, arguments, u"secure"_s, &code))
        return code;
    try {
        const ConnectionSpec spec = databaseSpec(parser, options);
        if (spec.backend != ConnectionSpec::Backend::PostgreSQL) {
            err() << tr("secure needs a postgresql:// URL: an SQLite file is one person's, and its boundary is the "
                        "file.")
                  << u"\n"_s;
            return UsageError;
        }
        const QString password = readSecret("KANSA_PASSWORD");
        AccountService::checkPassword(password);
        std::unique_ptr<Database> db = Database::open(spec);
        const QStringList created = db->write(parser.value(admin), [&](VersionedRows&) {
            return DatabasePolicy::secure(*db, parser.value(admin), password);
        });
        out() << tr("%1 now enforces the access policy with roles:").arg(spec.displayName()) << u"\n"_s;
        printServerSetUp(created, spec, parser.value(admin));
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::demo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Creates the demo organisation, a fictional village, in a new file."));
    const QCommandLineOption outOption(u"out"_s, tr("The new SQLite file or an empty PostgreSQL database URL."),
                                       u"file-or-url"_s);
    const QCommandLineOption scale(u"scale"_s,
                                   tr("small (the village, default) or large (300 units, 10 years of audits: the "
                                      "benchmarks' data set)."),
                                   u"scale"_s, u"small"_s);
    parser.addOptions({outOption, scale});
    int code = Success;
    if (!parse(parser, arguments, u"demo"_s, &code))
        return code;
    if (!parser.isSet(outOption)) {
        err() << tr("demo needs --out FILE.") << u"\n"_s;
        return UsageError;
    }
    try {
        const ConnectionSpec spec = ConnectionSpec::parse(parser.value(outOption));
        if (parser.value(scale) == u"large"_s) {
            DemoOrganisation::createLarge(spec);
            out() << tr("Created the large data set in %1.").arg(spec.displayName()) << u"\n"_s;
            return Success;
        }
        if (parser.value(scale) != u"small"_s) {
            err() << tr("Unknown scale 「%1」: small or large.").arg(parser.value(scale)) << u"\n"_s;
            return UsageError;
        }
        DemoOrganisation::create(spec);
        out() << tr("Created the demo organisation in %1. Sign in as %2 with the password %3, or as a person "
                    "(e.g. m.omori, the CISO) with %4.")
                     .arg(spec.displayName(), QString::fromUtf16(DemoOrganisation::AdministratorLogin),
                          QString::fromUtf16(DemoOrganisation::AdministratorPassword),
                          QString::fromUtf16(DemoOrganisation::PersonPassword))
              << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks the record: the change log's hash chain from its first entry to its last, and every evidence "
           "file and issued report against its hash and the hash recorded when it was stored. Exits 1 and names "
           "the first entry, record, person and time that fails."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption against(u"against"_s,
                                     tr("Also prove that nothing recorded before this issued report (its PDF) or "
                                        "this year archive was written was changed since."),
                                     u"PDF_OR_ARCHIVE"_s);
    parser.addOption(against);
    int code = Success;
    if (!parse(parser, arguments, u"verify"_s, &code))
        return code;
    try {
        std::optional<ChangeChain::Anchor> anchor;
        const QString issuedPdf = parser.value(against);
        if (parser.isSet(against))
            anchor = YearArchive::isArchive(issuedPdf) ? YearArchive::anchorOf(issuedPdf)
                                                       : RecordVerifier::anchorOf(issuedPdf);
        const auto workspace = signIn(parser, options);
        RecordVerifier verifier(workspace->database(), workspace->session());
        const RecordVerification result = anchor ? verifier.verifyAgainst(*anchor, issuedPdf) : verifier.verify();
        printProblems(result);
        if (result.intact())
            RecordHeadCheck::remember(workspace->database()); // where the quick check starts from next time
        const QString verdict =
            RecordVerifier::verdict(result, anchor ? issuedPdf : QString(), anchor ? anchor->entries : 0);
        if (!result.intact()) {
            err() << verdict << u"\n"_s;
            return Failure;
        }
        out() << verdict << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::history(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints who changed a record, which field from what to what, and when, newest first, as the change log "
           "holds it; or writes it as CSV (--out). Only those who may read the record may read its history."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption audit(u"audit"_s, tr("With --item: the audit (its id)."), u"id"_s);
    const QCommandLineOption item(u"item"_s, tr("An item's result and evidence in an audit (the item's key)."),
                                  u"key"_s);
    const QCommandLineOption unit(u"unit"_s, tr("With --item: the unit (its code or id; none: the organisation)."),
                                  u"unit"_s);
    const QCommandLineOption finding(u"finding"_s, tr("A finding (its id)."), u"id"_s);
    const QCommandLineOption plan(u"plan"_s, tr("A remediation plan (its id)."), u"id"_s);
    const QCommandLineOption exception(u"exception"_s, tr("An exception (its id)."), u"id"_s);
    const QCommandLineOption account(u"account"_s, tr("An account (its login name)."), u"login"_s);
    const QCommandLineOption outOption(u"out"_s, tr("Write the history as CSV to this file."), u"file"_s);
    parser.addOptions({audit, item, unit, finding, plan, exception, account, outOption});
    int code = Success;
    if (!parse(parser, arguments, u"history"_s, &code))
        return code;
    const int chosen = int(parser.isSet(item)) + int(parser.isSet(finding)) + int(parser.isSet(plan)) +
                       int(parser.isSet(exception)) + int(parser.isSet(account));
    if (chosen != 1 || parser.isSet(item) != parser.isSet(audit)) {
        err() << tr("Usage: kansa-cli history --item KEY --audit ID [--unit UNIT] | --finding ID | --plan ID | "
                    "--exception ID | --account LOGIN [--out FILE.csv]")
              << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        RecordHistory& history = workspace->history();
        QList<HistoryEntry> entries;
        QString subject;
        if (parser.isSet(item)) {
            const qint64 unitId =
                parser.isSet(unit) ? unitByCodeOrId(workspace->organisation(), parser.value(unit)) : 0;
            entries = history.auditItem(parser.value(audit).toLongLong(), unitId, parser.value(item));
            subject = parser.value(item);
        } else if (parser.isSet(finding)) {
            entries = history.finding(parser.value(finding).toLongLong());
            subject = tr("finding %1").arg(parser.value(finding));
        } else if (parser.isSet(plan)) {
            entries = history.plan(parser.value(plan).toLongLong());
            subject = tr("plan %1").arg(parser.value(plan));
        } else if (parser.isSet(exception)) {
            entries = history.exception(parser.value(exception).toLongLong());
            subject = tr("exception %1").arg(parser.value(exception));
        } else {
            entries = history.account(parser.value(account));
            subject = parser.value(account);
        }
        const ExportTable table =
            RecordHistory::table(tr("History of %1").arg(subject), entries, AppSettings::calendarStyle());
        if (parser.isSet(outOption)) {
            OutputFile::write(parser.value(outOption), TableExport::csv({table}));
            out() << tr("Wrote %n change(s) to %1.", nullptr, static_cast<int>(entries.size()))
                         .arg(parser.value(outOption))
                  << u"\n"_s;
            return Success;
        }
        for (const QStringList& row : std::as_const(table.rows))
            out() << row.join(u'\t') << u"\n"_s;
        out() << tr("%n change(s).", nullptr, static_cast<int>(entries.size())) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a copy of the whole organisation, checked after it is written (SQLite: the copy is whole and holds "
           "the same change log; PostgreSQL: pg_dump's custom format, which pg_restore can read), under a temporary "
           "name until it is complete. Only the administrator may; on PostgreSQL the server decides whether the "
           "URL's role may read everything (the database's owner does)."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption outOption(u"out"_s, tr("The backup file to write."), u"file"_s);
    parser.addOption(outOption);
    int code = Success;
    if (!parse(parser, arguments, u"backup"_s, &code))
        return code;
    if (!parser.isSet(outOption)) {
        err() << tr("backup needs --out FILE.") << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        const BackupSummary summary =
            RecordBackup::write(workspace->database(), workspace->session(), parser.value(outOption));
        out() << RecordBackup::written(summary) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::archive(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a fiscal year's record for retention into one zip file: a snapshot of the organisation with that "
           "year's audits, self-inspections, remediation and exceptions (its change log whole, so that it verifies), "
           "every evidence file and issued report of the year, and a manifest with their hashes. Only the "
           "administrator may. kansa-cli verify --db FILE opens it read-only and verifies it."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption year(
        u"year"_s, tr("The Western year in which the fiscal year begins (2025 for 令和7年度)."), u"year"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The archive file to write."), u"file"_s);
    parser.addOptions({year, outOption});
    int code = Success;
    if (!parse(parser, arguments, u"archive"_s, &code))
        return code;
    bool yearOk = false;
    const int fiscalYear = parser.value(year).toInt(&yearOk);
    if (!yearOk || !parser.isSet(outOption)) {
        err() << tr("Usage: kansa-cli archive --year YEAR --out FILE") << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        const ArchiveSummary summary =
            YearArchive::write(workspace->database(), workspace->session(), fiscalYear, parser.value(outOption));
        out() << YearArchive::written(summary) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the organisation (--db) with a backup. SQLite: the backup's administrator signs in to a copy of "
           "it (--user), its record is checked as verify does, and only then does it replace the file, whose content "
           "is kept first in the folder 「NAME backups」 beside it. PostgreSQL: pg_restore in one transaction, as the "
           "URL's role (the database's owner)."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption from(u"from"_s, tr("The backup to restore."), u"file"_s);
    parser.addOption(from);
    int code = Success;
    if (!parse(parser, arguments, u"restore"_s, &code))
        return code;
    if (!parser.isSet(from)) {
        err() << tr("restore needs --from BACKUP.") << u"\n"_s;
        return UsageError;
    }
    try {
        const ConnectionSpec target = databaseSpec(parser, options);
        if (target.backend == ConnectionSpec::Backend::PostgreSQL) {
            RecordBackup::restoreServer(parser.value(from), target);
            out() << tr("Restored %1 into %2.").arg(parser.value(from), target.displayName()) << u"\n"_s;
            return Success;
        }
        const QString login = valueOrEnvironment(parser, options.user, "KANSA_USER");
        if (login.isEmpty())
            throw Error(tr("No login name: give --user LOGIN (the backup's administrator) or set KANSA_USER."));
        BackupRestore restoring(parser.value(from), target.path);
        std::unique_ptr<Workspace> copy = Workspace::signIn(restoring.copy(), login, readSecret("KANSA_PASSWORD"));
        const RecordVerification result = restoring.check(*copy);
        if (!result.intact()) {
            printProblems(result);
            err() << RecordVerifier::verdict(result) << u"\n"_s
                  << tr("Nothing was restored: the backup's record does not hold together.") << u"\n"_s;
            return Failure;
        }
        const QString kept = restoring.replaceTarget(std::move(copy));
        out() << tr("Restored %1 from %2: %n change-log entries, checked.", nullptr, int(result.entries))
                     .arg(target.path, parser.value(from))
              << u"\n"_s;
        if (!kept.isEmpty())
            out() << tr("The organisation as it was before is kept in %1.").arg(kept) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::info(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints the organisation, its counts and the schema version."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption full(u"full"_s, tr("Also print the unit tree and who holds each security role."));
    parser.addOption(full);
    int code = Success;
    if (!parse(parser, arguments, u"info"_s, &code))
        return code;
    try {
        const auto workspace = signIn(parser, options);
        OrganisationService& service = workspace->organisation();
        const Organisation organisation = service.organisation();
        const QList<Unit> units = service.units();
        const QList<Person> people = service.people();
        QStringList years;
        for (int year : service.fiscalYears())
            years << formatFiscalYear(year);
        out() << tr("Organisation: %1 (%2)").arg(organisation.name, OrganisationKinds::name(organisation.kind))
              << u"\n"_s << tr("Classification marking: %1").arg(organisation.classificationMarking) << u"\n"_s
              << tr("Database: %1").arg(workspace->database().spec().displayName()) << u"\n"_s
              << tr("Schema version: %1").arg(workspace->database().schemaVersion()) << u"\n"_s
              << tr("Units: %1").arg(units.size()) << u"\n"_s << tr("People: %1").arg(people.size()) << u"\n"_s
              << tr("Fiscal years: %1").arg(years.join(u", "_s)) << u"\n"_s;
        if (parser.isSet(full)) {
            QHash<qint64, int> depth;
            QHash<qint64, int> headcount;
            for (const Person& person : people)
                ++headcount[person.unitId];
            out() << u"\n"_s << tr("Units:") << u"\n"_s;
            for (const Unit& unit : units) {
                depth[unit.id] = unit.parentId ? depth.value(unit.parentId) + 1 : 0;
                out() << QString(2 + depth[unit.id] * 2, u' ') << unit.name << u"  ["_s << UnitKinds::name(unit.kind)
                      << u", "_s << unit.code << u"]  "_s << tr("%n person(s)", nullptr, headcount.value(unit.id))
                      << u"\n"_s;
            }
            out() << u"\n"_s << tr("Security roles:") << u"\n"_s;
            for (Role role : Roles::all()) {
                if (role == Role::Staff)
                    continue;
                QStringList holders;
                for (const Person& person : people) {
                    if (person.roles.contains(role))
                        holders << person.name;
                }
                out() << u"  "_s << Roles::name(role) << u": "_s << holders.join(u", "_s) << u"\n"_s;
            }
            out() << u"\n"_s << tr("Audits:") << u"\n"_s;
            for (const AuditPlan& plan : workspace->audits().audits()) {
                int assessed = 0;
                int total = 0;
                int findings = 0;
                for (const auto& unit : workspace->fieldwork().summary(plan.id)) {
                    assessed += unit.progress.assessed;
                    total += unit.progress.total;
                    findings += unit.findings;
                }
                out() << u"  "_s << plan.title << u" ["_s << AuditTexts::name(plan.status) << u"] "_s
                      << tr("assessed %1 of %2, %3 findings").arg(assessed).arg(total).arg(findings) << u"\n"_s;
            }
            out() << u"\n"_s << tr("Self-inspections:") << u"\n"_s;
            SelfInspectionService selfInspections(workspace->database(), workspace->session());
            for (const Campaign& campaign : selfInspections.campaigns()) {
                int answered = 0;
                int total = 0;
                for (const CampaignUnit& unit : selfInspections.units(campaign.id)) {
                    const auto progress = selfInspections.progress(campaign.id, unit.unitId);
                    answered += progress.answered;
                    total += progress.total;
                }
                out() << u"  "_s << campaign.title << u" "_s << tr("answered %1 of %2").arg(answered).arg(total)
                      << u"\n"_s;
            }
        }
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::importCsv(const QStringList& arguments, bool units)
{
    const QString command = units ? u"import-units"_s : u"import-people"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        units ? tr("Imports organisational units from CSV (UTF-8 or Shift_JIS). Columns: コード, 名称, 種別, "
                   "上位コード, 表示順. Nothing is imported when any row is bad.")
              : tr("Imports people from CSV (UTF-8 or Shift_JIS). Columns: 職員番号, 氏名, ふりがな, 所属コード, "
                   "メールアドレス, 役割. Nothing is imported when any row is bad."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Only show what would change."));
    parser.addOption(dryRun);
    parser.addPositionalArgument(u"file"_s, tr("The CSV file."));
    int code = Success;
    if (!parse(parser, arguments, command, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("%1 needs exactly one CSV file.").arg(command) << u"\n"_s;
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    try {
        const auto workspace = signIn(parser, options);
        auto runImport = [&](auto importer) {
            importer.requireAllowed(); // before the file is read
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << u"\n"_s;
                return int(Failure);
            }
            const QByteArray bytes = file.readAll();
            ImportPreview preview = importer.preview(bytes);
            if (!preview.problems.isEmpty() || parser.isSet(dryRun)) {
                for (const ImportProblem& problem : preview.problems)
                    err() << problem.toString(path) << u"\n"_s;
                if (!preview.problems.isEmpty()) {
                    err() << tr("Nothing was imported: %n problem(s).", nullptr,
                                static_cast<int>(preview.problems.size()))
                          << u"\n"_s;
                    return int(Failure);
                }
                printPreview(preview, path);
                return int(Success);
            }
            printPreview(importer.apply(bytes, path), path);
            return int(Success);
        };
        return units ? runImport(UnitCsvImport(workspace->organisation()))
                     : runImport(PeopleCsvImport(workspace->organisation()));
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::user(const QStringList& arguments)
{
    if (arguments.value(0) == u"list"_s)
        return userList(arguments);
    if (arguments.isEmpty() || arguments.first() != u"add"_s) {
        err() << tr("Usage: kansa-cli user add --login LOGIN [--person STAFF_NUMBER] [--admin] | user list") << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Adds a sign-in account. Its password is read from $KANSA_NEW_PASSWORD or "
                                        "the next line of standard input."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption login(u"login"_s, tr("The new account's login name."), u"login"_s);
    const QCommandLineOption person(u"person"_s, tr("The staff number of the person the account belongs to."),
                                    u"staff-number"_s);
    const QCommandLineOption admin(u"admin"_s, tr("Make the account an administrator."));
    parser.addOptions({login, person, admin});
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"user add"_s, &code))
        return code;
    if (!parser.isSet(login)) {
        err() << tr("user add needs --login.") << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        qint64 personId = 0;
        if (parser.isSet(person)) {
            for (const Person& p : workspace->organisation().people()) {
                if (p.code == parser.value(person))
                    personId = p.id;
            }
            if (!personId)
                throw Error(tr("No person has the staff number %1.").arg(parser.value(person)));
        }
        AccountService(workspace->database())
            .addAccount(workspace->session(), parser.value(login), readSecret("KANSA_NEW_PASSWORD"), personId,
                        parser.isSet(admin));
        out() << tr("Added the account %1.").arg(parser.value(login)) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::userList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the accounts: login, name, unit, roles and since when they are held, "
                                        "and whether the account is an administrator."));
    DatabaseOptions options;
    options.addTo(parser);
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"user list"_s, &code))
        return code;
    try {
        const auto workspace = signIn(parser, options);
        for (const Account& account : AccountService(workspace->database()).accounts(workspace->session())) {
            out() << account.login << u'\t' << account.displayName << u'\t' << account.unitName << u'\t'
                  << Roles::names(account.roles) << u'\t'
                  << (account.rolesSince.isValid() ? formatDate(account.rolesSince.toLocalTime().date()) : QString())
                  << u'\t' << (account.administrator ? tr("administrator") : QString()) << u"\n"_s;
        }
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::checklist(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == u"list"_s || sub == u"import"_s || sub == u"export"_s)
        return checklistLibrary(sub, arguments.mid(1));
    if (sub == u"derive"_s)
        return checklistDerive(arguments.mid(1));
    if (sub != u"validate"_s) {
        err() << tr("Usage: kansa-cli checklist validate|list|import|export …") << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks checklist files against the format of checklists/README.md: unknown "
                                        "keys, missing fields, duplicate ids, empty questions, references to unknown "
                                        "items. Without files, checks the checklists shipped with Kansa."));
    parser.addPositionalArgument(u"files"_s, tr("Checklist files: JSON (a folder checklist: its checklist.json), an "
                                                "OSCAL catalog, CSV or XLSX."));
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"checklist validate"_s, &code))
        return code;
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = ChecklistReader::shippedFiles();
    QList<ChecklistReader::Result> results;
    QList<ChecklistProblem> problems;
    for (const QString& file : files) {
        results << ChecklistTable::readAny(file); // as an import reads it
        problems += results.last().problems;
    }
    problems += ChecklistReader::crossCheck(results);
    for (const ChecklistProblem& problem : problems)
        err() << problem.toString() << u"\n"_s;
    // A warning (a question phrased negatively) is said, and leaves the file valid.
    const qsizetype errors = std::count_if(problems.cbegin(), problems.cend(),
                                           [](const ChecklistProblem& problem) { return !problem.warning; });
    if (errors > 0) {
        err() << tr("%n problem(s) found.", nullptr, static_cast<int>(errors)) << u"\n"_s;
        return Failure;
    }
    for (int i = 0; i < results.size(); ++i) {
        const Checklist& checklist = results[i].checklist;
        out() << tr("%1: %2 version %3, %4 chapters, %5 items: valid")
                     .arg(files[i], checklist.id)
                     .arg(checklist.version)
                     .arg(checklist.chapters.size())
                     .arg(checklist.itemCount())
              << u"\n"_s;
    }
    return Success;
}

int CliCommands::checklistDerive(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Drafts a checklist from a municipality's policy (text in UTF-8 or Shift_JIS, DOCX or PDF): an item per "
           "obligation, each matched to the most similar item of a shipped checklist, whose question, roles, level "
           "and evidence it takes. Writes the draft as kansa-checklist JSON and, beside it, NAME.matches.csv with "
           "each item's match and score and the items of the checklist the policy lacks."));
    parser.addPositionalArgument(u"policy"_s, tr("The policy file."));
    parser.addOption({u"against"_s, tr("The checklist to map to: a shipped checklist's id or a checklist file."),
                      u"checklist"_s, u"yomogita-standards"_s});
    parser.addOption(
        {u"document"_s, tr("Compare only with the items of the checklist that quote this document."), u"id"_s});
    parser.addOption({u"id"_s, tr("The draft checklist's id."), u"id"_s, u"policy-draft"_s});
    parser.addOption({u"out"_s, tr("The draft checklist file to write."), u"file"_s});
    parser.addOption({u"measure"_s, tr("Also say how far the draft reproduces the checklist it was mapped to (when "
                                       "that checklist was written from the same policy).")});
    int code = Success;
    if (!parse(parser, arguments, u"checklist derive"_s, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"out"_s)) {
        err() << tr("checklist derive needs one policy file and --out FILE; see --help.") << u"\n"_s;
        return UsageError;
    }
    try {
        const Checklist against = ChecklistDerivation::loadChecklist(parser.value(u"against"_s));
        ChecklistDerivation::Options options;
        options.id = parser.value(u"id"_s);
        options.compareDocument = parser.value(u"document"_s);
        const Derivation derivation =
            ChecklistDerivation::deriveFromFile(parser.positionalArguments().first(), against, options);
        const QString path = parser.value(u"out"_s);
        QString companion = path;
        if (companion.endsWith(u".json"_s, Qt::CaseInsensitive))
            companion.chop(5);
        companion += u".matches.csv"_s;
        OutputFile::write(path, ChecklistWriter::toJson(derivation.checklist));
        OutputFile::write(companion, ChecklistDerivation::matchesCsv(derivation));
        const qsizetype fresh = std::count_if(derivation.items.cbegin(), derivation.items.cend(),
                                              [](const DraftItem& item) { return item.isNew; });
        out() << tr("Wrote %1 items to %2 (%3 matched to %4, %5 new); %6 items of %4 have no counterpart in the "
                    "policy; the matches are in %7.")
                     .arg(derivation.items.size())
                     .arg(path)
                     .arg(derivation.items.size() - fresh)
                     .arg(against.id)
                     .arg(fresh)
                     .arg(derivation.missing.size())
                     .arg(companion)
              << u"\n"_s;
        if (parser.isSet(u"measure"_s)) {
            const DerivationScore score = DerivationScore::measure(derivation, against, options.compareDocument);
            out() << tr("recall %1/%2 (%3%), accuracy %4/%1 (%5%), precision %6/%7 (%8%)")
                         .arg(score.found)
                         .arg(score.reference)
                         .arg(100.0 * score.recall(), 0, 'f', 1)
                         .arg(score.correct)
                         .arg(100.0 * score.accuracy(), 0, 'f', 1)
                         .arg(score.corresponding)
                         .arg(score.draft)
                         .arg(100.0 * score.precision(), 0, 'f', 1)
                  << u"\n"_s;
        }
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::checklistLibrary(const QString& command, const QStringList& arguments)
{
    QCommandLineParser parser;
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption format(u"format"_s, tr("json, csv or xlsx (default: from the file name)."), u"format"_s);
    const QCommandLineOption outOption(u"out"_s, tr("The file to write."), u"file"_s);
    if (command == u"list"_s) {
        parser.setApplicationDescription(tr("Lists the checklists in the organisation's library, one a line, the id "
                                            "first."));
    } else if (command == u"import"_s) {
        parser.setApplicationDescription(
            tr("Imports the organisation's own checklist from JSON, CSV or XLSX. A new id adds it; a known id gets a "
               "new version listing the items added, changed and removed. A file with any problem imports nothing."));
        parser.addPositionalArgument(u"file"_s, tr("The checklist file."));
    } else {
        parser.setApplicationDescription(tr("Writes a checklist of the library as JSON, CSV or XLSX."));
        parser.addPositionalArgument(u"id"_s, tr("The checklist's id."));
        parser.addOptions({format, outOption});
    }
    int code = Success;
    if (!parse(parser, arguments, u"checklist "_s % command, &code))
        return code;
    if (command != u"list"_s && parser.positionalArguments().size() != 1) {
        err() << tr("checklist %1 needs one argument; see --help.").arg(command) << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        ChecklistLibrary& library = workspace->checklists();
        if (command == u"list"_s) {
            for (const ChecklistEntry& entry : library.checklists())
                out() << entry.key << u'\t' << entry.currentVersion << u'\t' << entry.origin << u'\t' << entry.itemCount
                      << u'\t' << entry.title.ja << u"\n"_s;
            return Success;
        }
        if (command == u"import"_s) {
            const QString path = parser.positionalArguments().first();
            const ChecklistReader::Result read = library.readImport(path); // asks for the permission first
            for (const ChecklistProblem& problem : read.problems)
                err() << problem.toString() << u"\n"_s;
            if (!read.ok()) {
                err() << tr("Nothing was imported: %n problem(s).", nullptr, static_cast<int>(read.problems.size()))
                      << u"\n"_s;
                return Failure;
            }
            const ChecklistLibrary::ImportOutcome outcome = library.importOwn(read.checklist);
            if (outcome.diff.isEmpty())
                out() << tr("%1 version %2 is unchanged; nothing was written.").arg(outcome.key).arg(outcome.version);
            else
                out() << tr("%1 version %2: %3 items added, %4 changed, %5 removed.")
                             .arg(outcome.key)
                             .arg(outcome.version)
                             .arg(outcome.diff.added.size())
                             .arg(outcome.diff.changed.size())
                             .arg(outcome.diff.removed.size());
            out() << u"\n"_s;
            return Success;
        }
        if (!parser.isSet(outOption)) {
            err() << tr("checklist export needs --out FILE.") << u"\n"_s;
            return UsageError;
        }
        const QString path = parser.value(outOption);
        const QString kind = parser.isSet(format) ? parser.value(format).toLower() : QFileInfo(path).suffix().toLower();
        const Checklist checklist = library.load(parser.positionalArguments().first());
        if (kind == u"xlsx"_s) {
            ChecklistTable::writeXlsx(checklist, path);
        } else if (kind == u"csv"_s || kind == u"json"_s) {
            OutputFile::write(path,
                              kind == u"csv"_s ? ChecklistTable::toCsv(checklist) : ChecklistWriter::toJson(checklist));
        } else {
            err() << tr("Unknown format 「%1」: use json, csv or xlsx.").arg(kind) << u"\n"_s;
            return UsageError;
        }
        out() << tr("Wrote %1 (%2 items) to %3.").arg(checklist.id).arg(checklist.itemCount()).arg(path) << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::crosswalk(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command != u"export"_s && command != u"import"_s && command != u"derive"_s) {
        err() << tr("Usage: kansa-cli crosswalk export|import|derive …") << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption outOption(u"out"_s, tr("The file to write."), u"file"_s);
    const QCommandLineOption checklistOption(u"checklist"_s, tr("Only the links with a side in this checklist."),
                                             u"id"_s);
    const QCommandLineOption versionOption(u"version"_s, tr("The checklist's version (default: its current one)."),
                                           u"n"_s);
    const QCommandLineOption draftOption(u"draft"_s, tr("The draft checklist as imported into the library."), u"id"_s);
    const QCommandLineOption againstOption(u"against"_s, tr("The library's checklist the draft was mapped to."),
                                           u"id"_s, u"yomogita-standards"_s);
    const QCommandLineOption documentOption(
        u"document"_s, tr("Compare only with the items of the checklist that quote this document."), u"id"_s);
    if (command == u"export"_s) {
        parser.setApplicationDescription(tr("Writes the crosswalks as CSV (UTF-8): a link a line, from_checklist, "
                                            "from_version, from_item, relation, to_checklist, to_version, to_item, "
                                            "score, note."));
        parser.addOptions({outOption, checklistOption, versionOption});
    } else if (command == u"import"_s) {
        parser.setApplicationDescription(tr("Imports crosswalk links from CSV. A file with any problem (an unknown "
                                            "checklist, item or relation) imports nothing; a link stored already "
                                            "takes the file's relation and note."));
        parser.addPositionalArgument(u"file"_s, tr("The CSV file."));
    } else {
        parser.setApplicationDescription(
            tr("Maps a draft derived from a policy (checklist derive), once imported into the library, to the "
               "checklist it was derived against: the policy is derived again and each matched item is linked, "
               "equal where the quotes are the same, else related with its score."));
        parser.addPositionalArgument(u"policy"_s, tr("The policy file."));
        parser.addOptions({draftOption, againstOption, documentOption});
    }
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"crosswalk "_s % command, &code))
        return code;
    const qsizetype positional = command == u"export"_s ? 0 : 1;
    if (parser.positionalArguments().size() != positional || (command == u"export"_s && !parser.isSet(outOption)) ||
        (command == u"derive"_s && !parser.isSet(draftOption))) {
        err() << tr("Wrong arguments for crosswalk %1; see --help.").arg(command) << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        CrosswalkService crosswalks(workspace->database(), workspace->session());
        ChecklistLibrary& library = workspace->checklists();
        const auto current = [&](const QString& key) { return ChecklistRef{key, library.load(key).version}; };
        if (command == u"export"_s) {
            std::optional<ChecklistRef> touching;
            if (parser.isSet(checklistOption)) {
                touching = current(parser.value(checklistOption));
                if (parser.isSet(versionOption))
                    touching->version = parser.value(versionOption).toInt();
            }
            const QString path = parser.value(outOption);
            const QByteArray csv = crosswalks.exportCsv(touching);
            OutputFile::write(path, csv);
            out()
                << tr("Wrote %n link(s) to %1.", nullptr, static_cast<int>(crosswalks.links(touching).size())).arg(path)
                << u"\n"_s;
            return Success;
        }
        const QString path = parser.positionalArguments().first();
        crosswalks.requireManage(); // before the file is read
        if (command == u"derive"_s) {
            const Checklist against = library.load(parser.value(againstOption));
            const ChecklistRef draft = current(parser.value(draftOption));
            ChecklistDerivation::Options derive;
            derive.id = draft.key;
            derive.compareDocument = parser.value(documentOption);
            const Derivation derivation = ChecklistDerivation::deriveFromFile(path, against, derive);
            const int added =
                crosswalks.storeDerived(derivation, against, draft, ChecklistRef{against.id, against.version});
            out() << tr("%n link(s) added from %1 to %2.", nullptr, added).arg(draft.key, against.id) << u"\n"_s;
            return Success;
        }
        // A crosswalk file is text of a few thousand lines; anything far larger is not one.
        constexpr qint64 MaxBytes = qint64(32) << 20;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << tr("Cannot read %1: %2").arg(path, file.errorString()) << u"\n"_s;
            return Failure;
        }
        if (file.size() > MaxBytes) {
            err() << tr("%1 is larger than %2 MB: not a crosswalk file.").arg(path).arg(MaxBytes >> 20) << u"\n"_s;
            return Failure;
        }
        const CrosswalkService::ImportOutcome outcome = crosswalks.importCsv(file.read(MaxBytes));
        for (const ImportProblem& problem : outcome.problems)
            err() << problem.toString(path) << u"\n"_s;
        if (!outcome.problems.isEmpty()) {
            err() << tr("Nothing was imported: %n problem(s).", nullptr, static_cast<int>(outcome.problems.size()))
                  << u"\n"_s;
            return Failure;
        }
        out() << tr("%1: %2 links added, %3 changed, %4 unchanged.")
                     .arg(path)
                     .arg(outcome.added)
                     .arg(outcome.changed)
                     .arg(outcome.unchanged)
              << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::audit(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command != u"list"_s && command != u"progress"_s) {
        err() << tr("Usage: kansa-cli audit list | audit progress AUDIT") << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    DatabaseOptions options;
    options.addTo(parser);
    if (command == u"list"_s) {
        parser.setApplicationDescription(tr("Lists the audits, one a line: id, fiscal year, status, units, title."));
    } else {
        parser.setApplicationDescription(tr("Prints an audit's progress per unit: assessed / total, non-conforming "
                                            "and partly conforming items, findings."));
        parser.addPositionalArgument(u"audit"_s, tr("The audit's id (see audit list)."));
    }
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"audit "_s % command, &code))
        return code;
    try {
        const auto workspace = signIn(parser, options);
        AuditPlanService& plans = workspace->audits();
        if (command == u"list"_s) {
            for (const AuditPlan& plan : plans.audits())
                out() << plan.id << u'\t' << formatFiscalYear(plan.fiscalYear) << u'\t' << AuditTexts::name(plan.status)
                      << u'\t' << plans.units(plan.id).size() << u'\t' << plan.title << u"\n"_s;
            return Success;
        }
        bool ok = false;
        const qint64 auditId = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok) {
            err() << tr("audit progress needs the audit's id; see audit list.") << u"\n"_s;
            return UsageError;
        }
        const AuditPlan plan = plans.audit(auditId);
        QHash<qint64, QString> names{{FieldworkService::OrganisationScope, tr("Whole organisation")}};
        for (const Unit& unit : workspace->organisation().units())
            names.insert(unit.id, unit.name);
        const QHash<qint64, FieldworkService::UnitSummary> summary = workspace->fieldwork().summary(auditId);
        out() << plan.title << u" ("_s << AuditTexts::name(plan.status) << u")\n"_s;
        out() << tr("unit\tassessed\ttotal\tnon-conforming\tpartly\tfindings") << u"\n"_s;
        QList<qint64> scopes{FieldworkService::OrganisationScope};
        for (const AuditedUnit& unit : plans.units(auditId))
            scopes << unit.unitId;
        int assessed = 0;
        int total = 0;
        for (qint64 scope : scopes) {
            if (!summary.contains(scope))
                continue;
            const FieldworkService::UnitSummary& s = summary.value(scope);
            assessed += s.progress.assessed;
            total += s.progress.total;
            out() << names.value(scope) << u'\t' << s.progress.assessed << u'\t' << s.progress.total << u'\t'
                  << s.nonConforming << u'\t' << s.partlyConforming << u'\t' << s.findings << u"\n"_s;
        }
        out() << tr("Assessed %1 of %2 (%3%)").arg(assessed).arg(total).arg(total ? 100 * assessed / total : 0)
              << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::selfInspection(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    if (command != u"list"_s && command != u"export"_s && command != u"import"_s) {
        err()
            << tr("Usage: kansa-cli self-inspection list | export CAMPAIGN --out DIR | import FILE_OR_DIR [--dry-run]")
            << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption outOption(u"out"_s, tr("The folder to write the workbooks to."), u"dir"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Only check the workbooks and show what would change."));
    if (command == u"list"_s) {
        parser.setApplicationDescription(tr("Lists the self-inspection campaigns, one a line, the id first."));
    } else if (command == u"export"_s) {
        parser.setApplicationDescription(tr("Writes one workbook per unit of a campaign into a folder."));
        parser.addPositionalArgument(u"campaign"_s, tr("The campaign's id."));
        parser.addOption(outOption);
    } else {
        parser.setApplicationDescription(tr("Imports returned workbooks: one file, or every .xlsx in a folder. Each "
                                            "workbook is checked whole first; one with a problem changes nothing."));
        parser.addPositionalArgument(u"file-or-dir"_s, tr("A returned workbook or a folder of them."));
        parser.addOption(dryRun);
    }
    int code = Success;
    if (!parse(parser, arguments.mid(1), u"self-inspection "_s % command, &code))
        return code;
    try {
        const auto workspace = signIn(parser, options);
        SelfInspectionService service(workspace->database(), workspace->session());
        if (command == u"list"_s) {
            for (const Campaign& c : service.campaigns()) {
                int submitted = 0;
                const QList<CampaignUnit> units = service.units(c.id);
                for (const CampaignUnit& unit : units)
                    submitted +=
                        unit.status == CampaignUnitStatus::Submitted || unit.status == CampaignUnitStatus::Accepted ? 1
                                                                                                                    : 0;
                out() << c.id << u'\t' << formatFiscalYear(c.fiscalYear) << u'\t' << formatDate(c.deadline) << u'\t'
                      << tr("%1 of %2 units submitted").arg(submitted).arg(units.size()) << u'\t' << c.title << u"\n"_s;
            }
            return Success;
        }
        const QString target = parser.positionalArguments().value(0);
        if (target.isEmpty()) {
            err() << tr("self-inspection %1 needs an argument; see --help.").arg(command) << u"\n"_s;
            return UsageError;
        }
        if (command == u"export"_s) {
            if (!parser.isSet(outOption)) {
                err() << tr("self-inspection export needs --out DIR.") << u"\n"_s;
                return UsageError;
            }
            bool numeric = false;
            const qint64 campaignId = target.toLongLong(&numeric);
            if (!numeric) {
                err() << tr("「%1」 is not a campaign's number; self-inspection list shows them.").arg(target)
                      << u"\n"_s;
                return UsageError;
            }
            const Campaign campaign = service.campaign(campaignId);
            const QList<CampaignUnit> units = service.units(campaignId);
            if (units.isEmpty())
                throw Error(tr("%1 may see no unit of campaign %2 「%3」: no workbook was written.")
                                .arg(service.session().actor())
                                .arg(campaignId)
                                .arg(campaign.title));
            QDir dir(parser.value(outOption));
            if (!dir.mkpath(u"."_s))
                throw Error(tr("Cannot create the folder %1.").arg(dir.path()));
            int written = 0;
            for (const CampaignUnit& unit : units) {
                CampaignWorkbook::exportUnit(
                    service, campaignId, unit.unitId,
                    dir.filePath(CampaignWorkbook::fileName(service, campaignId, unit.unitId)));
                ++written;
            }
            out() << tr("Wrote %1 workbooks to %2.").arg(written).arg(dir.path()) << u"\n"_s;
            return Success;
        }
        QStringList files;
        if (QFileInfo(target).isDir()) {
            for (const QString& name : QDir(target).entryList({u"*.xlsx"_s}, QDir::Files, QDir::Name))
                files << QDir(target).filePath(name);
        } else {
            files << target;
        }
        // Every workbook is read and checked first; those without problems then go in together, or none of them.
        int failed = 0;
        QList<CampaignWorkbook::Preview> previews;
        for (const QString& file : files) {
            previews << CampaignWorkbook::read(service, file);
            if (!previews.last().ok()) {
                ++failed;
                for (const CampaignWorkbook::Problem& problem : previews.last().problems)
                    err() << problem.toString() << u"\n"_s;
            }
        }
        const int written = parser.isSet(dryRun) ? 0 : CampaignWorkbook::applyAll(service, previews);
        for (const CampaignWorkbook::Preview& preview : std::as_const(previews)) {
            if (preview.ok())
                out() << tr("%1 (%2): %3 new, %4 changed, %5 unchanged%6")
                             .arg(preview.file, preview.unitName)
                             .arg(preview.added)
                             .arg(preview.changed)
                             .arg(preview.unchanged)
                             .arg(parser.isSet(dryRun) ? tr(" (dry run: nothing written)") : tr("; imported"))
                      << u"\n"_s;
        }
        if (!parser.isSet(dryRun))
            out() << tr("%n answers written, in one transaction.", nullptr, written) << u"\n"_s;
        if (failed)
            err() << tr("%1 of %2 workbooks were not imported.").arg(failed).arg(files.size()) << u"\n"_s;
        return failed ? Failure : Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::remediation(const QStringList& arguments, bool exceptions)
{
    const QString name = exceptions ? u"exceptions"_s : u"remediation"_s;
    if (arguments.value(0) != u"list"_s) {
        err() << (exceptions ? tr("Usage: kansa-cli exceptions list [--expiring DAYS]")
                             : tr("Usage: kansa-cli remediation list [--overdue] [--unit UNIT]"))
              << u"\n"_s;
        return UsageError;
    }
    QCommandLineParser parser;
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption overdue(u"overdue"_s, tr("Only plans with an action past its due date."));
    const QCommandLineOption unitOption(u"unit"_s, tr("Only the plans of this unit (its code or id)."), u"unit"_s);
    const QCommandLineOption expiring(
        u"expiring"_s, tr("Only exceptions that end, or are due for review, within this many days."), u"days"_s);
    if (exceptions) {
        parser.setApplicationDescription(tr("Lists the exceptions register: id, unit, decision, term, next review, "
                                            "items."));
        parser.addOption(expiring);
    } else {
        parser.setApplicationDescription(tr("Lists the remediation plans: id, unit, status, next due date, finding; "
                                            "overdue plans are marked ⚠."));
        parser.addOptions({overdue, unitOption});
    }
    int code = Success;
    if (!parse(parser, arguments.mid(1), name % u" list"_s, &code))
        return code;
    try {
        const auto workspace = signIn(parser, options);
        RemediationService service(workspace->database(), workspace->session());
        QHash<qint64, QString> names;
        for (const Unit& unit : workspace->organisation().units())
            names.insert(unit.id, unit.name);
        const QString unitWanted = exceptions ? QString() : parser.value(unitOption);
        const qint64 wanted = unitWanted.isEmpty() ? -1 : unitByCodeOrId(workspace->organisation(), unitWanted);
        const QDate today = QDate::currentDate();
        if (exceptions) {
            bool ok = true;
            const int days = parser.isSet(expiring) ? parser.value(expiring).toInt(&ok) : -1;
            if (!ok || (parser.isSet(expiring) && days < 0)) {
                err() << tr("--expiring needs a number of days.") << u"\n"_s;
                return UsageError;
            }
            for (const SecurityException& e : service.exceptions(days, today))
                out() << e.id << u'\t' << names.value(e.unitId) << u'\t' << RemediationTexts::name(e.decision)
                      << (e.expired(today) ? u" ⚠ "_s % tr("expired") : QString()) << u'\t' << formatDate(e.validFrom)
                      << u" – "_s << formatDate(e.validUntil) << u'\t' << formatDate(e.nextReviewOn) << u'\t' << e.items
                      << u"\n"_s;
            return Success;
        }
        PlanFilter filter;
        filter.unitId = wanted;
        filter.overdueOnly = parser.isSet(overdue);
        for (const RemediationPlan& plan : service.plans(filter, today))
            out() << plan.id << u'\t' << names.value(plan.unitId) << u'\t' << RemediationTexts::name(plan.status)
                  << (plan.overdue(today) ? u" ⚠ "_s % tr("overdue") : QString()) << u'\t' << formatDate(plan.nextDue())
                  << u'\t' << plan.findingTitle << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::writeReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a report, built from the data now: the audit report (audit), a unit's audit result notice (unit, "
           "with --unit), the remediation progress report (remediation) or the self-inspection summary "
           "(self-inspection); as PDF, DOCX (Word), ODT, or its tables as XLSX or CSV."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption kind(u"kind"_s, tr("audit, unit, remediation or self-inspection."), u"kind"_s);
    const QCommandLineOption year(
        u"year"_s, tr("The Western year in which the fiscal year begins (2025 for 令和7年度)."), u"year"_s);
    const QCommandLineOption unit(u"unit"_s, tr("For a unit's notice: the unit's code or id."), u"unit"_s);
    const QCommandLineOption format(u"format"_s, tr("pdf, docx, odt, xlsx or csv (default: from the file name)."),
                                    u"format"_s);
    const QCommandLineOption outFile(u"out"_s, tr("The file to write."), u"file"_s);
    const QCommandLineOption noAppendix(u"no-appendix"_s, tr("The audit report without its appendix of results."));
    const QCommandLineOption issue(u"issue"_s, tr("Also keep the PDF as issued, for the record."));
    const QCommandLineOption number(u"number"_s, tr("The document number (文書番号) the letterhead shows."),
                                    u"number"_s);
    parser.addOptions({kind, year, unit, format, outFile, noAppendix, issue, number});
    int code = Success;
    if (!parse(parser, arguments, u"report"_s, &code))
        return code;
    const std::optional<ReportKind> reportKind = ReportService::kindFromKey(parser.value(kind));
    bool yearOk = false;
    const int fiscalYear = parser.value(year).toInt(&yearOk);
    const QString path = parser.value(outFile);
    const QString chosen = (parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix()).toLower();
    if (!reportKind || !yearOk || path.isEmpty() || !ReportOutput::formats().contains(chosen) ||
        (*reportKind == ReportKind::UnitNotice && !parser.isSet(unit))) {
        err() << tr("Usage: kansa-cli report --kind audit|unit|remediation|self-inspection --year YEAR [--unit UNIT] "
                    "--format pdf|docx|odt|xlsx|csv --out FILE")
              << u"\n"_s;
        return UsageError;
    }
    try {
        const auto workspace = signIn(parser, options);
        const qint64 unitId = parser.isSet(unit) ? unitByCodeOrId(workspace->organisation(), parser.value(unit)) : 0;
        ReportService& reports = workspace->reports();
        ReportDocument document = *reportKind == ReportKind::Audit
                                      ? reports.auditReport(fiscalYear, !parser.isSet(noAppendix))
                                      : reports.build(*reportKind, fiscalYear, unitId);
        document.values.insert(u"文書番号"_s, parser.value(number));
        const int pages = ReportOutput::write(document, chosen, path);
        if (pages)
            out() << tr("%1: %n page(s)", nullptr, pages).arg(path) << u"\n"_s;
        else
            out() << path << u"\n"_s;
        if (parser.isSet(issue)) {
            const qint64 id = reports.issue(*reportKind, fiscalYear, unitId);
            if (chosen == u"pdf"_s) // the file given out is the one issued, with its record check
                OutputFile::write(path, reports.issuedPdf(id));
            const IssuedReport issued = reports.issued().first();
            out() << tr("Issued as record %1 (SHA-256 %2)").arg(id).arg(issued.sha256) << u"\n"_s;
        }
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

int CliCommands::letterhead(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The letterhead the organisation's reports start from: set a template (DOCX or ODT, with placeholders "
           "such as {{団体名}}, {{表題}}, {{文書番号}}, {{発行日}}, {{取扱区分}}, {{頁}} / {{総頁}}), clear it (back "
           "to the "
           "standard letterhead), or write the standard letterhead as a template to start from."));
    DatabaseOptions options;
    options.addTo(parser);
    const QCommandLineOption outFile(u"out"_s, tr("For template: the file to write."), u"file"_s);
    parser.addOption(outFile);
    parser.addPositionalArgument(u"action"_s, tr("set FILE, clear or template."));
    int code = Success;
    if (!parse(parser, arguments, u"letterhead"_s, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if ((action == u"set"_s && positional.size() != 2) || (action == u"template"_s && !parser.isSet(outFile)) ||
        !QStringList{u"set"_s, u"clear"_s, u"template"_s}.contains(action)) {
        err() << tr("Usage: kansa-cli letterhead set FILE | clear | template --out FILE") << u"\n"_s;
        return UsageError;
    }
    try {
        if (action == u"template"_s) {
            OutputFile::write(parser.value(outFile), ReportLetterhead::standardTemplate());
            out() << parser.value(outFile) << u"\n"_s;
            return Success;
        }
        const auto workspace = signIn(parser, options);
        OrganisationService& organisation = workspace->organisation();
        QByteArray content;
        const QString path = positional.value(1);
        if (action == u"set"_s) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
            content = file.read(ReportLetterhead::MaxBytes + 1); // a larger file is refused, its limit named
        }
        organisation.setLetterhead(QFileInfo(path).fileName(), content, organisation.organisation().stamp.version);
        out() << (content.isEmpty() ? tr("The reports use the standard letterhead.")
                                    : tr("The reports start from %1.").arg(QFileInfo(path).fileName()))
              << u"\n"_s;
        return Success;
    } catch (const Error& error) {
        return report(error);
    }
}

} // namespace kansa
