#include "ResultsFixture.h"
#include "TestDatabase.h"

#include "common/Error.h"
#include "exchange/OutputFile.h"
#include "exchange/XlsxReader.h"
#include "org/OrganisationService.h"
#include "report/DocxWriter.h"
#include "report/OdtWriter.h"
#include "report/ReportOutput.h"
#include "report/ReportPainter.h"
#include "settings/Translations.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unzip.h>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text without white space, so that words wrapped over lines still match.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

std::unique_ptr<Workspace> demoAs(const TestDatabase& test, const QString& login)
{
    std::unique_ptr<Database> db = Database::open(test.spec());
    return Workspace::signIn(db, login, u"kansa-demo"_s);
}

// The parts of an ODT (a zip): name -> content, in the order stored; method 0 = stored.
struct ZipEntry
{
    QString name;
    QByteArray content;
    int method = 0;
};
QList<ZipEntry> unzipAll(const QString& path)
{
    QList<ZipEntry> entries;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return entries;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        unz_file_info64 info;
        char name[512];
        unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
        ZipEntry entry{QString::fromUtf8(name), QByteArray(static_cast<qsizetype>(info.uncompressed_size), '\0'),
                       static_cast<int>(info.compression_method)};
        unzOpenCurrentFile(zip);
        unzReadCurrentFile(zip, entry.content.data(), static_cast<unsigned>(entry.content.size()));
        unzCloseCurrentFile(zip);
        entries << entry;
    }
    unzClose(zip);
    return entries;
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

    TestDatabase m_demo;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::apply(u"ja"_s);
        DemoOrganisation::create(m_demo.spec());
    }

    void everyFindingWithNotesAndEvidenceInThePdf()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const ReportDocument document = chief->reports().auditReport(2026);
        const QString path = m_dir.filePath(u"audit.pdf"_s);
        const int pages = ReportPainter::writePdf(document, path);
        QVERIFY(pages > 10);
        const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));

        FieldworkService& fieldwork = chief->fieldwork();
        const qint64 auditId = chief->audits().audits(2026).last().id;
        const QList<Finding> findings = fieldwork.findings(auditId);
        QVERIFY(findings.size() >= 4);
        const QString systems = chief->audits().audit(auditId).systems;
        QVERIFY(!systems.isEmpty());
        QVERIFY(text.contains(squeezed(systems))); // the scope names the information systems
        QHash<QString, const ChecklistItem*> items;
        for (const ChecklistItem* item : fieldwork.checklist(auditId).items())
            items.insert(item->id, item);
        int evidenceSeen = 0;
        for (const Finding& finding : findings) {
            QVERIFY2(text.contains(squeezed(finding.title)), qPrintable(finding.title));
            // 監査基準 (根拠) quotes the clause of the finding's item.
            QVERIFY2(text.contains(squeezed(items.value(finding.itemKey)->source)), qPrintable(finding.itemKey));
            QVERIFY2(text.contains(squeezed(finding.condition)), qPrintable(finding.condition));
            QVERIFY(text.contains(squeezed(finding.recommendation)));
            const QString notes = fieldwork.result(auditId, finding.unitId, finding.itemKey).notes;
            QVERIFY2(text.contains(squeezed(notes)), qPrintable(notes));
            for (const Evidence& evidence : fieldwork.evidence(auditId, finding.unitId, finding.itemKey)) {
                QVERIFY2(text.contains(squeezed(evidence.description)), qPrintable(evidence.description));
                for (const EvidenceFile& file : evidence.files)
                    QVERIFY(text.contains(squeezed(file.fileName)));
                ++evidenceSeen;
            }
        }
        QVERIFY(evidenceSeen > 0);
        // Searchable: the text holds the ideographs themselves, not look-alike Kangxi radicals.
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
    }

    // The demo reads true: each finding cites the item whose clause it departs from, a major finding's item does not
    // conform, and the units' compliance differs between units and from the year before.
    void theDemoReadsTrue()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        FieldworkService& fieldwork = chief->fieldwork();
        const QHash<QString, QString> itemOf{
            {u"パスワードが付箋で端末に貼られていた"_s, u"std-5.4-3-1"_s},
            {u"サーバ室の鍵の貸出しが記録されていない"_s, u"std-4.2-1-3"_s},
            {u"USBメモリの持出しが記録されていない"_s, u"std-5.1-1-3-b"_s},
            {u"離席時の画面ロックが徹底されていない"_s, u"std-5.1-1-7"_s},
            {u"研修の受講記録の保管方法"_s, u"std-5.2-4"_s},
        };
        int cited = 0;
        for (int year : {2025, 2026}) {
            const qint64 auditId = chief->audits().audits(year).last().id;
            QHash<QString, const ChecklistItem*> items;
            for (const ChecklistItem* item : fieldwork.checklist(auditId).items())
                items.insert(item->id, item);
            for (const Finding& finding : fieldwork.findings(auditId)) {
                QVERIFY2(itemOf.contains(finding.title), qPrintable(finding.title));
                QCOMPARE(finding.itemKey, itemOf.value(finding.title));
                const ChecklistItem* item = items.value(finding.itemKey);
                QVERIFY(finding.criterion.contains(item->source));
                ++cited;
                if (finding.severity != Severity::Major)
                    continue;
                const qint64 scope =
                    item->level == u"organisation"_s ? FieldworkService::OrganisationScope : finding.unitId;
                QCOMPARE(fieldwork.result(auditId, scope, finding.itemKey).result, AuditResult::NonConforming);
                QVERIFY(!fieldwork.evidence(auditId, scope, finding.itemKey).isEmpty());
            }
        }
        QCOMPARE(cited, 6); // with 税務課's, raised from the cross-check of 住民課's screen lock

        const DashboardFigures figures = chief->dashboard().figures(2026);
        QCOMPARE(figures.units.size(), 3);
        QSet<int> rates;
        int better = 0, worse = 0;
        for (const ComplianceFigure& unit : figures.units) {
            QVERIFY2(unit.rate() >= 60 && unit.rate() <= 95, qPrintable(unit.label));
            rates.insert(qRound(unit.rate() * 10));
            better += unit.rate() > unit.previousRate ? 1 : 0;
            worse += unit.rate() < unit.previousRate ? 1 : 0;
        }
        QCOMPARE(rates.size(), 3);
        QVERIFY(better > 0 && worse > 0);
        QCOMPARE(figures.units.first().label, u"総務課"_s); // the weakest, with the major finding
        QVERIFY(figures.units.first().rate() < 75);

        // 3.2 lists every unit of the audit: the two not yet visited as not yet assessed.
        const QList<ExportTable> tables = chief->reports().auditReport(2026, false).tables();
        const ExportTable& units = tables.at(1);
        QCOMPARE(units.rows.size(), 5);
        QCOMPARE(units.rows.at(3).at(4), u"未評価"_s);
        QCOMPARE(units.rows.at(4).at(4), u"未評価"_s);
    }

    void markingAndPageNumbersOnEveryPageWithFontsEmbedded()
    {
        auto ciso = demoAs(m_demo, u"m.omori"_s);
        const QString path = m_dir.filePath(u"remediation.pdf"_s);
        const ReportDocument document = ciso->reports().auditReport(2026);
        const int pages = ReportPainter::writePdf(document, path);
        const QStringList pageTexts = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).split(u'\f');
        QCOMPARE(pageTexts.size() - 1, pages); // pdftotext ends each page with a form feed
        QVERIFY(!document.marking.isEmpty());
        for (int n = 1; n <= pages; ++n) {
            const QString& page = pageTexts[n - 1];
            QVERIFY2(page.count(document.marking) >= 2, qPrintable(u"page "_s % QString::number(n)));
            QVERIFY2(page.contains(u"%1 / %2"_s.arg(n).arg(pages)), qPrintable(u"page "_s % QString::number(n)));
            QVERIFY(page.contains(u"Kansa "_s % QStringLiteral(KANSA_VERSION))); // the version that made it
        }
        const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& font : fonts) {
            QVERIFY2(font.mid(font.indexOf(u"Identity-H"_s) + 10).trimmed().startsWith(u"yes"_s), qPrintable(font));
        }
    }

    void renderingReportsProgressAndCancels()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const ReportDocument document = chief->reports().auditReport(2026);
        const QString path = m_dir.filePath(u"progress.pdf"_s);
        QList<QPair<int, int>> calls;
        const int pages = ReportPainter::writePdf(document, path, [&](int page, int total) {
            calls.append({page, total});
            return true;
        });
        QCOMPARE(calls.size(), 2 * pages); // counted, then painted
        QCOMPARE(calls.at(pages - 1), qMakePair(pages, 0));
        QCOMPARE(calls.last(), qMakePair(pages, pages));
        const QString cancelled = m_dir.filePath(u"cancelled.pdf"_s);
        QVERIFY_THROWS_EXCEPTION(Cancelled, ReportPainter::writePdf(document, cancelled, [](int page, int total) {
                                     return total == 0 || page < 3;
                                 }));
        QVERIFY(!QFile::exists(cancelled)); // nothing half written is left
    }

    void textTallerThanAPageIsNotCutOff()
    {
        ReportDocument document;
        document.title = u"長文"_s;
        document.marking = u"庁内限り"_s;
        QString longText;
        for (int i = 1; i <= 400; ++i)
            longText += u"第%1文。監査の記録は省略せず残す。"_s.arg(i);
        document.addFields({{u"所見"_s, longText}});
        document.addTable({u"表"_s, {u"番号"_s, u"内容"_s}, {{u"1"_s, longText}, {u"2"_s, u"最後の行"_s}}});
        const QString path = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(ReportPainter::writePdf(document, path) >= 4);
        const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
        QCOMPARE(text.count(u"第400文。"_s), 2); // the end of the text, in the field and in the table
        QVERIFY(text.contains(u"最後の行"_s));
    }

    void ratesAndCountsEqualHandComputedFigures()
    {
        ResultsFixture f;
        Workspace workspace(Database::open(f.test.spec()), sessionWithRoles({Role::Ciso}));
        const ReportDocument document = workspace.reports().auditReport(2026, false);
        const QList<ExportTable> tables = document.tables();
        const ExportTable& chapters = tables.first();
        QCOMPARE(chapters.rows.size(), 2);
        QCOMPARE(chapters.rows.first().mid(1), (QStringList{u"3"_s, u"0"_s, u"1"_s, u"75.0"_s, u"50.0"_s, u"+25.0"_s}));
        QCOMPARE(chapters.rows.last().mid(1), (QStringList{u"0"_s, u"1"_s, u"0"_s, u"0.0"_s, u"—"_s, u"—"_s}));
        const ExportTable& units = tables.at(1);
        QCOMPARE(units.rows.first().first(), u"総務課"_s);
        QCOMPARE(units.rows.first().at(4), u"33.3"_s);
        QCOMPARE(units.rows.at(1).at(4), u"100.0"_s);
        // The three units of the audit with nothing assessed are listed after the others, not left out.
        QCOMPARE(units.rows.size(), 5);
        for (qsizetype row = 2; row < units.rows.size(); ++row)
            QCOMPARE(units.rows.at(row).at(4), u"未評価"_s);
        const ExportTable& bySeverity = tables.at(2);
        QCOMPARE(bySeverity.rows.at(0), (QStringList{u"重大"_s, u"0"_s, u"1"_s}));
        QCOMPARE(bySeverity.rows.at(1), (QStringList{u"指摘"_s, u"1"_s, u"1"_s}));
        // The previous year's finding, verified: the last table printed (the lists for export follow it).
        QList<ExportTable> printed;
        for (const ReportBlock& block : document.blocks) {
            if (block.kind == ReportBlock::Kind::Table)
                printed << block.table;
        }
        const ExportTable& carried = printed.last();
        // Every finding in one list for XLSX and CSV.
        QCOMPARE(tables.last().rows.size(), 2);
        QCOMPARE(tables.last().rows.first().at(4), f.x2); // the fixture's findings are titled by their item
        QCOMPARE(carried.rows.size(), 1);
        QCOMPARE(carried.rows.first().at(2), u"確認済"_s);
    }

    void odtIsAValidPackage()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const ReportDocument document = chief->reports().auditReport(2026, false);
        const QString path = m_dir.filePath(u"audit.odt"_s);
        OdtWriter::write(document, path);
        const QList<ZipEntry> entries = unzipAll(path);
        QVERIFY(entries.size() >= 5);
        QCOMPARE(entries.first().name, u"mimetype"_s);
        QCOMPARE(entries.first().method, 0); // stored
        QCOMPARE(entries.first().content, QByteArray("application/vnd.oasis.opendocument.text"));
        QHash<QString, QByteArray> parts;
        for (const ZipEntry& entry : entries)
            parts.insert(entry.name, entry.content);
        for (const QString& xml : {u"content.xml"_s, u"styles.xml"_s, u"meta.xml"_s, u"META-INF/manifest.xml"_s}) {
            QXmlStreamReader reader(parts.value(xml));
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(), qPrintable(xml % u": "_s % reader.errorString()));
        }
        const QString content = QString::fromUtf8(parts.value(u"content.xml"_s));
        for (const Finding& finding : chief->fieldwork().findings(chief->audits().audits(2026).last().id))
            QVERIFY(content.contains(finding.title.toHtmlEscaped()));
        QVERIFY(content.contains(u"table:table-header-rows"_s));
        const QString styles = QString::fromUtf8(parts.value(u"styles.xml"_s));
        QVERIFY(styles.contains(document.marking));
        QVERIFY(styles.contains(u"text:page-number"_s) && styles.contains(u"text:page-count"_s));
        // The header and the footer are one line each, as on the PDF's pages.
        for (const QString& part : {u"style:header"_s, u"style:footer"_s}) {
            const qsizetype start = styles.indexOf(u"<"_s % part % u">"_s);
            const qsizetype end = styles.indexOf(u"</"_s % part % u">"_s);
            QVERIFY(start > 0 && end > start);
            QCOMPARE(styles.mid(start, end - start).count(u"<text:p "_s), 1);
        }
        QVERIFY(parts.contains(u"Pictures/chart1.png"_s));
        // A folder that does not exist is named in the error.
        QVERIFY_THROWS_EXCEPTION(Error, OdtWriter::write(document, m_dir.filePath(u"none/x.odt"_s)));
    }

    // Every text the PDF prints is in the DOCX as python-docx reads it: headings in Word's heading styles,
    // paragraphs, and every table cell; the marking and the page fields in the header and footer.
    void docxReadsBackWithEveryTextOfThePdf_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("audit") << int(ReportKind::Audit);
        QTest::newRow("unit notice") << int(ReportKind::UnitNotice);
        QTest::newRow("remediation") << int(ReportKind::Remediation);
        QTest::newRow("self-inspection") << int(ReportKind::SelfInspection);
    }

    void docxReadsBackWithEveryTextOfThePdf()
    {
        QFETCH(int, kind);
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const qint64 soumu = chief->database().scalar(u"SELECT id FROM units WHERE name = '総務課'"_s).toLongLong();
        const ReportDocument document = chief->reports().build(ReportKind(kind), 2026, soumu);
        const QString path = m_dir.filePath(u"report.docx"_s);
        QCOMPARE(ReportOutput::write(document, u"docx"_s, path), 0);
        const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
        // One line per paragraph (style, tab, text) and per table cell ("cell", tab, text), newlines escaped.
        const QString script = uR"(
import sys, docx
d = docx.Document(sys.argv[1])
out = lambda kind, text: print(kind + '\t' + text.replace('\n', '\\n'))
for p in d.paragraphs: out(p.style.name, p.text)
for t in d.tables:
    for r in t.rows:
        for c in r.cells: out('cell', c.text)
s = d.sections[0]
for p in s.header.paragraphs: out('header', p.text)
for p in s.footer.paragraphs: out('footer', p.text)
)"_s;
        const QStringList lines = run(python, {u"-c"_s, script, path}).split(u'\n');
        QSet<QString> cells;
        QList<QPair<QString, QString>> paragraphs;
        QString header, footer;
        for (const QString& line : lines) {
            const QString style = line.section(u'\t', 0, 0);
            const QString text = line.section(u'\t', 1).replace(u"\\n"_s, u"\n"_s);
            if (style == u"cell"_s)
                cells.insert(text);
            else if (style == u"header"_s)
                header += text;
            else if (style == u"footer"_s)
                footer += text;
            else
                paragraphs.append({style, text});
        }
        auto paragraph = [&](const QString& style, const QString& text) { return paragraphs.contains({style, text}); };
        for (const ReportBlock& block : document.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                QVERIFY2(paragraph(u"Heading "_s % QString::number(block.level), block.text), qPrintable(block.text));
                break;
            case ReportBlock::Kind::Title:
            case ReportBlock::Kind::Centered:
            case ReportBlock::Kind::Paragraph:
            case ReportBlock::Kind::Note:
                QVERIFY2(std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                                     [&](const auto& p) { return p.second == block.text; }),
                         qPrintable(block.text));
                break;
            case ReportBlock::Kind::Table:
            case ReportBlock::Kind::Fields:
                for (const QString& heading : block.table.headers)
                    QVERIFY2(cells.contains(heading), qPrintable(heading));
                for (const QStringList& row : block.table.rows) {
                    for (const QString& cell : row)
                        QVERIFY2(cells.contains(cell), qPrintable(cell));
                }
                break;
            case ReportBlock::Kind::Chart:
            case ReportBlock::Kind::PageBreak:
                break;
            }
        }
        QVERIFY(header.startsWith(document.marking) && header.endsWith(document.title));
        QVERIFY(footer.startsWith(document.marking) && footer.contains(document.organisation));
        // The page number and count are fields that Word and LibreOffice fill in.
        QHash<QString, QByteArray> parts;
        for (const ZipEntry& entry : unzipAll(path))
            parts.insert(entry.name, entry.content);
        const QString footerXml = QString::fromUtf8(parts.value(u"word/footer1.xml"_s));
        QVERIFY(footerXml.contains(u" PAGE "_s) && footerXml.contains(u" NUMPAGES "_s));
        QVERIFY(QString::fromUtf8(parts.value(u"word/document.xml"_s)).contains(u"<w:tblHeader/>"_s) ||
                kind == int(ReportKind::UnitNotice));
    }

    // The preview's pages are the PDF's: the same count, and any page, drawn alone from where its layout stood, has
    // the text of that page of the PDF.
    void previewPagesAreThePdfsPages()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const ReportDocument document = chief->reports().auditReport(2026, true);
        const QString pdf = m_dir.filePath(u"whole.pdf"_s);
        const int pages = ReportPainter::writePdf(document, pdf);
        ReportPages preview(document);
        QCOMPARE(preview.pages(), 0);
        QCOMPARE(preview.count(), pages);
        QCOMPARE(preview.pages(), pages);
        for (const int page : {1, 2, pages / 2, pages - 1, pages}) {
            const QString single = m_dir.filePath(u"page.pdf"_s);
            {
                QPdfWriter writer(single);
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setPageMargins(QMarginsF(0, 0, 0, 0));
                writer.setResolution(150); // a device of another resolution: the page is scaled, not laid out anew
                QPainter painter(&writer);
                QVERIFY(preview.paintPage(page, painter, QSizeF(writer.width(), writer.height())));
            }
            const QString number = QString::number(page);
            const QString expected =
                run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, number, u"-l"_s, number, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            // In the order drawn (-raw), which is the layout's.
            QCOMPARE(squeezed(run(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, single, u"-"_s})),
                     squeezed(expected));
        }
        QImage image(100, 141, QImage::Format_RGB32);
        QPainter painter(&image);
        QVERIFY(!preview.paintPage(pages + 1, painter, image.size()));
    }

    // The administrator sets the municipality's own letterhead; every output takes its cover, header and footer,
    // with the placeholders filled.
    void letterheadTemplateFillsEveryOutput()
    {
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        std::unique_ptr<Database> db = Database::open(test.spec());
        auto admin = Workspace::signIn(db, u"admin"_s, u"kansa-admin"_s);
        // The standard letterhead as a template, edited as a clerk would in Word (here with python-docx).
        const QString standard = m_dir.filePath(u"standard.docx"_s);
        OutputFile::write(standard, ReportLetterhead::standardTemplate());
        const QString own = m_dir.filePath(u"own.docx"_s);
        const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
        run(python, {u"-c"_s, uR"(
import sys, docx
d = docx.Document(sys.argv[1])
d.paragraphs[2].text = '{{宛先}}　殿'
s = d.sections[0]
s.header.paragraphs[0].text = '{{取扱区分}}	{{団体名}}総務部情報政策課	{{文書番号}}'
d.save(sys.argv[2])
)"_s,
                     standard, own});
        QFile file(own);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        OrganisationService& organisation = admin->organisation();
        organisation.setLetterhead(u"own.docx"_s, content, organisation.organisation().stamp.version);
        const ReportLetterhead letterhead = organisation.letterhead();
        QCOMPARE(letterhead.fileName, u"own.docx"_s);
        QCOMPARE(letterhead.header,
                 (QStringList{u"{{取扱区分}}"_s, u"{{団体名}}総務部情報政策課"_s, u"{{文書番号}}"_s}));
        QCOMPARE(letterhead.cover.first().alignment, Qt::AlignRight);

        auto chief = demoAs(test, u"h.nakayama"_s);
        ReportDocument document = chief->reports().auditReport(2026, false);
        document.values.insert(u"文書番号"_s, u"桜監第12号"_s);
        const QString pdf = m_dir.filePath(u"own.pdf"_s);
        ReportPainter::writePdf(document, pdf);
        const QString cover =
            squeezed(run(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
        for (const QString& expected : {u"桜監第12号"_s, document.issuedOn, u"殿"_s, document.title,
                                        u"桜ヶ丘村総務部情報政策課"_s, document.marking})
            QVERIFY2(cover.contains(squeezed(expected)), qPrintable(expected));
        QVERIFY(!cover.contains(u"{{"_s));
        const QString body =
            squeezed(run(u"pdftotext"_s, {u"-f"_s, u"3"_s, u"-l"_s, u"3"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
        QVERIFY(body.contains(u"桜ヶ丘村総務部情報政策課"_s) && body.contains(u"3/"_s));
        // The DOCX and the ODT carry the same header.
        for (const QString& format : {u"docx"_s, u"odt"_s}) {
            const QString path = m_dir.filePath(u"with-letterhead."_s % format);
            ReportOutput::write(document, format, path);
            QHash<QString, QByteArray> parts;
            for (const ZipEntry& entry : unzipAll(path))
                parts.insert(entry.name, entry.content);
            const QString header =
                QString::fromUtf8(parts.value(format == u"docx"_s ? u"word/header1.xml"_s : u"styles.xml"_s));
            QVERIFY2(header.contains(u"桜ヶ丘村総務部情報政策課"_s) && header.contains(u"桜監第12号"_s),
                     qPrintable(format));
            const QString body =
                QString::fromUtf8(parts.value(format == u"docx"_s ? u"word/document.xml"_s : u"content.xml"_s));
            QVERIFY(body.contains(u"殿"_s) && !body.contains(u"{{"_s));
        }
        // The DOCX is the template's package with the report in it: Word's reader finds the cover, the
        // template's header and the report's headings in heading styles.
        const QString read = run(python, {u"-c"_s, uR"(
import sys, docx
d = docx.Document(sys.argv[1])
print(d.paragraphs[0].text)
print(d.sections[0].header.paragraphs[0].text)
print(sum(1 for p in d.paragraphs if p.style.name == 'Heading 1'))
)"_s,
                                          m_dir.filePath(u"with-letterhead.docx"_s)});
        const QStringList lines = read.split(u'\n');
        QCOMPARE(lines.value(0), u"桜監第12号"_s);
        QVERIFY(lines.value(1).contains(u"桜ヶ丘村総務部情報政策課"_s));
        QVERIFY(lines.value(2).toInt() >= 5);

        // An ODT template is read as well.
        const QString office = QStandardPaths::findExecutable(u"soffice"_s);
        if (!office.isEmpty()) {
            QTemporaryDir converted;
            run(office, {u"-env:UserInstallation=file://"_s % converted.filePath(u"profile"_s), u"--headless"_s,
                         u"--convert-to"_s, u"odt"_s, u"--outdir"_s, converted.path(), own});
            QFile odt(converted.filePath(u"own.odt"_s));
            QVERIFY(odt.open(QIODevice::ReadOnly));
            const ReportLetterhead fromOdt = ReportLetterhead::read(u"own.odt"_s, odt.readAll());
            QCOMPARE(fromOdt.format, u"odt"_s);
            QCOMPARE(fromOdt.header, letterhead.header);
            QCOMPARE(fromOdt.footer, letterhead.footer);
            QCOMPARE(fromOdt.cover.size(), letterhead.cover.size());
            QCOMPARE(fromOdt.cover.first().text, letterhead.cover.first().text);
        }

        // What is refused, and by whom.
        const int version = organisation.organisation().stamp.version;
        QVERIFY_THROWS_EXCEPTION(Error, organisation.setLetterhead(u"notes.txt"_s, "just text", version));
        try {
            const QString withUnknown = m_dir.filePath(u"unknown.docx"_s);
            run(python, {u"-c"_s,
                         u"import sys, docx\nd = docx.Document(sys.argv[1])\nd.paragraphs[0].text = '{{課長名}}'\n"
                         "d.save(sys.argv[2])"_s,
                         own, withUnknown});
            QFile unknownFile(withUnknown);
            QVERIFY(unknownFile.open(QIODevice::ReadOnly));
            organisation.setLetterhead(u"unknown.docx"_s, unknownFile.readAll(), version);
            QFAIL("an unknown placeholder was accepted");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(u"{{課長名}}"_s) && error.message().contains(u"unknown.docx"_s),
                     qPrintable(error.message()));
        }
        QCOMPARE(organisation.letterhead().fileName, u"own.docx"_s); // unchanged by what was refused
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 demoAs(test, u"m.ito"_s)->organisation().setLetterhead({}, {}, version));
        organisation.setLetterhead({}, {}, version);
        QVERIFY(organisation.letterhead().fileName.isEmpty());
        QCOMPARE(organisation.letterhead().header, ReportLetterhead::standard().header);
    }

    // Word's own reader is not here; LibreOffice's is: the DOCX converts to a PDF with every finding in it.
    void docxConvertsWithLibreOffice()
    {
        const QString office = QStandardPaths::findExecutable(u"soffice"_s);
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed: the conversion is checked where the test command installs it");
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const QString path = m_dir.filePath(u"audit.docx"_s);
        DocxWriter::write(chief->reports().auditReport(2026, false), path);
        QTemporaryDir converted;
        run(office, {u"-env:UserInstallation=file://"_s % converted.filePath(u"profile"_s), u"--headless"_s,
                     u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, converted.path(), path});
        const QString text =
            squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, converted.filePath(u"audit.pdf"_s), u"-"_s}));
        const QList<Finding> findings = chief->fieldwork().findings(chief->audits().audits(2026).last().id);
        QVERIFY(!findings.isEmpty());
        for (const Finding& finding : findings)
            QVERIFY2(text.contains(squeezed(finding.title)), qPrintable(finding.title));
    }

    void xlsxOpensAndConvertsWithTheSameRows()
    {
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        const QList<ExportTable> tables = chief->reports().auditReport(2026).tables();
        const QString path = m_dir.filePath(u"audit.xlsx"_s);
        TableExport::writeXlsx(tables, path);
        const QList<XlsxReader::Sheet> sheets = XlsxReader::read(path);
        QCOMPARE(sheets.size(), tables.size());
        for (qsizetype i = 0; i < tables.size(); ++i)
            QCOMPARE(sheets[i].rows.size(), tables[i].rows.size() + 2); // title and headings
        const QString office = QStandardPaths::findExecutable(u"soffice"_s);
        if (office.isEmpty())
            QSKIP("LibreOffice is not installed: the conversion is checked where the test command installs it");
        QTemporaryDir converted;
        QProcess process;
        process.start(office, {u"-env:UserInstallation=file://"_s % converted.filePath(u"profile"_s), u"--headless"_s,
                               u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76"_s, u"--outdir"_s,
                               converted.path(), path});
        QVERIFY(process.waitForFinished(180000));
        QFile csv(converted.filePath(u"audit.csv"_s));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), tables.first().rows.size() + 2);
        QVERIFY(lines.at(2).startsWith(tables.first().rows.first().first()));
    }

    void unitNoticeIsTheUnitsOwn()
    {
        auto manager = demoAs(m_demo, u"k.takahashi"_s); // 総務課
        const qint64 soumu = manager->session().unitId;
        const ReportDocument notice = manager->reports().unitNotice(2026, soumu, QDate(2026, 12, 25));
        const QString path = m_dir.filePath(u"notice.pdf"_s);
        ReportPainter::writePdf(notice, path);
        const QString text = squeezed(run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}));
        const qint64 auditId = manager->audits().audits(2026).last().id;
        auto chief = demoAs(m_demo, u"h.nakayama"_s);
        for (const Finding& finding : chief->fieldwork().findings(auditId)) {
            if (finding.unitId == soumu)
                QVERIFY(text.contains(squeezed(finding.title)));
            else
                QVERIFY(!text.contains(squeezed(finding.condition)));
        }
        QVERIFY(text.contains(u"令和8年12月25日"_s));
        const qint64 jumin = chief->database().scalar(u"SELECT id FROM units WHERE code = 'S021'"_s).toLongLong();
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, manager->reports().unitNotice(2026, jumin));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, manager->reports().auditReport(2026));
    }

    void freeTextsByTheChiefAuditorOnly()
    {
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        auto chief = demoAs(test, u"h.nakayama"_s);
        auto auditor = demoAs(test, u"r.okamoto"_s);
        const qint64 auditId = chief->audits().audits(2026).last().id;
        const QString key = QString::fromUtf16(ReportService::OpinionKey);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, auditor->reports().setFreeText(auditId, key, u"x"_s, 0));
        chief->reports().setFreeText(auditId, key, u"全体として改善が進んでいる。"_s, 0);
        QCOMPARE(chief->reports().freeText(auditId, key).version, 1);
        QVERIFY_THROWS_EXCEPTION(StaleEdit, chief->reports().setFreeText(auditId, key, u"古い版から"_s, 0));
        QCOMPARE(chief->reports().freeText(auditId, key).body, u"全体として改善が進んでいる。"_s);
        bool found = false;
        for (const ReportBlock& block : chief->reports().auditReport(2026, false).blocks)
            found |= block.text == u"全体として改善が進んでいる。"_s;
        QVERIFY(found);
    }

    void issuedReportsAreKeptWithTheirHash()
    {
        TestDatabase test;
        DemoOrganisation::create(test.spec());
        auto chief = demoAs(test, u"h.nakayama"_s);
        auto staff = demoAs(test, u"m.ito"_s);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, staff->reports().issue(ReportKind::Audit, 2026));
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, chief->reports().issue(ReportKind::Remediation, 2026));
        const qint64 id = chief->reports().issue(ReportKind::Audit, 2026);
        const QList<IssuedReport> issued = chief->reports().issued();
        QCOMPARE(issued.size(), 1);
        QCOMPARE(issued.first().id, id);
        QVERIFY(issued.first().pages > 10);
        const QByteArray pdf = chief->reports().issuedPdf(id);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()),
                 issued.first().sha256);
        QVERIFY(staff->reports().issued().isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, staff->reports().issuedPdf(id));
    }

    void remediationAndSelfInspectionReports()
    {
        auto ciso = demoAs(m_demo, u"m.omori"_s);
        const ReportDocument remediation = ciso->reports().remediationReport(2026);
        QStringList titles;
        for (const ExportTable& table : remediation.tables())
            titles << table.title;
        QVERIFY(titles.contains(u"期限超過の改善計画"_s));
        int overdue = 0;
        for (const RemediationPlan& plan : ciso->remediation().plans({-1, 2026, true, false}))
            overdue += plan.overdue(QDate::currentDate()) ? 1 : 0;
        QCOMPARE(remediation.tables().at(2).rows.size(), overdue);
        const ReportDocument summary = ciso->reports().selfInspectionSummary(2026);
        QVERIFY(summary.tables().size() >= 3);
        QVERIFY_THROWS_EXCEPTION(Error, ciso->reports().selfInspectionSummary(2019));
    }
};

QTEST_MAIN(TestReports)
#include "test_reports.moc"
