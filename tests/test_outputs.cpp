// Every file Kansa writes is whole or absent: a write that fails part way (here, a file size limit that stands
// in for a full disk) throws an error naming the file and leaves the destination as it was.
#include "TestDatabase.h"

#include "checklist/ChecklistTable.h"
#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "exchange/OutputFile.h"
#include "exchange/TableExport.h"
#include "record/RecordBackup.h"
#include "record/YearArchive.h"
#include "report/OdtWriter.h"
#include "report/ReportPainter.h"
#include "selfinspection/CampaignWorkbook.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

// While it lives, no file of this process may grow past the given size: a write past it fails as on a full disk
// (EFBIG instead of ENOSPC), and the signal that would otherwise end the process is ignored.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_before);
        rlimit limited = m_before;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_before); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_before{};
};

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOutputs final : public QObject
{
    Q_OBJECT

    TestDatabase m_demo;
    std::unique_ptr<Workspace> m_chief;
    QTemporaryDir m_dir;

    // Writes the output under the limit twice: over an earlier file, which stays as it was, and where there was
    // none, which stays absent; then without the limit, when the file is written and returned.
    QByteArray wholeOrAbsent(const QString& name, const std::function<void(const QString&)>& write)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        {
            QFile earlier(path);
            earlier.open(QIODevice::WriteOnly);
            earlier.write("the earlier file");
        }
        for (bool existed : {true, false}) {
            if (!existed)
                QFile::remove(path);
            try {
                FileSizeLimit limit(4096);
                write(path);
                qWarning("%s was written past the limit", qPrintable(name));
                return {};
            } catch (const Error& error) {
                if (!error.message().contains(path))
                    qWarning("the message does not name the file: %s", qPrintable(error.message()));
                if (!error.message().contains(path))
                    return {};
            }
            if (existed ? contentOf(path) != "the earlier file" : QFile::exists(path)) {
                qWarning("%s was left changed", qPrintable(name));
                return {};
            }
        }
        // Nothing half-written is left beside it.
        if (QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).count() != 0) {
            qWarning("files were left: %s",
                     qPrintable(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).join(u' ')));
            return {};
        }
        write(path);
        QByteArray written = contentOf(path);
        QFile::remove(path);
        return written;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_demo.spec());
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        m_chief = Workspace::signIn(db, u"h.nakayama"_s, u"kansa-demo"_s);
    }

    void reports()
    {
        const ReportDocument document = m_chief->reports().auditReport(2026);
        const QByteArray pdf = wholeOrAbsent(
            u"audit.pdf"_s, [&](const QString& path) { QVERIFY(ReportPainter::writePdf(document, path) > 10); });
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(wholeOrAbsent(u"audit.odt"_s, [&](const QString& path) {
                    OdtWriter::write(document, path);
                }).startsWith("PK"));
        QVERIFY(wholeOrAbsent(u"audit.xlsx"_s, [&](const QString& path) {
                    TableExport::writeXlsx(document.tables(), path);
                }).startsWith("PK"));
        QVERIFY(wholeOrAbsent(u"audit.csv"_s, [&](const QString& path) {
                    OutputFile::write(path, TableExport::csv(document.tables()).repeated(4));
                }).size() > 4096);
    }

    void checklistAndWorkbooks()
    {
        const Checklist checklist = m_chief->checklists().load(u"staff-self-inspection"_s);
        QVERIFY(wholeOrAbsent(u"checklist.xlsx"_s, [&](const QString& path) {
                    ChecklistTable::writeXlsx(checklist, path);
                }).startsWith("PK"));
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        const auto owner = Workspace::signIn(db, u"s.sato"_s, u"kansa-demo"_s); // the campaign's owner
        SelfInspectionService& service = owner->selfInspections();
        const Campaign campaign = service.campaigns().constFirst();
        const qint64 unitId = service.units(campaign.id).constFirst().unitId;
        QVERIFY(wholeOrAbsent(u"workbook.xlsx"_s, [&](const QString& path) {
                    CampaignWorkbook::exportUnit(service, campaign.id, unitId, path);
                }).startsWith("PK"));
    }

    // A backup and a year archive on a disk that fills up: no file, and the message names the one asked for.
    void backupAndArchive()
    {
        std::unique_ptr<Database> db = Database::open(m_demo.spec());
        const auto admin =
            Workspace::signIn(db, u"admin"_s, QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        QVERIFY(wholeOrAbsent(u"organisation.backup"_s, [&](const QString& path) {
                    RecordBackup::write(admin->database(), admin->session(), path);
                }).startsWith("SQLite format 3"));
        QVERIFY(wholeOrAbsent(u"2026.zip"_s, [&](const QString& path) {
                    YearArchive::write(admin->database(), admin->session(), 2026, path);
                }).startsWith("PK"));
    }

    // What a killed writer left is removed by the next write of the same file; a writer still at work is not
    // disturbed.
    void aKilledWritersPartIsRemovedLater()
    {
        const QString path = m_dir.filePath(u"report.csv"_s);
        const QString stale = m_dir.filePath(u".report.csv.AbC123.part"_s);
        const QString fresh = m_dir.filePath(u".report.csv.XyZ789.part"_s);
        for (const QString& part : {stale, fresh}) {
            QFile file(part);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a report");
        }
        {
            QFile file(stale);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-2 * OutputFile::StalePartSeconds),
                                     QFileDevice::FileModificationTime));
        }
        OutputFile::write(path, "a,b\r\n");
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFile::remove(fresh));
        QVERIFY(QFile::remove(path));
    }

    void aFolderOrAMissingFolderIsNamed()
    {
        try {
            OutputFile::write(m_dir.path(), "x");
            QFAIL("a folder was written over");
        } catch (const Error& error) {
            QVERIFY(error.message().contains(m_dir.path()));
        }
        const QString missing = m_dir.filePath(u"no-such-folder/report.csv"_s);
        try {
            OutputFile::write(missing, "x");
            QFAIL("a file was written into a missing folder");
        } catch (const Error& error) {
            QVERIFY(error.message().contains(missing));
        }
    }
};

QTEST_MAIN(TestOutputs)

#include "test_outputs.moc"
