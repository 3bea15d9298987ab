#include "RandomEdits.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistWriter.h"
#include "checklist/OscalCatalog.h"
#include "exchange/CsvReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QByteArray sampleCatalog()
{
    QFile file(qEnvironmentVariable("KANSA_DATA_DIR") % u"/oscal/sample-catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the sample catalog is missing");
    return file.readAll();
}

QByteArray nistCatalog()
{
    QFile file(qEnvironmentVariable("KANSA_DATA_DIR") % u"/oscal/NIST_SP-800-53_rev5_catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the NIST catalog is missing");
    return file.readAll();
}

struct NistControls
{
    QStringList labels;    // every control and enhancement, in the catalog's order
    QStringList withdrawn; // those whose status is withdrawn
};

void collectControls(const QJsonArray& controls, NistControls& into)
{
    for (const QJsonValue& value : controls) {
        const QJsonObject control = value.toObject();
        QString label;
        bool withdrawn = false;
        for (const QJsonValue& prop : control.value(u"props"_s).toArray()) {
            const QJsonObject p = prop.toObject();
            if (p.value(u"name"_s) == u"label"_s && !p.contains(u"class"_s))
                label = p.value(u"value"_s).toString();
            withdrawn |= p.value(u"name"_s) == u"status"_s && p.value(u"value"_s) == u"withdrawn"_s;
        }
        into.labels << label;
        if (withdrawn)
            into.withdrawn << label;
        collectControls(control.value(u"controls"_s).toArray(), into);
    }
}

NistControls nistControls(const QByteArray& json)
{
    NistControls controls;
    const QJsonArray groups = QJsonDocument::fromJson(json).object().value(u"catalog"_s)[u"groups"_s].toArray();
    for (const QJsonValue& group : groups)
        collectControls(group[u"controls"_s].toArray(), controls);
    return controls;
}

const ChecklistItem* itemById(const Checklist& checklist, const QString& id)
{
    for (const ChecklistItem* item : checklist.items()) {
        if (item->id == id)
            return item;
    }
    return nullptr;
}

QByteArray checklistJson(const QString& header, const QString& itemJson)
{
    return (uR"json({
  "format": "kansa-checklist",
  "id": "own",
  "version": 1,
  %1,
  "title": { "en": "Framework" },
  "documents": [ { "id": "own", "title": "Framework", "layer": "standards" } ],
  "chapters": [
    {
      "number": "1",
      "title": { "en": "Chapter" },
      "sections": [
        {
          "number": "1.1",
          "title": { "en": "Section" },
          "items": [
            %2
          ]
        }
      ]
    }
  ]
})json"_s.arg(header, itemJson))
        .toUtf8();
}

} // namespace

class TestOscalCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCatalog()
    {
        const ChecklistReader::Result result = ChecklistReader::readJson(sampleCatalog(), u"sample-catalog.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.problems.isEmpty()); // not even a warning
        const Checklist& checklist = result.checklist;
        QCOMPARE(checklist.id, u"sample-catalog"_s);
        QCOMPARE(checklist.kind, u"framework"_s);
        QCOMPARE(checklist.language, u"en"_s);
        QCOMPARE(checklist.title.en, u"Sample Security and Privacy Controls (OSCAL catalog test data)"_s);
        QCOMPARE(checklist.itemCount(), 10);
        QStringList chapters;
        for (const ChecklistChapter& chapter : checklist.chapters)
            chapters << chapter.number % u' ' % chapter.title.en;
        QCOMPARE(chapters, (QStringList{u"AC Access Control"_s, u"AU Audit and Accountability"_s,
                                        u"PT-NOTICE PII Processing and Transparency | Notice"_s}));
        QStringList ids;
        for (const ChecklistItem* item : checklist.items())
            ids << item->id;
        QCOMPARE(ids, (QStringList{u"AC-1"_s, u"AC-2"_s, u"AC-2(1)"_s, u"AC-2(3)"_s, u"AC-2(10)"_s, u"AC-13"_s,
                                   u"AU-2"_s, u"AU-2(3)"_s, u"AU-6"_s, u"PT-5"_s}));
        // AC-2 and its enhancements are one section.
        QCOMPARE(checklist.chapters[0].sections[1].number, u"AC-2"_s);
        QCOMPARE(checklist.chapters[0].sections[1].title.en, u"Account Management"_s);
        QCOMPARE(checklist.chapters[0].sections[1].items.size(), 4);
        const ChecklistItem* enhancement = itemById(checklist, u"AC-2(1)"_s);
        QCOMPARE(enhancement->question.en, u"Account Management | Automated System Account Management"_s);
        QVERIFY(enhancement->question.ja.isEmpty());
        QVERIFY(enhancement->roles.isEmpty());
        QVERIFY(enhancement->evidence.isEmpty());
        QCOMPARE(enhancement->ref, u"AC-2(1)"_s);
        QCOMPARE(enhancement->level, u"organisation"_s);
        // An English-only checklist shows its English in a Japanese application too.
        QCOMPARE(enhancement->question.in(u"ja"_s), enhancement->question.en);
    }

    void rendersStatementsAsNistPrintsThem_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("source");
        QTest::newRow("nested items, assignment and selection")
            << u"AC-1"_s
            << u"a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:\n"
               "1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] "
               "access control policy that:\n"
               "(a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among "
               "organizational entities, and compliance; and\n"
               "(b) Is consistent with applicable laws, executive orders, directives, regulations, policies, "
               "standards, and guidelines; and\n"
               "2. Procedures to facilitate the implementation of the access control policy and the associated "
               "access controls;\n"
               "b. Designate an [Assignment: organization-defined official] to manage the development, "
               "documentation, and dissemination of the access control policy and procedures; and\n"
               "c. Review and update the current access control policy [Assignment: organization-defined "
               "frequency]."_s;
        QTest::newRow("guidelines as the assignment")
            << u"AC-2"_s
            << u"a. Define and document the types of accounts allowed and specifically prohibited for use within "
               "the system;\n"
               "b. Require [Assignment: organization-defined prerequisites and criteria] for group and role "
               "membership;\n"
               "c. Notify account managers within [Assignment: organization-defined time period for notifying "
               "account managers] when accounts are no longer required; and\n"
               "k. Establish and implement a process for changing shared or group account authenticators (if "
               "deployed) when individuals are removed from the group."_s;
        QTest::newRow("enhancement's prose, a choice that inserts a parameter")
            << u"AC-2(3)"_s
            << u"Disable accounts within [Assignment: organization-defined time period] when the accounts: "
               "[Selection (one or more): have expired; are no longer associated with a user or individual; have "
               "been inactive for [Assignment: organization-defined time period]]."_s;
        QTest::newRow("one choice") << u"AU-2"_s
                                    << u"a. Identify the types of events that the system is capable of logging in "
                                       "support of the audit function: [Assignment: organization-defined event "
                                       "types that the system is capable of logging];\n"
                                       "b. Review and update the event types selected for logging [Selection: "
                                       "daily; weekly]."_s;
        QTest::newRow("withdrawn, incorporated into a statement item")
            << u"AC-2(10)"_s << u"[Withdrawn: Incorporated into AC-2k.]"_s;
        QTest::newRow("withdrawn, incorporated into two controls")
            << u"AC-13"_s << u"[Withdrawn: Incorporated into AC-2, AU-6.]"_s;
        QTest::newRow("withdrawn, moved") << u"AU-2(3)"_s << u"[Withdrawn: Moved to AU-2.]"_s;
    }
    void rendersStatementsAsNistPrintsThem()
    {
        QFETCH(QString, id);
        QFETCH(QString, source);
        const Checklist checklist = ChecklistReader::readJson(sampleCatalog(), u"c.json"_s).checklist;
        const ChecklistItem* item = itemById(checklist, id);
        QVERIFY(item);
        QCOMPARE(item->source, source);
    }

    void withdrawnControlsAreKept()
    {
        const Checklist checklist = ChecklistReader::readJson(sampleCatalog(), u"c.json"_s).checklist;
        QStringList withdrawn;
        for (const ChecklistItem* item : checklist.items()) {
            if (item->withdrawn)
                withdrawn << item->id;
        }
        QCOMPARE(withdrawn, (QStringList{u"AC-2(10)"_s, u"AC-13"_s, u"AU-2(3)"_s}));
        QCOMPARE(itemById(checklist, u"AC-2(10)"_s)->question.en,
                 u"Account Management | Shared and Group Account Credential Change"_s);
    }

    // A statement longer than the 1,000 characters a municipal clause keeps to (AU-6 here; 42 of NIST's).
    void longStatementsAreRead()
    {
        const Checklist checklist = ChecklistReader::readJson(sampleCatalog(), u"c.json"_s).checklist;
        QVERIFY(itemById(checklist, u"AU-6"_s)->source.size() > 1000);
    }

    // Exported to CSV, XLSX and JSON, the catalog reads back unchanged: withdrawn status, language and kind too.
    void roundTripsThroughEveryFormat()
    {
        const Checklist catalog = ChecklistReader::readJson(sampleCatalog(), u"c.json"_s).checklist;
        const ChecklistReader::Result csv = ChecklistTable::readCsv(ChecklistTable::toCsv(catalog), u"c.csv"_s);
        QVERIFY2(csv.ok(), qPrintable(csv.problems.value(0).toString()));
        QTemporaryDir dir;
        const QString xlsxPath = dir.filePath(u"c.xlsx"_s);
        ChecklistTable::writeXlsx(catalog, xlsxPath);
        const ChecklistReader::Result xlsx = ChecklistTable::readXlsx(xlsxPath);
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.problems.value(0).toString()));
        const ChecklistReader::Result json = ChecklistReader::readJson(ChecklistWriter::toJson(catalog), u"c.json"_s);
        QVERIFY2(json.ok(), qPrintable(json.problems.value(0).toString()));
        for (const ChecklistReader::Result* again : {&csv, &xlsx, &json}) {
            QVERIFY(ChecklistDiff::between(catalog, again->checklist).isEmpty());
            QCOMPARE(again->checklist.kind, u"framework"_s);
            QCOMPARE(again->checklist.language, u"en"_s);
            QCOMPARE(again->checklist.id, catalog.id);
            QCOMPARE(again->checklist.itemCount(), catalog.itemCount());
            QVERIFY(itemById(again->checklist, u"AC-13"_s)->withdrawn);
            QVERIFY(!itemById(again->checklist, u"AC-1"_s)->withdrawn);
        }
    }

    // Told by its content: a catalog saved as .txt (or without a suffix) is read as one, as is a CSV so named.
    void detectedByContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"catalog.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sampleCatalog());
        file.close();
        const ChecklistReader::Result result = ChecklistTable::readAny(path);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.checklist.itemCount(), 10);
        const QString csvPath = dir.filePath(u"catalog"_s);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(ChecklistTable::toCsv(result.checklist));
        csv.close();
        const ChecklistReader::Result fromCsv = ChecklistTable::readAny(csvPath);
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.problems.value(0).toString()));
        QVERIFY(ChecklistDiff::between(result.checklist, fromCsv.checklist).isEmpty());
    }

    void problemsNameTheOscalLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        // Line numbers of the sample catalog.
        QTest::newRow("a control without a title") << QByteArray("\"title\": \"Automated System Account Management\",")
                                                   << QByteArray() << u"243"_s << u"question.en"_s;
        QTest::newRow("an id used twice")
            << QByteArray("\"value\": \"AC-2(3)\"") << QByteArray("\"value\": \"AC-2(1)\"") << u"304"_s << u"id"_s;
        QTest::newRow("an id used twice, at the label NIST prints")
            << QByteArray("\"value\": \"AC-2(10)\"") << QByteArray("\"value\": \"AC-2(1)\"") << u"331"_s << u"id"_s;
        QTest::newRow("an id with a space")
            << QByteArray("\"value\": \"PT-5\"") << QByteArray("\"value\": \"PT 5\"") << u"570"_s << u"id"_s;
        QTest::newRow("a statement longer than 10,000 characters")
            << QByteArray("\"Provide notice to individuals")
            << QByteArray("\"") + QByteArray(10001, 'x') + QByteArray(" Provide notice to individuals") << u"578"_s
            << u"source"_s;
        QTest::newRow("a statement missing") << QByteArray("\"name\": \"statement\",\n                    \"prose\": "
                                                           "\"Support")
                                             << QByteArray("\"name\": \"guidance\",\n                    \"prose\": "
                                                           "\"Support")
                                             << u"243"_s << u"source"_s;
        QTest::newRow("the catalog not an object")
            << QByteArray("\"catalog\": {") << QByteArray("\"catalog\": [], \"x\": {") << u"2"_s << u"catalog"_s;
    }
    void problemsNameTheOscalLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, where);
        QFETCH(QString, field);
        QByteArray json = sampleCatalog();
        QVERIFY(json.contains(from));
        json.replace(from, to);
        const QList<ChecklistProblem> problems = ChecklistReader::readJson(json, u"c.json"_s).problems;
        QVERIFY(!problems.isEmpty() && !problems.first().warning && !problems.first().message.isEmpty());
        QCOMPARE((QStringList{problems.first().file, problems.first().where, problems.first().field}),
                 (QStringList{u"c.json"_s, where, field}));
    }

    // Bounded like every JSON file: refused before it is parsed.
    void hostileCatalogIsRefused()
    {
        QByteArray deep = "{\"catalog\": {\"groups\": ";
        for (int i = 0; i < 200; ++i)
            deep += "[{\"groups\": ";
        deep += "[]";
        QElapsedTimer timer;
        timer.start();
        const ChecklistReader::Result result = ChecklistReader::readJson(deep, u"deep.json"_s);
        QVERIFY(!result.ok());
        QVERIFY(result.problems.first().message.contains(u"64"_s));
        QVERIFY(timer.elapsed() < 2000);
    }

    // NIST SP 800-53 rev5's size: 20 families, 1,189 controls and enhancements. Read, exported to CSV and read
    // back unchanged; the time of each step is printed (speed targets belong to benchmarks, not to this test).
    // NIST SP 800-53 rev5 itself (NIST's OSCAL catalog, tests/data/oscal): every control and enhancement in NIST's
    // order with its label as id, every withdrawn one marked and saying where it went, and unchanged through CSV.
    void theNistCatalog()
    {
        const QByteArray json = nistCatalog();
        QElapsedTimer timer;
        timer.start();
        const ChecklistReader::Result read = ChecklistReader::readJson(json, u"NIST_SP-800-53_rev5_catalog.json"_s);
        const qint64 readMs = timer.restart();
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        const Checklist& checklist = read.checklist;
        QCOMPARE(checklist.id, u"nist-sp-800-53-rev5-catalog"_s);
        QCOMPARE(checklist.kind, u"framework"_s);
        QCOMPARE(checklist.language, u"en"_s);
        QCOMPARE(checklist.chapters.size(), 20);
        QCOMPARE(checklist.chapters.first().number % u' ' % checklist.chapters.first().title.en,
                 u"AC Access Control"_s);
        // What the catalog itself says, read here with nothing but the JSON parser.
        const NistControls expected = nistControls(json);
        QCOMPARE(expected.labels.size(), 1189);
        QCOMPARE(expected.withdrawn.size(), 182);
        QStringList ids;
        QStringList withdrawn;
        int longer = 0;
        for (const ChecklistItem* item : checklist.items()) {
            ids << item->id;
            if (item->withdrawn) {
                withdrawn << item->id;
                QVERIFY2(item->source.startsWith(u"[Withdrawn: "_s), qPrintable(item->id % u": "_s % item->source));
            }
            longer += item->source.size() > 1000 ? 1 : 0;
        }
        QCOMPARE(ids, expected.labels);
        QCOMPARE(withdrawn, expected.withdrawn);
        QVERIFY(longer > 0);
        const ChecklistItem* ac2 = itemById(checklist, u"AC-2"_s);
        QCOMPARE(ac2->question.en, u"Account Management"_s);
        QVERIFY2(ac2->source.startsWith(u"a. Define and document the types of accounts allowed and specifically "
                                        "prohibited for use within the system;"_s),
                 qPrintable(ac2->source));
        QVERIFY2(ac2->source.contains(u"\n1. [Assignment: time period] when accounts are no longer required;\n"_s),
                 qPrintable(ac2->source));
        QCOMPARE(itemById(checklist, u"AC-2(10)"_s)->source, u"[Withdrawn: Incorporated into AC-2k.]"_s);
        QCOMPARE(itemById(checklist, u"CP-10(3)"_s)->source, u"[Withdrawn: Addressed through tailoring.]"_s);
        const QByteArray csv = ChecklistTable::toCsv(checklist);
        const ChecklistReader::Result again = ChecklistTable::readCsv(csv, u"NIST_SP-800-53_rev5_catalog.csv"_s);
        const qint64 csvMs = timer.elapsed();
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
        QVERIFY(ChecklistDiff::between(checklist, again.checklist).isEmpty());
        qInfo("%d controls (%lld withdrawn, %d statements over 1,000 characters) read from %lld bytes of OSCAL in "
              "%lld ms; CSV out and back in %lld ms",
              checklist.itemCount(), static_cast<long long>(withdrawn.size()), longer,
              static_cast<long long>(json.size()), static_cast<long long>(readMs), static_cast<long long>(csvMs));
    }

    // English only: the Japanese may be left out; without "language": "en" it may not.
    void englishOnlyChecklist_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("field"); // empty: valid
        const QString framework = u"\"kind\": \"framework\",\n  \"language\": \"en\""_s;
        const QString frameworkItem = u"{ \"id\": \"GV.OC-01\", \"ref\": \"GV.OC-01\", \"source\": \"The mission is "
                                      "understood.\", \"question\": { \"en\": \"Is the mission understood?\" }, "
                                      "\"level\": \"organisation\" }"_s;
        const QString fullItem = u"{ \"id\": \"x-1\", \"ref\": \"1\", \"source\": \"Text.\", \"question\": { \"ja\": "
                                 "\"\", \"en\": \"Is it done?\" }, \"roles\": [\"ciso\"], \"level\": \"unit\", "
                                 "\"evidence\": [ { \"en\": \"Records\" } ] }"_s;
        QTest::newRow("framework in English") << framework << frameworkItem << QString();
        QTest::newRow("English standards with roles and evidence")
            << u"\"kind\": \"standards\",\n  \"language\": \"en\""_s << fullItem << QString();
        QTest::newRow("roles required outside a framework")
            << u"\"kind\": \"standards\",\n  \"language\": \"en\""_s << frameworkItem << u"roles"_s;
        QTest::newRow("Japanese required without language en")
            << u"\"kind\": \"framework\""_s << frameworkItem << u"ja"_s; // the header's title, first
        QTest::newRow("unknown language")
            << u"\"kind\": \"framework\",\n  \"language\": \"fr\""_s << frameworkItem << u"language"_s;
        QTest::newRow("English still required")
            << framework
            << QString(frameworkItem).replace(u"\"en\": \"Is the mission understood?\""_s, u"\"ja\": \"x\""_s)
            << u"en"_s;
    }
    void englishOnlyChecklist()
    {
        QFETCH(QString, header);
        QFETCH(QString, item);
        QFETCH(QString, field);
        const ChecklistReader::Result result = ChecklistReader::readJson(checklistJson(header, item), u"own.json"_s);
        if (field.isEmpty()) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
            const ChecklistReader::Result again =
                ChecklistReader::readJson(ChecklistWriter::toJson(result.checklist), u"own.json"_s);
            QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
            QCOMPARE(again.checklist.language, u"en"_s);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().field, field);
        QVERIFY(!result.problems.first().where.isEmpty());
    }

    void idRule_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Kansa's own") << u"std-4.2-1-2"_s << true;
        QTest::newRow("NIST control") << u"AC-2"_s << true;
        QTest::newRow("NIST enhancement") << u"AC-2(1)"_s << true;
        QTest::newRow("CSF") << u"GV.OC-01"_s << true;
        QTest::newRow("space") << u"AC 2"_s << false;
        QTest::newRow("starts with a parenthesis") << u"(1)"_s << false;
        QTest::newRow("slash") << u"a/b"_s << false;
    }
    void idRule()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        const QString item = u"{ \"id\": \"%1\", \"ref\": \"1\", \"source\": \"Text.\", \"question\": { \"en\": "
                             "\"Is it done?\" }, \"level\": \"organisation\" }"_s.arg(id);
        const ChecklistReader::Result result = ChecklistReader::readJson(
            checklistJson(u"\"kind\": \"framework\",\n  \"language\": \"en\""_s, item), u"own.json"_s);
        QCOMPARE(result.ok(), valid);
        if (!valid) {
            QCOMPARE(result.problems.first().field, u"id"_s);
            QCOMPARE(result.problems.first().where, u"18"_s);
        }
    }

    void sourceLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1,001") << 1001 << true;
        QTest::newRow("10,000") << 10000 << true;
        QTest::newRow("10,001") << 10001 << false;
    }
    void sourceLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        const QString item = u"{ \"id\": \"x-1\", \"ref\": \"1\", \"source\": \"%1\", \"question\": { \"en\": \"Is it "
                             "done?\" }, \"level\": \"organisation\" }"_s.arg(QString(length, u'a'));
        const ChecklistReader::Result result = ChecklistReader::readJson(
            checklistJson(u"\"kind\": \"framework\",\n  \"language\": \"en\""_s, item), u"own.json"_s);
        QCOMPARE(result.ok(), valid);
        if (!valid)
            QCOMPARE(result.problems.first().field, u"source"_s);
    }

    // A quote inside a value that is not quoted, or after a closing quote, is a problem at its line and column.
    void strayQuotesInCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("inside an unquoted value") << QByteArray("a,b,c\n1,abc\"def,3\n") << 2 << 2;
        QTest::newRow("at the end of an unquoted value") << QByteArray("a,b,c\n1,2,abc\"\n") << 2 << 3;
        QTest::newRow("after a closing quote") << QByteArray("a,b\n1,\"x\" \"\n") << 2 << 2;
        QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << 1;
        QTest::newRow("on a later line of a quoted value") << QByteArray("a,b\n\"line\none\",2\n3,4\"\n") << 4 << 2;
    }
    void strayQuotesInCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        const CsvReader::Result result = CsvReader::read(csv);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, line);
        QCOMPARE(result.problems.first().column, column);
        // Quoted as RFC 4180 has it, the same text is read.
        QCOMPARE(CsvReader::read("a\n\"abc\"\"def\"\n").records.value(1).fields, QStringList{u"abc\"def"_s});
    }

    void strayQuoteInAChecklistCsvNamesLineAndColumn()
    {
        const Checklist catalog = ChecklistReader::readJson(sampleCatalog(), u"c.json"_s).checklist;
        QByteArray csv = ChecklistTable::toCsv(catalog);
        const qsizetype at = csv.indexOf("AC-2(1),AC-2(1)");
        QVERIFY(at > 0);
        csv.replace(at, 15, "AC-2(1),AC\"2(1)");
        const ChecklistReader::Result result = ChecklistTable::readCsv(csv, u"c.csv"_s);
        QVERIFY(!result.ok());
        const int line = static_cast<int>(csv.left(at).count('\n')) + 1;
        QCOMPARE(result.problems.first().where, u"%1:8"_s.arg(line)); // 条項, the 8th column
    }

    // Random edits of a catalog and of its CSV never crash: each gives problems or a checklist that is valid.
    void fuzz()
    {
        QRandomGenerator random(20261204);
        const QByteArray json = sampleCatalog();
        const QByteArray csv = ChecklistTable::toCsv(ChecklistReader::readJson(json, u"c.json"_s).checklist);
        auto mangle = [&random](const QByteArray& bytes) { return randomlyEdited(random, bytes); };
        int refused = 0;
        for (int round = 0; round < 300; ++round) {
            for (const ChecklistReader::Result& result : {ChecklistReader::readJson(mangle(json), u"x.json"_s),
                                                          ChecklistTable::readCsv(mangle(csv), u"x.csv"_s)}) {
                if (!result.ok()) {
                    ++refused;
                    QVERIFY(!result.problems.first().message.isEmpty());
                } else {
                    // What was accepted is a checklist that reads back as it is.
                    const ChecklistReader::Result again =
                        ChecklistReader::readJson(ChecklistWriter::toJson(result.checklist), u"again.json"_s);
                    QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
                }
            }
        }
        QVERIFY(refused > 100);
    }
};

QTEST_GUILESS_MAIN(TestOscalCatalog)
#include "test_oscal_catalog.moc"
