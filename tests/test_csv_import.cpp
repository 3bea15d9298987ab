#include "TestDatabase.h"

#include "common/Error.h"
#include "exchange/CsvReader.h"
#include "exchange/PeopleCsvImport.h"
#include "exchange/UnitCsvImport.h"
#include "org/OrganisationService.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QByteArray sjis(const QString& text)
{
    QStringEncoder encoder("CP932");
    return encoder(text);
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

const QString UnitsCsv = u"コード,名称,種別,上位コード,表示順\r\n"
                         "D01,総務部,部局,,1\r\n"
                         "S011,総務課,課室,D01,1\r\n"
                         "S012,\"企画財政課\",課室,D01,2\r\n"
                         "B0111,\"出張所, 北\",出先機関,S011,\r\n"
                         "D02,福祉部,,,2\r\n"_s;

const QString PeopleCsv = u"職員番号,氏名,ふりがな,所属コード,メールアドレス,役割,内線\n"
                          "1001,山田 花子,やまだ はなこ,S011,hanako@example.lg.jp,職員等,1234\n"
                          "1002,佐藤 一郎,さとう いちろう,S011,,情報セキュリティ管理者・監査人,1235\n"
                          "1003,鈴木 次郎,すずき じろう,D01,,department_security_officer,\n"_s;

} // namespace

class TestCsvImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("lastField");
        QTest::addColumn<int>("problemLine"); // 0: no problem expected

        QTest::newRow("utf-8 lf") << utf8(u"a,b\n1,二\n"_s) << u"UTF-8"_s << 2 << u"二"_s << 0;
        QTest::newRow("utf-8 bom crlf") << (QByteArray("\xEF\xBB\xBF") + utf8(u"a,b\r\n1,二\r\n"_s)) << u"UTF-8"_s << 2
                                        << u"二"_s << 0;
        QTest::newRow("shift_jis crlf") << sjis(u"コード,名称\r\nS1,総務課\r\n"_s) << u"Shift_JIS"_s << 2 << u"総務課"_s
                                        << 0;
        QTest::newRow("cp932 extension (①, 髙)") << sjis(u"a\r\n①髙橋\r\n"_s) << u"Shift_JIS"_s << 2 << u"①髙橋"_s << 0;
        QTest::newRow("no final newline") << utf8(u"a,b\n1,2"_s) << u"UTF-8"_s << 2 << u"2"_s << 0;
        QTest::newRow("quoted comma, quote, newline")
            << utf8(u"a,b\n1,\"x, \"\"y\"\"\nz\"\n"_s) << u"UTF-8"_s << 2 << u"x, \"y\"\nz"_s << 0;
        QTest::newRow("blank lines skipped") << utf8(u"a\n\n1\n\n"_s) << u"UTF-8"_s << 2 << u"1"_s << 0;
        QTest::newRow("empty file") << QByteArray() << QString() << 0 << QString() << -1;
        QTest::newRow("only spaces") << QByteArray("  \r\n ") << QString() << 0 << QString() << -1;
        QTest::newRow("nul byte") << QByteArray("a,b\n1,x\0y\n", 11) << u"UTF-8"_s << 1 << QString() << 2;
        QTest::newRow("unterminated quote") << utf8(u"a\n\"open\n"_s) << u"UTF-8"_s << 1 << QString() << 2;
        QTest::newRow("text after quote") << utf8(u"a\n\"x\"y\n"_s) << u"UTF-8"_s << 1 << QString() << 2;
        QTest::newRow("binary, neither utf-8 nor sjis")
            << QByteArray("\xFF\xFE\xFD\x80\x81\xFC\xFC", 7) << QString() << 0 << QString() << -1;
    }
    void reader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(int, records);
        QFETCH(QString, lastField);
        QFETCH(int, problemLine);
        const CsvReader::Result result = CsvReader::read(bytes);
        if (problemLine == 0) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
            QCOMPARE(result.encoding, encoding);
            QCOMPARE(result.records.size(), records);
            QCOMPARE(result.records.last().fields.last(), lastField);
        } else {
            QCOMPARE(result.problems.size(), 1);
            if (problemLine > 0)
                QCOMPARE(result.problems.first().line, problemLine);
            QVERIFY(!result.problems.first().message.isEmpty());
        }
    }

    void tenMegabyteField()
    {
        QByteArray bytes = "a,b\n1,\"";
        bytes += QByteArray(10 * 1024 * 1024, 'x');
        bytes += "\"\n2,short\n";
        const CsvReader::Result result = CsvReader::read(bytes);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QCOMPARE(result.problems.first().column, 2);
        QCOMPARE(result.records.size(), 3);
    }

    // Random bytes and random cuts of a valid file never crash the reader or the importers.
    void fuzz()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        UnitCsvImport units(workspace->organisation());
        PeopleCsvImport people(workspace->organisation());
        QRandomGenerator random(20261121);
        const QByteArray valid = utf8(UnitsCsv) + sjis(PeopleCsv);
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            if (round % 2) {
                bytes.resize(random.bounded(1, 400));
                for (char& c : bytes)
                    c = static_cast<char>(random.bounded(256));
            } else {
                bytes = valid.mid(random.bounded(valid.size()), random.bounded(valid.size()));
                if (!bytes.isEmpty())
                    bytes[random.bounded(bytes.size())] = static_cast<char>(random.bounded(256));
            }
            units.preview(bytes);
            people.preview(bytes);
        }
        QVERIFY(workspace->organisation().units().isEmpty());
    }

    void importUnitsThenPeople()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        UnitCsvImport units(service);
        const ImportPreview preview = units.preview(utf8(UnitsCsv));
        QVERIFY2(preview.problems.isEmpty(), qPrintable(preview.problems.value(0).toString(u"units.csv"_s)));
        QCOMPARE(preview.count(ImportPreview::Action::New), 5);
        QVERIFY(service.units().isEmpty()); // a preview writes nothing
        units.apply(utf8(UnitsCsv), u"units.csv"_s);
        const QList<Unit> all = service.units();
        QCOMPARE(all.size(), 5);
        QCOMPARE(all[0].name, u"総務部"_s);
        QCOMPARE(all[1].name, u"総務課"_s);
        QCOMPARE(all[2].name, u"出張所, 北"_s);
        QCOMPARE(all[2].kind, UnitKind::Branch);
        QCOMPARE(all[4].name, u"福祉部"_s);
        QCOMPARE(all[4].kind, UnitKind::Department); // no kind given: top level is a department

        // The same file again changes nothing.
        const ImportPreview again = units.apply(utf8(UnitsCsv), u"units.csv"_s);
        QCOMPARE(again.count(ImportPreview::Action::Unchanged), 5);
        QCOMPARE(service.units().size(), 5);

        PeopleCsvImport people(service);
        const ImportPreview peoplePreview = people.preview(sjis(PeopleCsv));
        QVERIFY2(peoplePreview.problems.isEmpty(),
                 qPrintable(peoplePreview.problems.value(0).toString(u"people.csv"_s)));
        QCOMPARE(peoplePreview.encoding, u"Shift_JIS"_s);
        QCOMPARE(peoplePreview.ignoredHeadings, QStringList{u"内線"_s});
        people.apply(sjis(PeopleCsv), u"people.csv"_s);
        const QList<Person> list = service.people();
        QCOMPARE(list.size(), 3);
        const auto sato = std::find_if(list.begin(), list.end(), [](const Person& p) { return p.code == u"1002"_s; });
        QCOMPARE(sato->roles, (QList<Role>{Role::SectionSecurityManager, Role::Auditor}));

        // A changed row is reported as changed and updated.
        QString changed = PeopleCsv;
        changed.replace(u"hanako@example.lg.jp"_s, u"h.yamada@example.lg.jp"_s);
        const ImportPreview update = people.apply(utf8(changed), u"people.csv"_s);
        QCOMPARE(update.count(ImportPreview::Action::Changed), 1);
        QCOMPARE(update.count(ImportPreview::Action::Unchanged), 2);
    }

    void badRowsImportNothing_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("duplicate code") << u"コード,名称\nA,一\nB,二\nA,三\n"_s << 4 << 1;
        QTest::newRow("empty name") << u"コード,名称\nA,一\nB,\n"_s << 3 << 2;
        QTest::newRow("unknown parent") << u"コード,名称,上位コード\nA,一,\nB,二,Z\n"_s << 3 << 3;
        QTest::newRow("parent loop") << u"コード,名称,上位コード\nA,一,B\nB,二,A\n"_s << 2 << 3;
        QTest::newRow("bad kind") << u"code,name,kind\nA,一,課\n"_s << 2 << 3;
        QTest::newRow("bad order") << u"code,name,order\nA,一,first\n"_s << 2 << 3;
        QTest::newRow("missing name column") << u"コード,所属\nA,一\n"_s << 1 << 0;
        QTest::newRow("heading only") << u"コード,名称\n"_s << 1 << 0;
        QTest::newRow("long name") << (u"コード,名称\nA,"_s + QString(300, u'長') + u"\n"_s) << 2 << 2;
    }
    void badRowsImportNothing()
    {
        QFETCH(QString, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        TestDatabase test;
        auto workspace = test.createOrganisation();
        UnitCsvImport units(workspace->organisation());
        const ImportPreview preview = units.preview(utf8(csv));
        QVERIFY(!preview.problems.isEmpty());
        QCOMPARE(preview.problems.first().line, line);
        QCOMPARE(preview.problems.first().column, column);
        try {
            units.apply(utf8(csv), u"units.csv"_s);
            QFAIL("a bad file was imported");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"units.csv:"_s % QString::number(line)), qPrintable(error.message()));
        }
        QVERIFY(workspace->organisation().units().isEmpty());
        QCOMPARE(workspace->database().scalar(u"SELECT COUNT(*) FROM change_log WHERE table_name = 'units'"_s).toInt(),
                 0);
    }

    void badPeopleRowsImportNothing()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService& service = workspace->organisation();
        UnitCsvImport(service).apply(utf8(UnitsCsv), u"units.csv"_s);
        const QString csv = u"職員番号,氏名,所属コード,役割,メール\n"
                            "1,山田,S011,職員等,a@example.lg.jp\n"
                            "2,佐藤,S999,,\n"
                            "3,鈴木,S011,社長,\n"
                            "1,重複,S011,,\n"
                            "4,田中,S011,,no-at-sign\n"_s;
        PeopleCsvImport people(service);
        const ImportPreview preview = people.preview(utf8(csv));
        QCOMPARE(preview.problems.size(), 4);
        QCOMPARE(preview.problems[0].line, 3);
        QCOMPARE(preview.problems[0].field, u"所属コード"_s);
        QCOMPARE(preview.problems[1].line, 4);
        QCOMPARE(preview.problems[1].field, u"役割"_s);
        QCOMPARE(preview.problems[2].line, 5);
        QCOMPARE(preview.problems[3].line, 6);
        QVERIFY_THROWS_EXCEPTION(Error, people.apply(utf8(csv), u"people.csv"_s));
        QVERIFY(service.people().isEmpty());
    }

    // Roles from an HR file need the administrator: the CISO's import of a file that grants or changes roles
    // names the line and imports nothing; a file without the roles column keeps everyone's roles.
    void onlyTheAdministratorImportsRoles()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        UnitCsvImport(workspace->organisation()).apply(utf8(UnitsCsv), u"units.csv"_s);
        PeopleCsvImport(workspace->organisation()).apply(utf8(PeopleCsv), u"people.csv"_s);
        OrganisationService ciso(workspace->database(), sessionWithRoles({Role::Ciso}));
        QString promoted = PeopleCsv;
        promoted.replace(u"1001,山田 花子,やまだ はなこ,S011,hanako@example.lg.jp,職員等"_s,
                         u"1001,山田 花子,やまだ はなこ,S011,hanako@example.lg.jp,最高情報セキュリティ責任者"_s);
        const ImportPreview refused = PeopleCsvImport(ciso).preview(utf8(promoted));
        QCOMPARE(refused.problems.size(), 1);
        QCOMPARE(refused.problems.first().line, 2);
        QVERIFY_THROWS_EXCEPTION(Error, PeopleCsvImport(ciso).apply(utf8(promoted), u"people.csv"_s));
        const auto roles = [&](const QString& code) {
            for (const Person& person : workspace->organisation().people()) {
                if (person.code == code)
                    return person.roles;
            }
            return QList<Role>{};
        };
        QCOMPARE(roles(u"1001"_s), QList<Role>{Role::Staff});

        // Without the roles column, the CISO updates names and e-mail and the roles stay.
        const QString noRoles = u"職員番号,氏名,ふりがな,所属コード,メールアドレス\n"
                                "1002,佐藤 一郎,さとう いちろう,S011,ichiro@example.lg.jp\n"_s;
        const ImportPreview kept = PeopleCsvImport(ciso).apply(utf8(noRoles), u"people.csv"_s);
        QVERIFY2(kept.problems.isEmpty(), qPrintable(kept.problems.value(0).toString(u"people.csv"_s)));
        QCOMPARE(roles(u"1002"_s), (QList<Role>{Role::SectionSecurityManager, Role::Auditor}));
    }

    void staffCannotImport()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        OrganisationService staff(workspace->database(), sessionWithRoles({Role::Staff}));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, UnitCsvImport(staff).preview(utf8(UnitsCsv)));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, UnitCsvImport(staff).apply(utf8(UnitsCsv), u"u.csv"_s));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, PeopleCsvImport(staff).apply(utf8(PeopleCsv), u"p.csv"_s));
        QVERIFY(workspace->organisation().units().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
