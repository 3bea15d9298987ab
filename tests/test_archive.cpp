// Year archives: a fiscal year's record in one zip file (a snapshot that verifies, every evidence file and issued
// report, a manifest with hashes), written whole or not at all, opened read-only and checked against its manifest;
// an archive changed in any file is refused naming that file.
#include "TestDatabase.h"

#include "common/Error.h"
#include "demo/DemoOrganisation.h"
#include "exchange/ZipFile.h"
#include "record/RecordVerifier.h"
#include "record/YearArchive.h"
#include "report/ReportService.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace kansa;

namespace {

const QString Password = QString::fromUtf16(DemoOrganisation::PersonPassword);

// The archive's files, read back as they are.
QList<QPair<QString, QByteArray>> filesOf(const QString& archive)
{
    const ZipReader zip(archive);
    QList<QPair<QString, QByteArray>> files;
    for (const ZipReader::Entry& entry : zip.entries(1000))
        files.append({entry.name, zip.read(entry.name, qint64(1) << 30)});
    return files;
}

void writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& files)
{
    QFile::remove(path);
    ZipWriter zip(path, path);
    for (const auto& [name, bytes] : files)
        zip.add(name, bytes);
    zip.close();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestArchive final : public QObject
{
    Q_OBJECT

    TestDatabase m_test;
    QTemporaryDir m_dir;
    QString m_archive;
    int m_reports2026 = 0;
    int m_evidence2026 = 0;

    std::unique_ptr<Workspace> signIn(std::unique_ptr<Database> db, const QString& login, const QString& password)
    {
        return Workspace::signIn(db, login, password);
    }

    // The archive rewritten with change applied to its files; opening it must fail naming `named`.
    void refusedWhenChanged(const char* what, const std::function<void(QList<QPair<QString, QByteArray>>&)>& change,
                            const QString& named)
    {
        QList<QPair<QString, QByteArray>> files = filesOf(m_archive);
        change(files);
        const QString changed = m_dir.filePath(u"changed.zip"_s);
        writeZip(changed, files);
        try {
            YearArchive::open(changed);
            QFAIL(qPrintable(u"opened an archive with %1"_s.arg(QString::fromUtf8(what))));
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(changed) && error.message().contains(named), qPrintable(error.message()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOrganisation::create(m_test.spec());
        // An issued report of each year, so that the archive of one holds its own and not the other's.
        auto chief = signIn(Database::open(m_test.spec()), u"h.nakayama"_s, Password);
        chief->reports().issue(ReportKind::Audit, 2026);
        chief->reports().issue(ReportKind::Audit, 2025);
        Database& db = chief->database();
        m_reports2026 = db.scalar(u"SELECT COUNT(*) FROM issued_reports WHERE fiscal_year = 2026"_s).toInt();
        m_evidence2026 =
            db.scalar(u"SELECT COUNT(*) FROM audit_evidence_files f JOIN audit_evidence e ON "
                      "e.id = f.evidence_id JOIN audits a ON a.id = e.audit_id WHERE a.fiscal_year = 2026"_s)
                .toInt();
        QCOMPARE(m_reports2026, 1);
        QVERIFY(m_evidence2026 > 0);
        m_archive = m_dir.filePath(u"2026.zip"_s);
    }

    void onlyTheAdministratorArchives()
    {
        auto chief = signIn(Database::open(m_test.spec()), u"h.nakayama"_s, Password);
        QVERIFY_THROWS_EXCEPTION(PermissionDenied,
                                 YearArchive::write(chief->database(), chief->session(), 2026, m_archive));
        QVERIFY(!QFile::exists(m_archive));
    }

    void aYearWithNothingIsRefused()
    {
        auto admin = signIn(Database::open(m_test.spec()), u"admin"_s,
                            QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        try {
            YearArchive::write(admin->database(), admin->session(), 2019, m_archive);
            QFAIL("an empty year was archived");
        } catch (const Error& error) {
            QVERIFY2(error.message().contains(formatFiscalYear(2019)), qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(m_archive));
    }

    void theArchiveHoldsTheYear()
    {
        auto admin = signIn(Database::open(m_test.spec()), u"admin"_s,
                            QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        const ArchiveSummary summary = YearArchive::write(admin->database(), admin->session(), 2026, m_archive);
        QCOMPARE(summary.fiscalYear, 2026);
        QCOMPARE(summary.audits, 1);
        QCOMPARE(summary.campaigns, 1);
        QCOMPARE(summary.reports, m_reports2026);
        QCOMPARE(summary.evidenceFiles, m_evidence2026);
        QCOMPARE(summary.record.head, ChangeChain::anchor(admin->database()).head);
        QVERIFY(YearArchive::written(summary).contains(m_archive));
        QVERIFY(YearArchive::isArchive(m_archive));
        QVERIFY(!YearArchive::isArchive(m_test.spec().backend == ConnectionSpec::Backend::SQLite ? m_test.spec().path
                                                                                                 : m_archive + u"x"_s));
        // Nothing but the archive is left in its folder.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"2026.zip"_s});

        // Every file is in the manifest with its size and hash; the evidence and the report are there as files.
        const QList<QPair<QString, QByteArray>> files = filesOf(m_archive);
        QJsonObject manifest;
        QHash<QString, QByteArray> byName;
        for (const auto& [name, bytes] : files) {
            byName.insert(name, bytes);
            if (name == YearArchive::ManifestName)
                manifest = QJsonDocument::fromJson(bytes).object();
        }
        QCOMPARE(manifest.value(u"fiscalYear"_s).toInt(), 2026);
        QCOMPARE(manifest.value(u"organisation"_s).toString(), u"桜ヶ丘村"_s);
        const QJsonArray listed = manifest.value(u"files"_s).toArray();
        QCOMPARE(listed.size(), files.size() - 1);
        int pdfs = 0;
        for (const QJsonValue& value : listed) {
            const QJsonObject file = value.toObject();
            const QByteArray bytes = byName.value(file.value(u"name"_s).toString());
            QCOMPARE(sha256(bytes), file.value(u"sha256"_s).toString());
            QCOMPARE(qint64(bytes.size()), file.value(u"bytes"_s).toInteger());
            if (file.value(u"name"_s).toString().startsWith(u"reports/"_s)) {
                QVERIFY(bytes.startsWith("%PDF"));
                ++pdfs;
            }
        }
        QCOMPARE(pdfs, m_reports2026);
    }

    void theArchiveOpensReadOnlyAndVerifies()
    {
        std::unique_ptr<Database> db = YearArchive::openDatabase(ConnectionSpec::sqliteFile(m_archive));
        QVERIFY(db->readOnly());
        QCOMPARE(db->spec().displayName(), m_archive);
        // Only the year: its audit and campaign, its issued report, the plans of its findings.
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM audits WHERE fiscal_year <> 2026"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM audits"_s).toInt(), 1);
        QCOMPARE(db->scalar(u"SELECT group_concat(year) FROM fiscal_years"_s).toString(), u"2026"_s);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM campaigns WHERE fiscal_year <> 2026"_s).toInt(), 0);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM issued_reports"_s).toInt(), m_reports2026);
        QCOMPARE(db->scalar(u"SELECT COUNT(*) FROM remediation_plans p JOIN audit_findings f ON f.id = p.finding_id "
                            "JOIN audits a ON a.id = f.audit_id WHERE a.fiscal_year <> 2026"_s)
                     .toInt(),
                 0);
        QVERIFY(db->scalar(u"SELECT COUNT(*) FROM audit_results"_s).toInt() > 0);
        auto chief = signIn(std::move(db), u"h.nakayama"_s, Password);
        const RecordVerification verification = RecordVerifier(chief->database(), chief->session()).verify();
        QVERIFY2(verification.intact(), qPrintable(RecordVerifier::verdict(verification)));
        QCOMPARE(verification.files, qint64(m_reports2026 + m_evidence2026));
        // Nothing can be changed in it.
        QVERIFY_THROWS_EXCEPTION(Error, chief->database().write(chief->session().actor(), [](VersionedRows& rows) {
            rows.setSetting(u"evidence_file_limit_bytes"_s, u"1"_s);
        }));
        // The organisation, still as it was archived, is proved unchanged against the archive's anchor.
        auto admin = signIn(Database::open(m_test.spec()), u"admin"_s,
                            QString::fromUtf16(DemoOrganisation::AdministratorPassword));
        const RecordVerification against = RecordVerifier(admin->database(), admin->session())
                                               .verifyAgainst(YearArchive::anchorOf(m_archive), m_archive);
        QVERIFY2(against.intact(), qPrintable(RecordVerifier::verdict(against)));
    }

    void aChangedArchiveIsRefused()
    {
        refusedWhenChanged(
            "a changed report",
            [](QList<QPair<QString, QByteArray>>& files) {
                for (auto& [name, bytes] : files) {
                    if (name.startsWith(u"reports/"_s))
                        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 1);
                }
            },
            u"reports/"_s);
        refusedWhenChanged(
            "a file added",
            [](QList<QPair<QString, QByteArray>>& files) {
                files.append({u"evidence/extra.txt"_s, "added"});
            },
            u"evidence/extra.txt"_s);
        refusedWhenChanged(
            "a file removed",
            [](QList<QPair<QString, QByteArray>>& files) {
                files.removeIf([](const auto& file) { return file.first.startsWith(u"evidence/"_s); });
            },
            u"evidence/"_s);
        refusedWhenChanged(
            "another snapshot",
            [](QList<QPair<QString, QByteArray>>& files) {
                for (auto& [name, bytes] : files) {
                    if (name == YearArchive::SnapshotName)
                        bytes.append(QByteArray(4096, '\0'));
                }
            },
            YearArchive::SnapshotName);
        refusedWhenChanged(
            "a damaged manifest",
            [](QList<QPair<QString, QByteArray>>& files) {
                for (auto& [name, bytes] : files) {
                    if (name == YearArchive::ManifestName)
                        bytes.chop(10);
                }
            },
            u"manifest"_s);
        // A report and its manifest entry changed together: the snapshot's own hash of the report tells.
        refusedWhenChanged(
            "a report and its manifest entry",
            [](QList<QPair<QString, QByteArray>>& files) {
                QString reportName;
                QByteArray report;
                for (auto& [name, bytes] : files) {
                    if (name.startsWith(u"reports/"_s)) {
                        bytes.append("%% appended");
                        reportName = name;
                        report = bytes;
                    }
                }
                for (auto& [name, bytes] : files) {
                    if (name != YearArchive::ManifestName)
                        continue;
                    QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
                    QJsonArray listed = manifest.value(u"files"_s).toArray();
                    for (qsizetype i = 0; i < listed.size(); ++i) {
                        QJsonObject file = listed[i].toObject();
                        if (file.value(u"name"_s).toString() == reportName) {
                            file.insert(u"sha256"_s, sha256(report));
                            file.insert(u"bytes"_s, report.size());
                            listed[i] = file;
                        }
                    }
                    manifest.insert(u"files"_s, listed);
                    bytes = QJsonDocument(manifest).toJson();
                }
            },
            u"issued_reports"_s);
    }

    void aNewerArchiveIsRefused()
    {
        refusedWhenChanged(
            "a newer format",
            [](QList<QPair<QString, QByteArray>>& files) {
                for (auto& [name, bytes] : files) {
                    if (name == YearArchive::ManifestName) {
                        QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
                        manifest.insert(u"formatVersion"_s, 99);
                        bytes = QJsonDocument(manifest).toJson();
                    }
                }
            },
            u"99"_s);
    }

    // An archive cut short anywhere, or any other zip file, is refused with a message and never crashes.
    void aTruncatedArchiveIsRefused()
    {
        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        const QString cut = m_dir.filePath(u"cut.zip"_s);
        for (const qsizetype length :
             {qsizetype(0), qsizetype(4), whole.size() / 3, whole.size() / 2, whole.size() - 100, whole.size() - 30}) {
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(whole.left(length));
            out.close();
            try {
                YearArchive::open(cut);
                QFAIL(qPrintable(u"an archive cut at %1 of %2 bytes was opened"_s.arg(length).arg(whole.size())));
            } catch (const Error& error) {
                QVERIFY2(error.message().contains(cut), qPrintable(error.message()));
            }
        }
        QFile::remove(cut);
        QFile::remove(m_dir.filePath(u"changed.zip"_s));
    }
};

QTEST_MAIN(TestArchive)

#include "test_archive.moc"
