#pragma once

#include "checklist/Crosswalk.h"

#include "audit/Audit.h"
#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "checklist/Checklist.h"
#include "exchange/TableExport.h"
#include "remediation/Remediation.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace kansa {

class Database;
class RemediationService;

// Results of one chapter or unit: 適合率 = conforming ÷ (conforming + partly + non-conforming), in percent;
// not applicable and not yet assessed do not count.
struct ComplianceFigure
{
    QString key; // the chapter number, or the unit id as text
    QString label;
    int conforming = 0;
    int partlyConforming = 0;
    int nonConforming = 0;
    double previousRate = -1; // the same in the previous fiscal year; -1: not audited then
    int assessed() const { return conforming + partlyConforming + nonConforming; }
    double rate() const { return assessed() ? 100.0 * conforming / assessed() : -1; }
};

// Findings of the year by severity and by the state of their remediation (no plan yet, or its status).
struct FindingTally
{
    Severity severity = Severity::Minor;
    std::optional<PlanStatus> status;
    int count = 0;
};

struct BurnDownPoint
{
    QDate date;
    int open = 0; // findings raised by then and not yet verified or risk accepted
};

// What the CISO sees of a fiscal year.
struct DashboardFigures
{
    int fiscalYear = 0;
    QList<ComplianceFigure> chapters; // in checklist order
    QList<ComplianceFigure> units;    // lowest rate first
    QList<FindingTally> findings;
    QList<BurnDownPoint> burnDown; // month ends of the year up to today
    QList<RemediationPlan> overdue;
    QList<SecurityException> exceptions; // expired, expiring within ExpiringDays, or due for review
    int findingCount(std::optional<Severity> severity = {}) const;

    static constexpr int ExpiringDays = 60;
};

// The CISO dashboard's figures and the lists behind them. Only those who read every unit's records (the
// CISO, the chief information security manager, the auditors and the administrator) see them.
class DashboardService final : public QObject
{
    Q_OBJECT

public:
    DashboardService(Database& db, Session session, RemediationService& remediation, QObject* parent = nullptr);

    bool canRead() const;
    DashboardFigures figures(int fiscalYear, const QDate& today = QDate::currentDate());

    // The lists behind the charts (click-through).
    ExportTable chapterResults(int fiscalYear, const QString& chapter);
    ExportTable unitResults(int fiscalYear, qint64 unitId);
    ExportTable findings(int fiscalYear, std::optional<Severity> severity,
                         std::optional<std::optional<PlanStatus>> status);
    ExportTable openPlans(int fiscalYear, const QDate& today = QDate::currentDate());
    ExportTable overduePlans(const DashboardFigures& figures, const QDate& today = QDate::currentDate());
    ExportTable exceptions(const DashboardFigures& figures, const QDate& today = QDate::currentDate());
    // Every figure as a table, for export.
    QList<ExportTable> tables(const DashboardFigures& figures, const QDate& today = QDate::currentDate());

    // The order in which charts and tables show severities and remediation states (no plan first).
    static const QList<Severity>& severities();
    static const QList<std::optional<PlanStatus>>& states();
    static QString stateName(const std::optional<PlanStatus>& status);

    // The headings of every list of plans; the first is the plan's number.
    static QStringList planHeadings();

private:
    void requireRead();
    struct AuditScope
    {
        qint64 id = 0;
        QHash<QString, int> chapterOfItem; // item id -> index in chapters
        QHash<QString, QString> itemText;  // item id -> its clause and question
        ChecklistRef checklist;
    };
    // The year's audits with their checklists' chapters; chapter numbers and titles go to chapters.
    QList<AuditScope> auditsOf(int fiscalYear, QList<ComplianceFigure>& chapters);
    QList<ComplianceFigure> chapterFigures(int fiscalYear);
    // The previous audits' results of the year's audits tallied by this year's chapters, each item reached through
    // ItemCorrespondence, so that a revised checklist (items renumbered, split, merged) compares like with like;
    // nullopt when none of the year's audits has a previous one.
    std::optional<QList<ComplianceFigure>> previousAuditsByChapter(int fiscalYear);
    QList<ComplianceFigure> unitFigures(int fiscalYear);
    QHash<qint64, QString> unitNames();
    static QStringList planRow(const RemediationPlan& plan, const QHash<qint64, QString>& names, const QDate& today);
    static RecordRef planRecord(const RemediationPlan& plan);
    ExportTable results(const QString& title, int fiscalYear, const std::function<bool(qint64, int)>& wanted);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
    RemediationService& m_remediation;
    QHash<QString, Checklist> m_checklists; // by key#version
};

} // namespace kansa
