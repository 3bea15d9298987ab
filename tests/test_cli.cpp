#include "TestDatabase.h"

#include "auth/AccountService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, const QByteArray& input = {}, const QStringList& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KANSA_PASSWORD"_s);
    env.remove(u"KANSA_DB"_s);
    env.remove(u"KANSA_USER"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (const QString& pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("KANSA_CLI"), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"kansa-cli "_s));
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"import-people"_s));
        for (const QString& command : {u"init"_s, u"demo"_s, u"info"_s, u"import-units"_s, u"import-people"_s}) {
            const Run commandHelp = cli({command, u"--help"_s});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY(commandHelp.out.contains(u"--"_s));
        }
        const Run unknown = cli({u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.isEmpty());
    }

    void demoAndInfo()
    {
        TestDatabase test;
        const Run demo = cli({u"demo"_s, u"--out"_s, test.url()});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run info = cli({u"info"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s, u"--full"_s}, "kansa-admin\n");
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QVERIFY(info.out.contains(u"桜ヶ丘村"_s));
        QVERIFY(info.out.contains(u"Units: 22"_s));
        QVERIFY(info.out.contains(u"People: 56"_s));
        QVERIFY(info.out.contains(u"Schema version: "_s % QString::number(Database::CurrentSchemaVersion)));
        QVERIFY(info.out.contains(u"情報政策室"_s));

        const Run overdue =
            cli({u"remediation"_s, u"list"_s, u"--overdue"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s},
                "kansa-admin\n");
        QVERIFY2(overdue.exitCode == 0, qPrintable(overdue.err));
        QCOMPARE(overdue.out.count(u'\n'), 2);
        QVERIFY(overdue.out.contains(u"⚠"_s));
        const Run expired =
            cli({u"exceptions"_s, u"list"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s}, "kansa-admin\n");
        QCOMPARE(expired.out.count(u'\n'), 3);
        QCOMPARE(
            cli({u"remediation"_s, u"list"_s, u"--unit"_s, u"Z99"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s},
                "kansa-admin\n")
                .exitCode,
            1);

        // A record's history, printed and as CSV; refused to whoever may not read the record.
        const auto history = [&](const QString& user, const QStringList& arguments) {
            return cli(QStringList{u"history"_s, u"--db"_s, test.url(), u"--user"_s, user} + arguments, "kansa-demo\n");
        };
        const Run finding = history(u"h.nakayama"_s, {u"--finding"_s, u"1"_s});
        QVERIFY2(finding.exitCode == 0, qPrintable(finding.err));
        QVERIFY(finding.out.contains(u"(h.nakayama)"_s));
        QVERIFY(finding.out.contains(u"\tTitle\t"_s));
        QTemporaryDir folder;
        const QString csv = folder.filePath(u"history.csv"_s);
        const Run written = history(u"h.nakayama"_s, {u"--finding"_s, u"1"_s, u"--out"_s, csv});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"(h.nakayama)"_s));
        QCOMPARE(history(u"m.ito"_s, {u"--account"_s, u"admin"_s}).exitCode, 3);
        QCOMPARE(history(u"h.nakayama"_s, {u"--finding"_s, u"1"_s, u"--plan"_s, u"1"_s}).exitCode, 2);

        const Run wrong = cli({u"info"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s}, "nope\n");
        QCOMPARE(wrong.exitCode, 4);
        const Run again = cli({u"demo"_s, u"--out"_s, test.url()});
        QCOMPARE(again.exitCode, 1); // never overwrites an organisation
    }

    // A year's archive: written by the administrator only, opened read-only by every command that reads, verified,
    // and taken by verify --against as an anchor of the organisation it came from.
    void archiveAYear()
    {
        TestDatabase test;
        QVERIFY(cli({u"demo"_s, u"--out"_s, test.url()}).exitCode == 0);
        QTemporaryDir folder;
        const QString archive = folder.filePath(u"2026.zip"_s);
        const QStringList archiving{u"archive"_s, u"--db"_s, test.url(), u"--year"_s, u"2026"_s, u"--out"_s, archive};
        QCOMPARE(cli(archiving + QStringList{u"--user"_s, u"h.nakayama"_s}, "kansa-demo\n").exitCode, 3);
        QVERIFY(!QFile::exists(archive));
        QCOMPARE(cli({u"archive"_s, u"--db"_s, test.url(), u"--out"_s, archive}).exitCode, 2);
        const Run written = cli(archiving + QStringList{u"--user"_s, u"admin"_s}, "kansa-admin\n");
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY(written.out.contains(archive));

        const auto onArchive = [&](const QStringList& command) {
            return cli(command + QStringList{u"--db"_s, archive, u"--user"_s, u"h.nakayama"_s}, "kansa-demo\n");
        };
        const Run verified = onArchive({u"verify"_s});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains(u"The record holds together."_s));
        const Run audits = onArchive({u"audit"_s, u"list"_s});
        QVERIFY2(audits.exitCode == 0, qPrintable(audits.err));
        QCOMPARE(audits.out.count(u'\n'), 1); // the year's audit only
        const Run info = onArchive({u"info"_s});
        QVERIFY(info.out.contains(u"Database: "_s % archive));
        // Nothing can be written into it.
        const Run issue = onArchive({u"report"_s, u"--kind"_s, u"audit"_s, u"--year"_s, u"2026"_s, u"--out"_s,
                                     folder.filePath(u"r.pdf"_s), u"--issue"_s});
        QCOMPARE(issue.exitCode, 1);
        QVERIFY2(issue.err.contains(archive) && issue.err.contains(u"year archive"_s), qPrintable(issue.err));

        const Run against = cli({u"verify"_s, u"--db"_s, test.url(), u"--user"_s, u"admin"_s, u"--against"_s, archive},
                                "kansa-admin\n");
        QVERIFY2(against.exitCode == 0, qPrintable(against.err));
        QVERIFY(against.out.contains(archive));

        // A changed archive is refused, naming the file that changed.
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x55)));
        file.close();
        const Run changed = onArchive({u"verify"_s});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(archive), qPrintable(changed.err));
    }

    // An organisation already on a server is made to enforce the policy with roles; its people sign in with the
    // passwords the administrator gives them.
    void secureAnExistingOrganisation()
    {
        TestDatabase test;
        QVERIFY(cli({u"demo"_s, u"--out"_s, test.url()}).exitCode == 0);
        const Run secure = cli({u"secure"_s, u"--db"_s, test.url()}, "server-admin-1\n");
        if (!TestDatabase::usesPostgres()) {
            QCOMPARE(secure.exitCode, 2);
            QVERIFY2(secure.err.contains(u"postgresql://"_s), qPrintable(secure.err));
            return;
        }
        QVERIFY2(secure.exitCode == 0, qPrintable(secure.err));
        QVERIFY2(secure.out.contains(u"_m.omori"_s), qPrintable(secure.out));
        QCOMPARE(cli({u"secure"_s, u"--db"_s, test.url()}, "server-admin-1\n").exitCode, 1); // once only
        ConnectionSpec server = test.spec();
        server.user.clear();
        const QString serverUrl = QString(test.url()).replace(u"postgres@"_s, QString());
        QCOMPARE(cli({u"info"_s, u"--db"_s, serverUrl, u"--user"_s, u"admin"_s}, "kansa-admin\n").exitCode, 4);
        QCOMPARE(cli({u"info"_s, u"--db"_s, serverUrl, u"--user"_s, u"m.omori"_s}, "kansa-demo\n").exitCode, 4);
        {
            auto admin = Workspace::signInToServer(server, u"admin"_s, u"server-admin-1"_s);
            const qint64 omori =
                admin->database().scalar(u"SELECT id FROM accounts WHERE login = 'm.omori'"_s).toLongLong();
            AccountService(admin->database()).setPassword(admin->session(), omori, u"omori-server-1"_s);
        }
        const Run omori = cli({u"info"_s, u"--db"_s, serverUrl, u"--user"_s, u"m.omori"_s}, "omori-server-1\n");
        QVERIFY2(omori.exitCode == 0, qPrintable(omori.err));
        QVERIFY(omori.out.contains(u"桜ヶ丘村"_s));
    }

    void initImportAndPermissions()
    {
        TestDatabase test;
        const QStringList admin{u"KANSA_DB="_s % test.url(), u"KANSA_USER=boss"_s, u"KANSA_PASSWORD=boss-password"_s};
        const Run init =
            cli({u"init"_s, u"--name"_s, u"試験町"_s, u"--kind"_s, u"町"_s, u"--admin"_s, u"boss"_s}, {}, admin);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        QTemporaryDir dir;
        const QString units = dir.filePath(u"units.csv"_s);
        QFile file(units);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"コード,名称,上位コード\r\nD1,総務部,\r\nS1,総務課,D1\r\n"_s.toUtf8());
        file.close();
        const Run dry = cli({u"import-units"_s, units, u"--dry-run"_s}, {}, admin);
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(u"2 new"_s));
        QVERIFY(cli({u"info"_s}, {}, admin).out.contains(u"Units: 0"_s));
        const Run import = cli({u"import-units"_s, units}, {}, admin);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY(cli({u"info"_s}, {}, admin).out.contains(u"Units: 2"_s));

        const QString people = dir.filePath(u"people.csv"_s);
        QFile peopleFile(people);
        QVERIFY(peopleFile.open(QIODevice::WriteOnly));
        peopleFile.write(u"職員番号,氏名,所属コード,役割\n1,山田 花子,S1,職員等\n2,佐藤,S9,\n"_s.toUtf8());
        peopleFile.close();
        const Run bad = cli({u"import-people"_s, people}, {}, admin);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"people.csv:3:3"_s), qPrintable(bad.err));
        QVERIFY(cli({u"info"_s}, {}, admin).out.contains(u"People: 0"_s));

        QVERIFY(peopleFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        peopleFile.write(u"職員番号,氏名,所属コード,役割\n1,山田 花子,S1,職員等\n"_s.toUtf8());
        peopleFile.close();
        QCOMPARE(cli({u"import-people"_s, people}, {}, admin).exitCode, 0);

        const Run add = cli({u"user"_s, u"add"_s, u"--login"_s, u"h.yamada"_s, u"--person"_s, u"1"_s}, {},
                            admin + QStringList{u"KANSA_NEW_PASSWORD=hanako-2026"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        // A staff member may read but not change the organisation.
        const QStringList staff{u"KANSA_DB="_s % test.url(), u"KANSA_USER=h.yamada"_s, u"KANSA_PASSWORD=hanako-2026"_s};
        QCOMPARE(cli({u"info"_s}, {}, staff).exitCode, 0);
        const Run denied = cli({u"import-units"_s, units}, {}, staff);
        QCOMPARE(denied.exitCode, 3);
        // Refused before the file is read: a missing file is not even looked for.
        QCOMPARE(cli({u"import-people"_s, dir.filePath(u"missing.csv"_s)}, {}, staff).exitCode, 3);
        QCOMPARE(cli({u"checklist"_s, u"import"_s, dir.filePath(u"missing.json"_s)}, {}, staff).exitCode, 3);
        const Run deniedUser = cli({u"user"_s, u"add"_s, u"--login"_s, u"x.y"_s}, {},
                                   staff + QStringList{u"KANSA_NEW_PASSWORD=password123"_s});
        QCOMPARE(deniedUser.exitCode, 3);
        QCOMPARE(cli({u"user"_s, u"list"_s}, {}, staff).exitCode, 3);
        // The administrator's list: each account with its person's unit and roles.
        const Run list = cli({u"user"_s, u"list"_s}, {}, admin);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.last().startsWith(u"h.yamada\t山田 花子\t"_s), qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(u"Staff"_s) || lines.last().contains(u"職員等"_s), qPrintable(lines.last()));
    }

    // validate reads a file as import does (JSON, OSCAL, CSV, XLSX), and import checks what validate checks.
    void checklistValidateAndImportReadEveryFormat()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString& name, const QByteArray& content) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(content);
            return dir.filePath(name);
        };
        const QString heading =
            u"#id,own\n章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英),派生元\n"_s;
        const QString row = u"1,体制,Org,1(1),体制,Str,own-1,1,%1,質問か。,Q?,staff,unit,記録,Record,%2\n"_s;
        const QString csv = write(u"own.csv"_s, (heading + row.arg(u"引用"_s, u"std-4.2-1-2"_s)).toUtf8());
        const QString catalog = qEnvironmentVariable("KANSA_DATA_DIR") % u"/oscal/sample-catalog.json"_s;

        const Run valid = cli({u"checklist"_s, u"validate"_s, catalog});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.err));
        QVERIFY2(valid.out.contains(u"sample-catalog version 1, 3 chapters, 10 items"_s), qPrintable(valid.out));
        // Alone, the CSV points at an item the validator does not know; beside the standards it does.
        const Run alone = cli({u"checklist"_s, u"validate"_s, csv});
        QCOMPARE(alone.exitCode, 1);
        QVERIFY2(alone.err.contains(u"own.csv:3: derived_from: "_s), qPrintable(alone.err));
        QVERIFY(!alone.err.contains(u"not valid JSON"_s));
        const Run beside = cli({u"checklist"_s, u"validate"_s, u":/checklists/standards/checklist.json"_s, csv});
        QVERIFY2(beside.exitCode == 0, qPrintable(beside.err));
        const Run quote = cli({u"checklist"_s, u"validate"_s,
                               write(u"quote.csv"_s, (heading + row.arg(u"引\"用"_s, QString())).toUtf8())});
        QCOMPARE(quote.exitCode, 1);
        QVERIFY2(quote.err.contains(u"quote.csv:3:9: "_s), qPrintable(quote.err));

        TestDatabase test;
        const QStringList admin{u"KANSA_DB="_s % test.url(), u"KANSA_USER=boss"_s, u"KANSA_PASSWORD=boss-password"_s};
        QCOMPARE(cli({u"init"_s, u"--name"_s, u"試験町"_s, u"--kind"_s, u"町"_s, u"--admin"_s, u"boss"_s}, {}, admin)
                     .exitCode,
                 0);
        const Run unknown = cli({u"checklist"_s, u"import"_s,
                                 write(u"unknown.csv"_s, (heading + row.arg(u"引用"_s, u"std-99-1"_s)).toUtf8())},
                                {}, admin);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"unknown.csv:3: derived_from: "_s), qPrintable(unknown.err));
        const Run imported = cli({u"checklist"_s, u"import"_s, csv}, {}, admin);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run oscal = cli({u"checklist"_s, u"import"_s, catalog}, {}, admin);
        QVERIFY2(oscal.exitCode == 0, qPrintable(oscal.err));
        QVERIFY2(oscal.out.contains(u"10 items added"_s), qPrintable(oscal.out));
        const QString exported = dir.filePath(u"exported.xlsx"_s);
        QCOMPARE(cli({u"checklist"_s, u"export"_s, u"sample-catalog"_s, u"--out"_s, exported}, {}, admin).exitCode, 0);
        const Run again = cli({u"checklist"_s, u"import"_s, exported}, {}, admin);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"unchanged"_s), qPrintable(again.out));
        const Run xlsx = cli({u"checklist"_s, u"validate"_s, exported});
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    }

    void reportsInEveryFormat()
    {
        TestDatabase test;
        QCOMPARE(cli({u"demo"_s, u"--out"_s, test.url()}).exitCode, 0);
        QTemporaryDir dir;
        auto report = [&](const QString& login, const QStringList& options) {
            return cli(QStringList{u"report"_s, u"--db"_s, test.url(), u"--user"_s, login} + options, "kansa-demo\n");
        };
        for (const QString& format : {u"pdf"_s, u"docx"_s, u"odt"_s, u"xlsx"_s, u"csv"_s}) {
            const QString out = dir.filePath(u"audit."_s % format);
            const Run run = report(u"h.nakayama"_s, {u"--kind"_s, u"audit"_s, u"--year"_s, u"2026"_s, u"--out"_s, out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        QFile pdf(dir.filePath(u"audit.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const Run notice = report(u"k.takahashi"_s, {u"--kind"_s, u"unit"_s, u"--unit"_s, u"S011"_s, u"--year"_s,
                                                     u"2026"_s, u"--out"_s, dir.filePath(u"notice.pdf"_s)});
        QVERIFY2(notice.exitCode == 0, qPrintable(notice.err));
        const Run issued = report(u"m.omori"_s, {u"--kind"_s, u"remediation"_s, u"--year"_s, u"2026"_s, u"--out"_s,
                                                 dir.filePath(u"remediation.pdf"_s), u"--issue"_s});
        QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
        QVERIFY(issued.out.contains(u"SHA-256"_s));
        // Not permitted, wrong usage, no such year.
        QCOMPARE(
            report(u"m.ito"_s, {u"--kind"_s, u"audit"_s, u"--year"_s, u"2026"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)})
                .exitCode,
            3);
        QCOMPARE(
            report(u"m.omori"_s, {u"--kind"_s, u"unit"_s, u"--year"_s, u"2026"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)})
                .exitCode,
            2);
        QCOMPARE(report(u"m.omori"_s,
                        {u"--kind"_s, u"audit"_s, u"--year"_s, u"2026"_s, u"--out"_s, dir.filePath(u"x.txt"_s)})
                     .exitCode,
                 2);
        const Run noYear = report(
            u"m.omori"_s, {u"--kind"_s, u"audit"_s, u"--year"_s, u"2019"_s, u"--out"_s, dir.filePath(u"x.pdf"_s)});
        QCOMPARE(noYear.exitCode, 1);
        QVERIFY(noYear.err.contains(u"2019"_s) || noYear.err.contains(u"令和元"_s));
    }

    void selfInspectionExportSaysWhyNothingWasWritten()
    {
        TestDatabase test;
        QCOMPARE(cli({u"demo"_s, u"--out"_s, test.url()}).exitCode, 0);
        QTemporaryDir dir;
        auto exportAs = [&](const QString& login, const QString& campaign) {
            return cli({u"self-inspection"_s, u"export"_s, campaign, u"--out"_s, dir.path(), u"--db"_s, test.url(),
                        u"--user"_s, login},
                       "kansa-demo\n");
        };
        const Run nonsense = exportAs(u"s.sato"_s, u"nonsense"_s);
        QCOMPARE(nonsense.exitCode, 2);
        QVERIFY(nonsense.err.contains(u"nonsense"_s));
        const Run missing = exportAs(u"s.sato"_s, u"99"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
        const Run unseen = exportAs(u"admin"_s, u"1"_s);
        QVERIFY(unseen.exitCode != 0);
        QVERIFY(!unseen.err.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
        const Run owner = exportAs(u"s.sato"_s, u"1"_s);
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
        QVERIFY(QDir(dir.path()).entryList({u"*.xlsx"_s}, QDir::Files).size() > 5);
    }

    void missingDatabaseIsAClearError()
    {
        const Run run = cli({u"info"_s, u"--db"_s, u"/nonexistent/dir/org.kansa"_s, u"--user"_s, u"a"_s}, "x\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"/nonexistent/dir/org.kansa"_s));
        const Run none = cli({u"info"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"--db"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
