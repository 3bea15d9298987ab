#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "report/ReportDocument.h"

#include <QDate>
#include <QObject>

namespace kansa {

class Database;
class Workspace;

enum class ReportKind
{
    Audit,         // 監査報告書, to the security committee
    UnitNotice,    // 監査結果通知書, to one unit
    Remediation,   // the CISO's remediation progress report
    SelfInspection // the self-inspection summary
};

// A report issued and kept for the record: the PDF as issued, with its SHA-256.
struct IssuedReport
{
    qint64 id = 0;
    ReportKind kind = ReportKind::Audit;
    int fiscalYear = 0;
    qint64 unitId = 0;
    QString title;
    int pages = 0;
    QString sha256;
    QDateTime issuedAt;
    QString issuedBy;
};

// Composes the reports from the data each time they are asked for; the chief auditor's free texts (総評 and
// 特記事項) are kept per audit. The audit report, the remediation report and the self-inspection summary are
// read by those who read every unit (the CISO, the chief information security manager, auditors, the
// administrator); a unit's notice also by the unit's own people.
class ReportService final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char16_t* OpinionKey = u"opinion";
    static constexpr const char16_t* RemarksKey = u"remarks";

    ReportService(Workspace& workspace, QObject* parent = nullptr);

    static QString kindKey(ReportKind kind);
    static std::optional<ReportKind> kindFromKey(const QString& key);
    static QString kindName(ReportKind kind);

    // withAppendix: the results of every unit and item at the end of the audit report.
    ReportDocument auditReport(int fiscalYear, bool withAppendix = true);
    // planDueBy: the date by which the unit is to submit its remediation plan (invalid: 30 days from today).
    ReportDocument unitNotice(int fiscalYear, qint64 unitId, const QDate& planDueBy = {});
    ReportDocument remediationReport(int fiscalYear, const QDate& today = QDate::currentDate());
    ReportDocument selfInspectionSummary(int fiscalYear);
    ReportDocument build(ReportKind kind, int fiscalYear, qint64 unitId = 0);

    // The chief auditor's texts of the year's audit; only the audit's chief auditor writes them.
    struct FreeText
    {
        QString body;
        int version = 0; // 0: never written
    };
    FreeText freeText(qint64 auditId, const QString& key);
    void setFreeText(qint64 auditId, const QString& key, const QString& body, int expectedVersion);

    // Freezes a report for the record: renders its PDF and keeps it with its SHA-256. The chief auditor
    // issues audit reports and notices; the CISO the remediation report; either the self-inspection summary.
    qint64 issue(ReportKind kind, int fiscalYear, qint64 unitId = 0);
    QList<IssuedReport> issued();
    QByteArray issuedPdf(qint64 id);

Q_SIGNALS:
    void changed();

private:
    bool readsAll() const;
    void requireReadsAll();
    qint64 auditOf(int fiscalYear);
    void addFindings(ReportDocument& document, qint64 auditId, qint64 unitId, int headingLevel);
    // The title, the organisation, its marking and letterhead, and the letterhead's values for this report.
    ReportDocument startDocument(const QString& title, int fiscalYear, const QString& addressee);

    Workspace& m_workspace;
    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
