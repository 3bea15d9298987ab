#include "RandomEdits.h"
#include "TestDatabase.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistTreeModel.h"
#include "checklist/ChecklistWriter.h"
#include "checklist/ObligationCoverage.h"
#include "common/Error.h"
#include "exchange/JsonBounds.h"
#include "exchange/XlsxReader.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QString dataFile(const QString& name)
{
    return qEnvironmentVariable("KANSA_DATA_DIR") % u'/' % name;
}

// Every "source" quote in the shipped checklists, as the obligation rule collects them.
QStringList shippedSources()
{
    QStringList sources;
    std::function<void(const QJsonValue&)> walk = [&](const QJsonValue& value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == u"source"_s && it.value().isString())
                    sources << it.value().toString();
                else
                    walk(it.value());
            }
        } else if (value.isArray()) {
            for (const QJsonValue& element : value.toArray())
                walk(element);
        }
    };
    QDirIterator files(u":/checklists"_s, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            walk(QJsonDocument::fromJson(file.readAll()).object());
    }
    return sources;
}

QByteArray minimalChecklist(const QString& id, const QString& itemsJson)
{
    return (uR"json({
  "format": "kansa-checklist",
  "id": "%1",
  "version": 1,
  "kind": "standards",
  "title": { "ja": "独自基準", "en": "Own standards" },
  "documents": [ { "id": "own", "title": "独自の対策基準", "layer": "standards" } ],
  "chapters": [
    {
      "number": "1",
      "title": { "ja": "組織体制", "en": "Organisation" },
      "sections": [
        {
          "number": "1(1)",
          "title": { "ja": "体制", "en": "Structure" },
          "items": [%2]
        }
      ]
    }
  ]
}
)json"_s.arg(id, itemsJson))
        .toUtf8();
}

QString item(const QString& id, const QString& question = u"CISOを置いているか。"_s,
             const QString& source = u"村長をCISOとする。"_s, const QString& ref = u"1(1)①"_s, bool priority = false)
{
    return uR"json(
            {
              "id": "%1",
              "ref": "%4",
              "source": "%3",
              "question": { "ja": "%2", "en": "Is there a CISO?" },
              "roles": ["ciso"],
              "level": "organisation",
              "evidence": [ { "ja": "規程", "en": "Rules" } ]%5
            })json"_s.arg(id, question, source, ref, priority ? u",\n              \"priority\": true"_s : QString());
}

} // namespace

class TestChecklists final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Not even a warning: no question phrased negatively, no unknown role.
    void everyShippedChecklistValidates()
    {
        QList<ChecklistReader::Result> results;
        for (const QString& file : ChecklistReader::shippedFiles()) {
            results << ChecklistReader::readFile(file);
            for (const ChecklistProblem& problem : results.last().problems)
                qWarning("%s", qPrintable(problem.toString()));
            QVERIFY2(results.last().problems.isEmpty(), qPrintable(file));
        }
        QCOMPARE(results.size(), 5);
        const QList<ChecklistProblem> cross = ChecklistReader::crossCheck(results);
        QVERIFY2(cross.isEmpty(), qPrintable(cross.value(0).toString()));
        QHash<QString, int> items;
        for (const ChecklistReader::Result& result : results)
            items.insert(result.checklist.id, result.checklist.itemCount());
        QCOMPARE(items.value(u"yomogita-standards"_s), 522);
        QVERIFY(items.value(u"staff-self-inspection"_s) >= 40 && items.value(u"staff-self-inspection"_s) <= 60);
    }

    void standardsHaveEveryChapterAndSection()
    {
        const Checklist standards = ChecklistReader::readFile(u":/checklists/standards/checklist.json"_s).checklist;
        QStringList chapters;
        QStringList sections;
        for (const ChecklistChapter& chapter : standards.chapters) {
            chapters << chapter.number;
            QVERIFY(!chapter.title.ja.isEmpty() && !chapter.title.en.isEmpty());
            for (const ChecklistSection& section : chapter.sections) {
                sections << section.number;
                QVERIFY2(!section.items.isEmpty(), qPrintable(section.number));
            }
        }
        QCOMPARE(chapters, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s}));
        for (const QString& section : {u"4.1"_s, u"4.2"_s, u"4.3"_s, u"4.4"_s, u"5.1"_s, u"5.2"_s, u"5.3"_s, u"5.4"_s,
                                       u"6.1"_s, u"6.2"_s, u"6.3"_s, u"6.4"_s, u"6.5"_s, u"6.6"_s, u"7.1"_s, u"7.2"_s,
                                       u"7.3"_s, u"7.4"_s, u"7.5"_s, u"7.6"_s, u"8.1"_s, u"8.2"_s, u"8.3"_s, u"8.4"_s})
            QVERIFY2(sections.contains(section), qPrintable(section));
    }

    void coverage_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("obligations");
        QTest::newRow("standards") << u"seeds/003_88c7ae5348c9ff53.txt"_s << 427;
        QTest::newRow("SMS procedure") << u"seeds/000_2dd644dbcbc10a08.txt"_s << 15;
    }
    // The obligation rule over the seed policies: every obligation must be covered (the issue asks 98%).
    void coverage()
    {
        QFETCH(QString, seed);
        QFETCH(int, obligations);
        QFile file(dataFile(seed));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList duties = ObligationCoverage::obligations(QString::fromUtf8(file.readAll()));
        QCOMPARE(duties.size(), obligations);
        const QStringList sources = ObligationCoverage::normaliseSources(shippedSources());
        QStringList uncovered;
        for (const QString& duty : duties) {
            if (!ObligationCoverage::covered(duty, sources))
                uncovered << duty;
        }
        const double percent = 100.0 * (duties.size() - uncovered.size()) / duties.size();
        qInfo("%s: %lld of %lld obligations covered (%.1f%%)", qPrintable(seed), duties.size() - uncovered.size(),
              duties.size(), percent);
        QVERIFY2(percent >= 98.0, qPrintable(uncovered.join(u'\n')));
    }

    void readerReportsProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed JSON") << QByteArray("{\n  \"format\": \"kansa-checklist\",\n  \"id\" \"x\"\n}\n")
                                        << u"3"_s << QString();
        QTest::newRow("unknown key") << minimalChecklist(
                                            u"own"_s,
                                            item(u"own-1"_s).replace(u"\"level\""_s, u"\"colour\": 1, \"level\""_s))
                                     << u"23"_s << u"colour"_s;
        QByteArray missing = minimalChecklist(u"own"_s, item(u"own-1"_s));
        missing.replace("\"ref\": \"1(1)①\",", "");
        QTest::newRow("missing field") << missing << u"17"_s << u"ref"_s; // the item's opening line
        QTest::newRow("empty question") << minimalChecklist(u"own"_s, item(u"own-1"_s, QString())) << u"21"_s
                                        << u"question.ja"_s;
        QTest::newRow("duplicate id") << minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % item(u"own-1"_s))
                                      << u"27"_s << u"id"_s;
        QTest::newRow("bad level") << minimalChecklist(
                                          u"own"_s, item(u"own-1"_s).replace(u"\"organisation\""_s, u"\"everyone\""_s))
                                   << u"23"_s << u"level"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"1"_s << QString();
    }
    void readerReportsProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, field);
        const ChecklistReader::Result result = ChecklistReader::readJson(json, u"own.json"_s);
        QVERIFY(!result.ok());
        const ChecklistProblem& problem = result.problems.first();
        QCOMPARE(problem.file, u"own.json"_s);
        QCOMPARE(problem.where, where);
        QCOMPARE(problem.field, field);
        QVERIFY(!problem.message.isEmpty());
    }

    // ○ 実施している must be the good answer: a question ending in a negative is flagged, a negative inside it is not.
    void negativeQuestionIsFlagged_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("していないか") << u"職員等がIDを他人に利用させていないか。"_s << true;
        QTest::newRow("していませんか") << u"IDを他人に利用させていませんか。"_s << true;
        QTest::newRow("ないか without 。") << u"SMSが業務以外の目的で使用されていないか"_s << true;
        QTest::newRow("second sentence") << u"IDを管理しているか。他人に利用させていないか。"_s << true;
        QTest::newRow("せずに…ていますか") << u"電子メールの自動転送を設定せずに利用していますか。"_s << false;
        QTest::newRow("ないようにしているか") << u"IDを他人に利用させないようにしているか。"_s << false;
        QTest::newRow("ないか inside") << u"不要なアクセス権限が付与されていないか、定期的に確認しているか。"_s
                                       << false;
        QTest::newRow("できないように") << u"他課室のファイルを閲覧できないように設定しているか。"_s << false;
    }
    void negativeQuestionIsFlagged()
    {
        QFETCH(QString, question);
        QFETCH(bool, flagged);
        const ChecklistReader::Result result =
            ChecklistReader::readJson(minimalChecklist(u"own"_s, item(u"own-1"_s, question)), u"own.json"_s);
        if (!flagged) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
            return;
        }
        QCOMPARE(result.problems.size(), 1);
        const ChecklistProblem& problem = result.problems.first();
        QVERIFY(problem.warning);
        QCOMPARE(problem.where, u"21"_s);
        QCOMPARE(problem.field, u"question.ja"_s);
        QVERIFY2(problem.message.contains(u"own-1"_s), qPrintable(problem.message));
        // A warning: an older stored version or an own checklist with such a question still reads.
        QVERIFY(result.ok());
    }

    // A quote joining a list's lead-in to one of its items keeps the item's marker, which shows the elision.
    void joinedQuoteKeepsTheItemsMarker_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("flagged");
        const QString leadIn =
            u"統括情報セキュリティ責任者は、不正プログラム対策として、次の事項を措置しなければならない。"_s;
        QTest::newRow("with ⑦") << leadIn + u"⑦サポートが終了したソフトウェアを利用してはならない。"_s << false;
        QTest::newRow("with (ア)") << leadIn + u"(ア)不正プログラム対策ソフトウェアを導入すること。"_s << false;
        QTest::newRow("without") << leadIn + u"サポートが終了したソフトウェアを利用してはならない。"_s << true;
        QTest::newRow("次の各号") << u"次の各号に掲げる者を置く。CISOは村長とする。"_s << true;
        QTest::newRow("a list quoted whole")
            << u"対象とする職員等は、次のとおりとする。正規職員、任期付職員"_s << false;
        QTest::newRow("the lead-in alone") << leadIn << false;
    }
    void joinedQuoteKeepsTheItemsMarker()
    {
        QFETCH(QString, source);
        QFETCH(bool, flagged);
        const ChecklistReader::Result result = ChecklistReader::readJson(
            minimalChecklist(u"own"_s, item(u"own-1"_s, u"CISOを置いているか。"_s, source)), u"own.json"_s);
        QVERIFY(result.ok());
        if (!flagged) {
            QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
            return;
        }
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().warning);
        QCOMPARE(result.problems.first().field, u"source"_s);
        QVERIFY(result.problems.first().message.contains(u"own-1"_s));
    }

    // The import of a table goes through the same check, naming the cell.
    void negativeQuestionInATable()
    {
        const ChecklistReader::Result result = ChecklistTable::readCsv(
            u"#id,own\n章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英)\n"
            "1,体制,Org,1(1),体制,Str,own-1,1,引用,IDを共有していないか。,Q?,staff,unit,記録,Record\n"_s.toUtf8(),
            u"own.csv"_s);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().warning);
        QCOMPARE(result.problems.first().where, u"3"_s);
        QCOMPARE(result.problems.first().field, u"question.ja"_s);
    }

    // Items split from one clause, and the same duty quoted under two clauses, are marked priority alike.
    void prioritySiblingsMarkedAlike()
    {
        const auto quoted = [](const QString& id, const QString& ref, const QString& source, bool priority) {
            return item(id, u"措置しているか。"_s, source, ref, priority);
        };
        const QString lead = u"統括情報セキュリティ責任者は、次の事項を措置しなければならない。"_s;
        const QString patterns = u"パターンファイルは、常に最新の状態に保たなければならない。"_s;
        const QString items =
            quoted(u"own-1"_s, u"6.4(1)"_s, lead % u"⑤"_s % patterns, true) % u","_s %
            quoted(u"own-2"_s, u"6.4(1)"_s, lead % u"⑦サポートが終了したソフトウェアを利用してはならない。"_s, false) %
            u","_s %
            quoted(u"own-3"_s, u"6.4(2)"_s, u"情報システム管理者は、次の事項を措置しなければならない。②"_s % patterns,
                   false) %
            u","_s % quoted(u"own-4"_s, u"6.4(3)"_s, u"職員等は、端末を施錠しなければならない。"_s, false);
        const ChecklistReader::Result result =
            ChecklistReader::readJson(minimalChecklist(u"own"_s, items), u"own.json"_s);
        QVERIFY(result.ok());
        QCOMPARE(result.problems.size(), 2);
        QStringList flagged;
        for (const ChecklistProblem& problem : result.problems) {
            QVERIFY(problem.warning);
            QCOMPARE(problem.field, u"priority"_s);
            QVERIFY2(problem.message.contains(u"own-1"_s), qPrintable(problem.message));
            flagged << problem.message.section(u' ', 0, 0);
        }
        QCOMPARE(flagged, (QStringList{u"own-2"_s, u"own-3"_s}));
    }

    void unknownRoleIsFlagged()
    {
        const ChecklistReader::Result result = ChecklistReader::readJson(
            minimalChecklist(u"own"_s, item(u"own-1"_s).replace(u"[\"ciso\"]"_s, u"[\"ciso\", \"mayor\"]"_s)),
            u"own.json"_s);
        QCOMPARE(result.problems.size(), 1);
        const ChecklistProblem& problem = result.problems.first();
        QVERIFY(!result.ok()); // the role would be lost: not imported
        QCOMPARE(problem.where, u"22"_s);
        QCOMPARE(problem.field, u"roles"_s);
        QVERIFY2(problem.message.contains(u"mayor"_s), qPrintable(problem.message));
        QCOMPARE(result.checklist.items().value(0)->roles, QStringList{u"ciso"_s});
    }

    void unknownReferenceAcrossChecklists()
    {
        QString referring = item(u"own-2"_s);
        referring.replace(u"\"level\""_s, u"\"derived_from\": [\"std-99-1\"], \"level\""_s);
        const QList<ChecklistReader::Result> results{
            ChecklistReader::readJson(minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % referring), u"a.json"_s)};
        const QList<ChecklistProblem> problems = ChecklistReader::crossCheck(results);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, u"derived_from"_s);
        QCOMPARE(problems.first().file, u"a.json"_s);
        QVERIFY(problems.first().message.contains(u"std-99-1"_s));
    }

    void writerRoundTrip()
    {
        const Checklist standards = ChecklistReader::readFile(u":/checklists/standards/checklist.json"_s).checklist;
        const ChecklistReader::Result again = ChecklistReader::readJson(ChecklistWriter::toJson(standards), u"x"_s);
        QVERIFY(again.ok());
        QVERIFY(ChecklistDiff::between(standards, again.checklist).isEmpty());
        QCOMPARE(again.checklist.chapters.size(), standards.chapters.size());
        QCOMPARE(again.checklist.chapters[5].obligations, 183);
    }

    void tableRoundTrips()
    {
        const Checklist standards = ChecklistReader::readFile(u":/checklists/standards/checklist.json"_s).checklist;
        const ChecklistReader::Result csv = ChecklistTable::readCsv(ChecklistTable::toCsv(standards), u"s.csv"_s);
        QVERIFY2(csv.ok(), qPrintable(csv.problems.value(0).toString()));
        QVERIFY(ChecklistDiff::between(standards, csv.checklist).isEmpty());
        QCOMPARE(csv.checklist.id, standards.id);
        QCOMPARE(csv.checklist.title, standards.title);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"standards.xlsx"_s);
        ChecklistTable::writeXlsx(standards, path);
        const ChecklistReader::Result xlsx = ChecklistTable::readXlsx(path);
        QVERIFY2(xlsx.ok(), qPrintable(xlsx.problems.value(0).toString()));
        QVERIFY(ChecklistDiff::between(standards, xlsx.checklist).isEmpty());
        QCOMPARE(xlsx.checklist.itemCount(), 522);
    }

    void csvShiftJisCrlfWithoutSettings()
    {
        const QString csv =
            u"章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英),重点\r\n"
            "1,組織体制,Organisation,1(1),体制,Structure,own-1,第1条,村長をCISOとする。,"
            "CISOを置いているか。,Is there a CISO?,最高情報セキュリティ責任者,組織全体,規程;任命書,"
            "Rules;Appointment,○\r\n"_s;
        QStringEncoder sjis("CP932");
        const QByteArray bytes = sjis(csv);
        const ChecklistReader::Result result = ChecklistTable::readCsv(bytes, u"/tmp/独自 基準.csv"_s);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        const ChecklistItem& item = *result.checklist.items().first();
        QCOMPARE(item.roles, QStringList{u"ciso"_s});
        QCOMPARE(item.level, u"organisation"_s);
        QCOMPARE(item.evidence.size(), 2);
        QCOMPARE(item.evidence[1].en, u"Appointment"_s);
        QVERIFY(item.priority);
        QCOMPARE(result.checklist.title.ja, u"独自 基準"_s); // no #title: the file name
    }

    void tableProblemsNameTheCell_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("field");
        const QString heading =
            u"#id,own\n章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英)\n"_s;
        const QString good = u"1,体制,Org,1(1),体制,Str,own-1,1,引用,質問か。,Q?,staff,unit,記録,Record\n"_s;
        QTest::newRow("missing column") << u"章,章名\n1,体制\n"_s << u"1"_s << u"章名(英)"_s;
        QTest::newRow("bad level") << (heading + good +
                                       u"1,体制,Org,1(1),体制,Str,own-2,1,引用,質問か。,Q?,staff,全員,記録,Record\n"_s)
                                   << u"4"_s << u"level"_s;
        QTest::newRow("unknown role")
            << (heading + u"1,体制,Org,1(1),体制,Str,own-1,1,引用,質問か。,Q?,社長,unit,記録,Record\n"_s) << u"3"_s
            << u"roles"_s;
        QTest::newRow("empty question") << (heading +
                                            u"1,体制,Org,1(1),体制,Str,own-1,1,引用,,Q?,staff,unit,記録,Record\n"_s)
                                        << u"3"_s << u"question.ja"_s;
        QTest::newRow("duplicate id") << (heading + good + good) << u"4"_s << u"id"_s;
        QTest::newRow("unknown setting") << (u"#colour,red\n"_s + heading + good) << u"1"_s << QString();
    }
    void tableProblemsNameTheCell()
    {
        QFETCH(QString, csv);
        QFETCH(QString, where);
        QFETCH(QString, field);
        const ChecklistReader::Result result = ChecklistTable::readCsv(csv.toUtf8(), u"own.csv"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().where, where);
        QCOMPARE(result.problems.first().field, field);
    }

    void xlsxThatWouldFillTheMemoryIsRefused()
    {
        QTemporaryDir dir;
        const auto workbook = [&](const QString& name, const QByteArray& sheet, const QByteArray& strings) {
            const QString path = dir.filePath(name);
            zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
            const std::pair<const char*, QByteArray> parts[] = {
                {"xl/workbook.xml",
                 "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                 "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                 "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
                {"xl/_rels/workbook.xml.rels",
                 "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                {"xl/worksheets/sheet1.xml", sheet},
                {"xl/sharedStrings.xml", strings}};
            for (const auto& [part, content] : parts) {
                zipOpenNewFileInZip64(zip, part, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 9, 0);
                zipWriteInFileInZip(zip, content.constData(), static_cast<unsigned>(content.size()));
                zipCloseFileInZip(zip);
            }
            zipClose(zip, nullptr);
            return path;
        };
        // 10,000 rows with one cell each at column XFD: 164 million cells once padded.
        QByteArray wide = "<worksheet><sheetData>";
        for (int r = 1; r <= 10000; ++r)
            wide += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                    "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
        wide += "</sheetData></worksheet>";
        // A million and one empty shared strings.
        const QByteArray many = "<sst>" + QByteArray("<si><t/></si>").repeated(1'000'001) + "</sst>";
        // 100 MB of spaces.
        const QByteArray spaces = "<worksheet>" + QByteArray(100 * 1024 * 1024, ' ') + "</worksheet>";
        const QByteArray noStrings = "<sst/>";
        const QByteArray noCells = "<worksheet><sheetData/></worksheet>";
        for (const QString& path : {workbook(u"wide.xlsx"_s, wide, noStrings), workbook(u"many.xlsx"_s, noCells, many),
                                    workbook(u"spaces.xlsx"_s, spaces, noStrings)}) {
            QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024); // small files, all of them
            try {
                XlsxReader::read(path);
                QFAIL(qPrintable(path + u" was read"_s));
            } catch (const Error& error) {
                QVERIFY2(error.message().contains(path) && error.message().contains(u"larger"_s),
                         qPrintable(error.message()));
            }
        }
        // Read as a checklist, the same is a problem named by the file.
        const ChecklistReader::Result result = ChecklistTable::readXlsx(dir.filePath(u"wide.xlsx"_s));
        QVERIFY(!result.ok());
    }

    // JSON that would take gigabytes to parse is refused before it is parsed, naming the limit and the line.
    void hostileJsonIsRefusedQuickly()
    {
        QTemporaryDir dir;
        struct Bomb
        {
            const char* name;
            QByteArray bytes;
            const char* limit;
        };
        // A 50 MB array of numbers; 3 million values in 6 MB; 10,000 nested arrays.
        const QList<Bomb> bombs{
            {"huge.json", "{\"format\": \"kansa-checklist\", \"x\": [" + QByteArray("1,").repeated(25'000'000) + "1]}",
             "MB"},
            {"many.json", "{\"x\": [" + QByteArray("0,").repeated(3'000'000) + "0]}", "values"},
            {"deep.json", QByteArray("[").repeated(10000) + QByteArray("]").repeated(10000), "levels"},
        };
        QElapsedTimer timer;
        for (const Bomb& bomb : bombs) {
            const QString path = dir.filePath(QString::fromLatin1(bomb.name));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bomb.bytes);
            file.close();
            timer.start();
            const ChecklistReader::Result result = ChecklistReader::readFile(path);
            QVERIFY(timer.elapsed() < 10'000); // far less on any machine: one pass, no parse
            QVERIFY(!result.ok());
            const QString problem = result.problems.constFirst().toString();
            QVERIFY2(problem.contains(QLatin1StringView(bomb.limit)) && problem.contains(path), qPrintable(problem));
            // Given as bytes (an import of pasted text), the same.
            QVERIFY(!ChecklistReader::readJson(bomb.bytes, path).ok());
        }
        // Strings may hold brackets and commas: a real checklist passes.
        QFile shipped(u":/checklists/staff-self-inspection.json"_s);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QVERIFY(!JsonBounds::exceeded(shipped.readAll()).has_value());
        QVERIFY(!JsonBounds::exceeded("{\"q\": \"[[[[,,,,\\\"]]\"}").has_value());
    }

    void xlsxProblems()
    {
        QTemporaryDir dir;
        // A bad cell names sheet!cell.
        const QString bad = dir.filePath(u"bad.xlsx"_s);
        lxw_workbook* workbook = workbook_new(QFile::encodeName(bad).constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, "項目");
        const QStringList heading{u"章"_s,       u"章名"_s, u"章名(英)"_s, u"節"_s,       u"節名"_s,
                                  u"節名(英)"_s, u"ID"_s,   u"条項"_s,     u"引用"_s,     u"質問"_s,
                                  u"質問(英)"_s, u"役割"_s, u"対象"_s,     u"確認資料"_s, u"確認資料(英)"_s};
        const QStringList row{u"1"_s,   u"体制"_s,  u"Org"_s,        u"1(1)"_s, u"体制"_s,
                              u"Str"_s, u"own-1"_s, u"1"_s,          u"引用"_s, u"質問か。"_s,
                              u"Q?"_s,  u"staff"_s, u"everywhere"_s, u"記録"_s, u"Record"_s};
        for (int c = 0; c < heading.size(); ++c) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), heading[c].toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), row[c].toUtf8().constData(), nullptr);
        }
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
        ChecklistReader::Result result = ChecklistTable::readXlsx(bad);
        QVERIFY(!result.ok());
        QCOMPARE(result.problems.first().where, u"項目!M2"_s);
        QCOMPARE(result.problems.first().field, u"level"_s);

        // A workbook with no sheet, and a file that is no workbook at all.
        const QString empty = dir.filePath(u"empty.xlsx"_s);
        zipFile zip = zipOpen64(QFile::encodeName(empty).constData(), APPEND_STATUS_CREATE);
        QVERIFY(zip);
        const std::pair<const char*, QByteArray> parts[] = {
            {"xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                "<sheets/></workbook>"},
            {"xl/_rels/workbook.xml.rels", "<Relationships/>"}};
        for (const auto& [name, content] : parts) {
            QCOMPARE(zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 0),
                     ZIP_OK);
            QCOMPARE(zipWriteInFileInZip(zip, content.constData(), static_cast<unsigned>(content.size())), ZIP_OK);
            QCOMPARE(zipCloseFileInZip(zip), ZIP_OK);
        }
        QCOMPARE(zipClose(zip, nullptr), ZIP_OK);
        result = ChecklistTable::readXlsx(empty);
        QVERIFY(!result.ok());
        QVERIFY(result.problems.first().message.contains(u"sheet"_s) ||
                result.problems.first().message.contains(u"シート"_s));

        const QString text = dir.filePath(u"text.xlsx"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a zip");
        file.close();
        QVERIFY(!ChecklistTable::readXlsx(text).ok());
    }

    void hundredThousandRows()
    {
        QByteArray csv =
            "#id,big\n章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英)\n";
        for (int i = 0; i < 100000; ++i)
            csv += "1,体制,Org,1(" + QByteArray::number(i / 1000) + "),体制,Str,big-" + QByteArray::number(i) +
                   ",1,引用,質問しているか。,Do you?,staff,unit,記録,Record\n";
        const ChecklistReader::Result result = ChecklistTable::readCsv(csv, u"big.csv"_s);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.checklist.itemCount(), 100000);
        QCOMPARE(result.checklist.chapters.first().sections.size(), 100);
    }

    // Mangled JSON, CSV and XLSX never crash the readers: they answer with problems.
    void fuzz()
    {
        QRandomGenerator random(20261122);
        QFile smsFile(u":/checklists/toin-sms-procedure.json"_s);
        QVERIFY(smsFile.open(QIODevice::ReadOnly));
        const QByteArray json = smsFile.readAll();
        const Checklist sms = ChecklistReader::readJson(json, u"sms.json"_s).checklist;
        const QByteArray csv = ChecklistTable::toCsv(sms);
        QTemporaryDir dir;
        const QString xlsxPath = dir.filePath(u"sms.xlsx"_s);
        ChecklistTable::writeXlsx(sms, xlsxPath);
        QFile xlsxFile(xlsxPath);
        QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
        const QByteArray xlsx = xlsxFile.readAll();
        auto mangle = [&random](const QByteArray& bytes) { return randomlyEdited(random, bytes); };
        int jsonProblems = 0;
        for (int round = 0; round < 200; ++round) {
            jsonProblems += ChecklistReader::readJson(mangle(json), u"x.json"_s).ok() ? 0 : 1;
            ChecklistTable::readCsv(mangle(csv), u"x.csv"_s);
            const QString path = dir.filePath(u"m%1.xlsx"_s.arg(round));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(mangle(xlsx));
            out.close();
            ChecklistTable::readXlsx(path);
        }
        QVERIFY(jsonProblems > 100); // most mangled files are refused, none crashed
    }

    void libraryLoadsShippedOnce()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        QCOMPARE(library.checklists().size(), 5);
        QCOMPARE(library.load(u"yomogita-standards"_s).itemCount(), 522);
        QCOMPARE(ChecklistLibrary::syncShipped(workspace->database()), QStringList());
        // Forgetting which files were synced makes the next sync compare them: still nothing to change.
        workspace->database().exec(u"DELETE FROM schema_info WHERE key = 'shipped_checklists'"_s);
        QCOMPARE(ChecklistLibrary::syncShipped(workspace->database()), QStringList());
        QCOMPARE(library.versions(u"yomogita-standards"_s).size(), 1);
    }

    // An upgrade of Kansa that brings a changed shipped checklist adds a version; the organisation's own
    // checklists, even one that has a shipped id, are left alone.
    void upgradeUpdatesShippedOnly()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Database& db = workspace->database();
        // Make the stored basic policy look older: one item fewer, one question different.
        Checklist older = workspace->checklists().load(u"basic-policy"_s);
        const QString removed = older.chapters[0].sections[0].items.takeLast().id;
        older.chapters[1].sections[0].items[0].question.ja = u"古い質問か。"_s;
        db.exec(u"UPDATE checklist_versions SET content = ? WHERE checklist_id = "
                "(SELECT id FROM checklists WHERE checklist_key = 'basic-policy')"_s,
                {QString::fromUtf8(ChecklistWriter::toJson(older))});
        // The organisation's own SMS checklist happens to carry a shipped id.
        db.exec(u"UPDATE checklists SET origin = 'own' WHERE checklist_key = 'toin-sms-procedure'"_s);
        db.exec(u"DELETE FROM schema_info WHERE key = 'shipped_checklists'"_s);

        QCOMPARE(ChecklistLibrary::syncShipped(db), QStringList{u"basic-policy"_s});
        const QList<ChecklistVersion> versions = workspace->checklists().versions(u"basic-policy"_s);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].added, 1);
        QCOMPARE(versions[1].changed, 1);
        QVERIFY(workspace->checklists().load(u"basic-policy"_s).items().size() == 54);
        QCOMPARE(workspace->checklists().load(u"basic-policy"_s, 1).items().size(), 53);
        QVERIFY(!removed.isEmpty());
        QCOMPARE(workspace->checklists().versions(u"toin-sms-procedure"_s).size(), 1);
    }

    void importVersionsAndDiff()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        const Checklist first =
            ChecklistReader::readJson(minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % item(u"own-2"_s)), u"x"_s)
                .checklist;
        ChecklistLibrary::ImportOutcome outcome = library.importOwn(first);
        QVERIFY(outcome.created);
        QCOMPARE(outcome.version, 1);
        QCOMPARE(outcome.diff.added.size(), 2);
        // The same file again changes nothing.
        outcome = library.importOwn(first);
        QVERIFY(outcome.diff.isEmpty());
        QCOMPARE(library.versions(u"own"_s).size(), 1);
        // A changed file: own-1 changed, own-2 removed, own-3 added.
        const Checklist second =
            ChecklistReader::readJson(
                minimalChecklist(u"own"_s, item(u"own-1"_s, u"CISOを任命しているか。"_s) % u","_s % item(u"own-3"_s)),
                u"x"_s)
                .checklist;
        outcome = library.importOwn(second);
        QCOMPARE(outcome.version, 2);
        QCOMPARE(outcome.diff.added, QStringList{u"own-3"_s});
        QCOMPARE(outcome.diff.changed, QStringList{u"own-1"_s});
        QCOMPARE(outcome.diff.removed, QStringList{u"own-2"_s});
        const QList<ChecklistVersion> versions = library.versions(u"own"_s);
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1].added, 1);
        QCOMPARE(versions[1].removed, 1);
        // Old versions stay as they were.
        QCOMPARE(library.load(u"own"_s, 1).items().at(1)->id, u"own-2"_s);
        QCOMPARE(library.load(u"own"_s).items().at(0)->question.ja, u"CISOを任命しているか。"_s);
        QCOMPARE(workspace->database()
                     .scalar(u"SELECT COUNT(*) FROM checklist_items i JOIN checklist_versions v ON v.id = i.version_id "
                             "JOIN checklists c ON c.id = v.checklist_id WHERE c.checklist_key = 'own'"_s)
                     .toInt(),
                 4);
    }

    void shippedChecklistsAreNotReplacedByImports()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        Checklist shipped = workspace->checklists().load(u"basic-policy"_s);
        shipped.title.ja = u"書き換え"_s;
        QVERIFY_THROWS_EXCEPTION(Error, workspace->checklists().importOwn(shipped));
        QCOMPARE(workspace->checklists().load(u"basic-policy"_s).title.ja,
                 u"情報セキュリティ基本方針 記載内容の確認"_s);
    }

    void copyMakesOwnChecklist()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        library.copy(u"toin-sms-procedure"_s, u"sms-own"_s, {u"SMS手順（独自）"_s, u"SMS procedure (own)"_s});
        const QList<ChecklistEntry> entries = library.checklists();
        const auto copy =
            std::find_if(entries.begin(), entries.end(), [](const ChecklistEntry& e) { return e.key == u"sms-own"_s; });
        QVERIFY(copy != entries.end());
        QCOMPARE(copy->origin, u"own"_s);
        QCOMPARE(copy->basedOn, u"toin-sms-procedure"_s);
        QCOMPARE(copy->itemCount, 27);
        QVERIFY_THROWS_EXCEPTION(Error, library.copy(u"toin-sms-procedure"_s, u"sms-own"_s, {u"a"_s, u"b"_s}));
        QVERIFY_THROWS_EXCEPTION(Error, library.copy(u"toin-sms-procedure"_s, u"Bad Id"_s, {u"a"_s, u"b"_s}));
    }

    void staffCannotChangeTheLibrary()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary staff(workspace->database(), sessionWithRoles({Role::Staff}));
        QCOMPARE(staff.checklists().size(), 5); // reading is allowed
        const Checklist own = ChecklistReader::readJson(minimalChecklist(u"own"_s, item(u"own-1"_s)), u"x"_s).checklist;
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.importOwn(own));
        // Refused before the file is read: a missing file is not looked for.
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.readImport(u"/nonexistent/own.json"_s));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff.copy(u"basic-policy"_s, u"bp-own"_s, {u"a"_s, u"b"_s}));
        QCOMPARE(workspace->checklists().checklists().size(), 5);
    }

    // An import checks ids and derived_from as `kansa-cli checklist validate` does, by the same check; derived_from
    // may point at the library's other checklists (a staff sheet at the shipped standards).
    void importChecksReferencesAsValidateDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where"); // empty: imported
        QTest::addColumn<QString>("field");
        QString known = item(u"own-2"_s);
        known.replace(u"\"level\""_s, u"\"derived_from\": [\"std-4.2-1-2\", \"own-1\"], \"level\""_s);
        QString unknown = item(u"own-2"_s);
        unknown.replace(u"\"level\""_s, u"\"derived_from\": [\"std-99-1\"], \"level\""_s);
        QTest::newRow("JSON pointing at the shipped standards")
            << u"own.json"_s << minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % known) << QString() << QString();
        QTest::newRow("JSON pointing at no item")
            << u"own.json"_s << minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % unknown) << u"32"_s
            << u"derived_from"_s;
        QTest::newRow("JSON with an id twice")
            << u"own.json"_s << minimalChecklist(u"own"_s, item(u"own-1"_s) % u","_s % item(u"own-1"_s)) << u"27"_s
            << u"id"_s;
        const QString heading =
            u"#id,own\n章,章名,章名(英),節,節名,節名(英),ID,条項,引用,質問,質問(英),役割,対象,確認資料,確認資料(英),派生元\n"_s;
        const QString row = u"1,体制,Org,1(1),体制,Str,%1,1,引用,質問か。,Q?,staff,unit,記録,Record,%2\n"_s;
        QTest::newRow("CSV pointing at the shipped standards")
            << u"own.csv"_s << (heading + row.arg(u"own-1"_s, u"std-4.2-1-2"_s)).toUtf8() << QString() << QString();
        QTest::newRow("CSV pointing at no item")
            << u"own.csv"_s << (heading + row.arg(u"own-1"_s, QString()) + row.arg(u"own-2"_s, u"own-9"_s)).toUtf8()
            << u"4"_s << u"derived_from"_s;
        QTest::newRow("CSV with an id twice")
            << u"own.csv"_s << (heading + row.arg(u"own-1"_s, QString()) + row.arg(u"own-1"_s, QString())).toUtf8()
            << u"4"_s << u"id"_s;
    }
    void importChecksReferencesAsValidateDoes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        TestDatabase test;
        auto workspace = test.createOrganisation();
        const ChecklistReader::Result read = workspace->checklists().readImport(path);
        if (where.isEmpty()) {
            QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
            QVERIFY(workspace->checklists().importOwn(read.checklist).created);
            return;
        }
        QVERIFY(!read.ok());
        const auto problem = std::find_if(read.problems.cbegin(), read.problems.cend(),
                                          [](const ChecklistProblem& p) { return !p.warning; });
        QCOMPARE(problem->file, path);
        QCOMPARE(problem->where, where);
        QCOMPARE(problem->field, field);
        // The validator says the same of the file on its own.
        QList<ChecklistReader::Result> alone{ChecklistTable::readAny(path)};
        QList<ChecklistProblem> validated = alone.first().problems + ChecklistReader::crossCheck(alone);
        QVERIFY(std::any_of(validated.cbegin(), validated.cend(),
                            [&](const ChecklistProblem& p) { return p.toString() == problem->toString(); }));
    }

    // An OSCAL catalog goes into the library like any checklist, and its CSV export comes back unchanged.
    void oscalCatalogInTheLibrary()
    {
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        const ChecklistReader::Result read = library.readImport(dataFile(u"oscal/sample-catalog.json"_s));
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        const ChecklistLibrary::ImportOutcome outcome = library.importOwn(read.checklist);
        QVERIFY(outcome.created);
        const Checklist stored = library.load(u"sample-catalog"_s);
        QVERIFY(ChecklistDiff::between(read.checklist, stored).isEmpty());
        QCOMPARE(stored.language, u"en"_s);
        QCOMPARE(stored.kind, u"framework"_s);
        QStringList withdrawn;
        for (const ChecklistItem* item : stored.items()) {
            if (item->withdrawn)
                withdrawn << item->id;
        }
        QCOMPARE(withdrawn, (QStringList{u"AC-2(10)"_s, u"AC-13"_s, u"AU-2(3)"_s}));
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"sample-catalog.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ChecklistTable::toCsv(stored));
        file.close();
        const ChecklistReader::Result again = library.readImport(csv);
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
        QVERIFY(library.importOwn(again.checklist).diff.isEmpty());
        // The browser shows the English and marks what was withdrawn.
        ChecklistTreeModel model;
        model.setChecklist(stored, u"ja"_s);
        const QModelIndex section = model.index(1, 0, model.index(0, 0)); // AC-2
        const QModelIndex withdrawnItem = model.index(3, ChecklistTreeModel::CountColumn, section);
        QCOMPARE(withdrawnItem.siblingAtColumn(ChecklistTreeModel::RefColumn).data().toString(), u"AC-2(10)"_s);
        QVERIFY(!withdrawnItem.data().toString().isEmpty());
        QVERIFY(withdrawnItem.siblingAtColumn(ChecklistTreeModel::TitleColumn)
                    .data()
                    .toString()
                    .contains(u"Shared and Group Account Credential Change"_s));
    }

    // NIST SP 800-53 rev5 (its OSCAL catalog, 1,189 controls) goes into the library with every withdrawn control
    // marked and comes back from its CSV export unchanged; the times are printed, not asserted.
    void nistCatalogInTheLibrary()
    {
        const QString path = dataFile(u"oscal/NIST_SP-800-53_rev5_catalog.json"_s);
        QTemporaryDir dir;
        TestDatabase test;
        auto workspace = test.createOrganisation();
        ChecklistLibrary& library = workspace->checklists();
        QElapsedTimer timer;
        timer.start();
        const ChecklistReader::Result read = library.readImport(path);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        const qint64 readMs = timer.restart();
        QCOMPARE(library.importOwn(read.checklist).diff.added.size(), 1189);
        const qint64 storeMs = timer.restart();
        const Checklist stored = library.load(u"nist-sp-800-53-rev5-catalog"_s);
        QVERIFY(ChecklistDiff::between(read.checklist, stored).isEmpty());
        const QList<const ChecklistItem*> items = stored.items();
        QCOMPARE(std::count_if(items.cbegin(), items.cend(), [](const ChecklistItem* item) { return item->withdrawn; }),
                 182);
        const QString csv = dir.filePath(u"NIST_SP-800-53_rev5_catalog.csv"_s);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write(ChecklistTable::toCsv(stored));
        csvFile.close();
        timer.restart();
        const ChecklistReader::Result again = library.readImport(csv);
        QVERIFY2(again.ok(), qPrintable(again.problems.value(0).toString()));
        QVERIFY(library.importOwn(again.checklist).diff.isEmpty());
        qInfo("OSCAL read %lld ms, stored %lld ms, CSV read and compared %lld ms (%d items)",
              static_cast<long long>(readMs), static_cast<long long>(storeMs), static_cast<long long>(timer.elapsed()),
              stored.itemCount());
    }

    void treeModelSearchAndFilters()
    {
        const Checklist standards = ChecklistReader::readFile(u":/checklists/standards/checklist.json"_s).checklist;
        ChecklistTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecklist(standards, u"ja"_s);
        ChecklistFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto countItems = [&filter] {
            int items = 0;
            for (int c = 0; c < filter.rowCount(); ++c) {
                const QModelIndex chapter = filter.index(c, 0);
                for (int s = 0; s < filter.rowCount(chapter); ++s)
                    items += filter.rowCount(filter.index(s, 0, chapter));
            }
            return items;
        };
        QCOMPARE(countItems(), 522);
        filter.setSearchText(u"パスワード"_s);
        const int password = countItems();
        QVERIFY(password > 10 && password < 100);
        filter.setSearchText(u"PASSWORD"_s); // the English question, case-insensitive
        QVERIFY(countItems() > 10);
        filter.setSearchText(u"4.2(1)②"_s);
        QCOMPARE(countItems(), 1);
        filter.setSearchText(QString());
        filter.setPriorityOnly(true);
        QCOMPARE(countItems(), 149);
        filter.setPriorityOnly(false);
        filter.setLevelFilter(u"system"_s);
        const int system = countItems();
        filter.setRoleFilter(u"system_manager"_s);
        QVERIFY(countItems() <= system && countItems() > 0);
        filter.setSearchText(u"存在しない言葉"_s);
        QCOMPARE(filter.rowCount(), 0);

        // Marks (an audit's results) change only the mark columns; a filter by mark keeps marked items.
        filter.setFilters({});
        QHash<QString, ChecklistTreeModel::Mark> marks;
        marks.insert(u"std-4.2-1-2"_s, {u"non_conforming"_s, u"不適合"_s, u"適合"_s, 0, {}});
        model.setMarks(marks, u"結果"_s, u"前年度"_s);
        model.setMark(u"std-4.1-1"_s, {u"conforming"_s, u"適合"_s, {}, 0, {}});
        filter.setFilters({{}, {}, {}, false, {u"non_conforming"_s}});
        QCOMPARE(countItems(), 1);
        QCOMPARE(model.headerData(ChecklistTreeModel::PreviousColumn, Qt::Horizontal).toString(), u"前年度"_s);
    }
};

QTEST_GUILESS_MAIN(TestChecklists)
#include "test_checklists.moc"
