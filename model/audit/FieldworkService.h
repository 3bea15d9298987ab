#pragma once

#include "audit/Audit.h"
#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "checklist/Checklist.h"
#include "checklist/Crosswalk.h"
#include "remediation/Remediation.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace kansa {

class Database;

// Fieldwork of an audit in progress: a result per unit and item (organisation-level items once for the
// whole organisation), evidence with attached files, findings and working papers. Only the chief auditor
// and the auditors assigned to a unit change its records; the audited unit reads its own but never edits
// them; the CISO, the chief information security manager, the administrator and the team read all.
class FieldworkService final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 OrganisationScope = 0; // the unit id of organisation-level results

    FieldworkService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    bool canEdit(qint64 auditId, qint64 unitId);
    bool canRead(qint64 auditId, qint64 unitId);
    // The scopes (units, and OrganisationScope) whose records the signed-in person may change, in one query.
    QSet<qint64> editableScopes(qint64 auditId);

    // The audit's checklist as pinned by the plan, and the items in its scope at a unit (or, for
    // OrganisationScope, the organisation-level items).
    const Checklist& checklist(qint64 auditId);
    QList<const ChecklistItem*> itemsInScope(qint64 auditId, qint64 unitId);

    QHash<QString, ItemResult> results(qint64 auditId, qint64 unitId);
    // The auditors' notes of every result of the audit the person may read that has notes, by (unit, item) (unit 0:
    // the organisation-level items), in one query however many units it has (the audit report's findings).
    QHash<QPair<qint64, QString>, QString> notesOfAudit(qint64 auditId);
    ItemResult result(qint64 auditId, qint64 unitId, const QString& itemKey); // an empty one when none
    // Records a result; expectedVersion is the version read (0 when there was none). A stale edit is refused.
    ItemResult setResult(qint64 auditId, qint64 unitId, const QString& itemKey, AuditResult result,
                         const QString& notes, int expectedVersion);
    // A finding of the previous audit whose remediation is still open: no plan proposed yet, or a plan neither
    // verified nor risk accepted (RemediationPlan::open).
    struct OpenFinding
    {
        qint64 findingId = 0;
        qint64 unitId = 0;
        QString itemKey; // the previous audit's item
        Severity severity = Severity::Minor;
        QString title;
        std::optional<PlanStatus> planStatus; // none: no plan proposed yet
    };
    // The previous audit at the same unit (next year: shown beside this year's), by this year's items: where the
    // previous audit used another checklist version, through the crosswalk between the two (ItemCorrespondence).
    struct PreviousYear
    {
        QHash<QString, AuditResult> results; // of several results that reach one item, the worst
        // The open findings of the unit (at OrganisationScope: of every unit the person may read), in the order
        // they were raised.
        QHash<QString, QList<OpenFinding>> openFindings;
    };
    // Empty without a previous audit or when the person may not read its records of the unit; a few queries
    // however many items and findings.
    PreviousYear previousYear(qint64 auditId, qint64 unitId);
    // What the unit answered for the same item in a self-inspection of the audit's fiscal year (the newest
    // campaign that asked it): the answer key (yes, partly, no, not_applicable) and the comment.
    struct SelfAnswer
    {
        QString answer;
        QString comment;
        QString campaign;
    };
    // By the audit's items; none for the organisation's scope.
    QHash<QString, SelfAnswer> selfInspectionAnswers(qint64 auditId, qint64 unitId);

    struct Progress
    {
        int assessed = 0;
        int total = 0;
        // Rounded down, so that 100% means every item is assessed; every screen shows this one figure.
        int percent() const { return total ? 100 * assessed / total : 0; }
        Progress& operator+=(const Progress& other)
        {
            assessed += other.assessed;
            total += other.total;
            return *this;
        }
    };
    Progress progress(qint64 auditId, qint64 unitId);

    // Per scope (OrganisationScope and every unit of the audit the person may read), in a few queries.
    struct UnitSummary
    {
        Progress progress;
        int nonConforming = 0;
        int partlyConforming = 0;
        int findings = 0;
    };
    QHash<qint64, UnitSummary> summary(qint64 auditId);

    QList<Evidence> evidence(qint64 auditId, qint64 unitId, const QString& itemKey);
    // Every evidence of the audit the person may read, with its files, by unit and item, in a few queries.
    QHash<QPair<qint64, QString>, QList<Evidence>> evidenceOfAudit(qint64 auditId);
    qint64 addEvidence(qint64 auditId, const Evidence& evidence);
    void removeEvidence(qint64 auditId, qint64 evidenceId, int expectedVersion);
    // Stores the file in the database with its SHA-256 and size; refuses files above the limit.
    qint64 attachFile(qint64 auditId, qint64 evidenceId, const QString& fileName, const QByteArray& content);
    QByteArray fileContent(qint64 auditId, qint64 fileId, QString* fileName = nullptr);
    qint64 evidenceFileLimit();

    QList<Finding> findings(qint64 auditId, qint64 unitId = -1); // -1: every unit the person may read
    // The audit's findings list, filtered in the query.
    struct FindingFilter
    {
        qint64 unitId = -1; // -1: every unit the person may read
        std::optional<Severity> severity;
        QString search; // in the title, the condition or the recommendation, or the item's clause reference
    };
    // The findings of one range of the list, in the order they were raised, and in `selected` how many the filter
    // selects (counted by the same query, so a range past the end counts none): a fixed few queries however many the
    // audit has, as the list scrolls (FindingTableModel).
    QList<Finding> findingRange(qint64 auditId, const FindingFilter& filter, int first, int count,
                                int* selected = nullptr);
    // What an item carries besides its result, for the marks of the checklist.
    enum Annotation
    {
        HasNotes = 1,
        HasEvidence = 2,
        HasFinding = 4,
        HasOpenFindingLastYear = 8 // set by the fieldwork page from previousYear, not by annotations
    };
    // Everything the fieldwork page shows of one scope (a unit, or OrganisationScope), read together in a number of
    // queries that does not grow with its items: each item is then shown without asking the database again.
    struct ScopeRecords
    {
        bool editable = false; // whether the signed-in person records this scope's results
        QHash<QString, ItemResult> results;
        PreviousYear previous; // previousYear
        QHash<QString, SelfAnswer> selfInspection;
        QList<Evidence> evidence;
        QList<Finding> findings; // for the organisation's scope, of every unit the person may read
        QHash<QString, int> annotations() const;
        Progress progress(const QList<const ChecklistItem*>& items) const;
    };
    ScopeRecords scopeRecords(qint64 auditId, qint64 unitId);
    qint64 addFinding(const Finding& finding);
    void updateFinding(const Finding& finding);
    void removeFinding(qint64 auditId, qint64 findingId, int expectedVersion);

    QList<WorkingPaper> workingPapers(qint64 auditId, qint64 unitId);
    qint64 addWorkingPaper(const WorkingPaper& paper);
    void updateWorkingPaper(const WorkingPaper& paper);

    // What is assigned to the signed-in auditor in audits that are approved or in progress.
    struct WorkItem
    {
        qint64 auditId = 0;
        QString auditTitle;
        int fiscalYear = 0;
        qint64 unitId = 0;
        QString unitName;
        QDate scheduledOn;
        Progress progress;
    };
    QList<WorkItem> myWork();

Q_SIGNALS:
    void changed(qint64 auditId, qint64 unitId);

private:
    struct AuditFacts
    {
        QString title;
        AuditStatus status = AuditStatus::Draft;
        qint64 previousAuditId = 0;
        ChecklistRef checklist;
        ChecklistRef previousChecklist; // empty without a previous audit
    };
    AuditFacts facts(qint64 auditId);
    // What a write checks its item against: the audit's title, status and chapters, and whether the unit is in its
    // scope, in one query.
    struct AuditScope
    {
        QString title;
        AuditStatus status = AuditStatus::Draft;
        bool unitInScope = false;
        QSet<QString> chapters; // empty: every chapter
    };
    AuditScope scope(qint64 auditId, qint64 unitId);
    AuditScope requireEdit(qint64 auditId, qint64 unitId, const QString& what);
    void requireRead(qint64 auditId, qint64 unitId);
    QList<const ChecklistItem*> itemsOfChapters(qint64 auditId, qint64 unitId, const QSet<QString>& chapters);
    const ChecklistItem* itemInScope(const AuditScope& audit, qint64 auditId, qint64 unitId, const QString& itemKey);
    // The readers behind the public ones, once the caller has checked the person may read.
    std::optional<ItemResult> storedResult(qint64 auditId, qint64 unitId, const QString& itemKey);
    QHash<QString, ItemResult> resultsOf(qint64 auditId, qint64 unitId);
    QHash<QString, SelfAnswer> selfInspectionAnswersOf(qint64 auditId, qint64 unitId);
    QList<Finding> findingsOf(qint64 auditId, qint64 unitId);
    // The findings the condition selects, in the order given, with `counted` (a count subquery) read into selected.
    QList<Finding> loadFindings(const QString& where, const QVariantList& binds, const QString& order,
                                const QString& counted = {}, int* selected = nullptr);
    QVariant unitValue(qint64 unitId) const;
    // The evidence rows the condition selects (over audit_evidence e), with their files: two queries.
    QList<Evidence> loadEvidence(const QString& condition, const QVariantList& values);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
    QHash<qint64, Checklist> m_checklists;
    // Per campaign checklist version: standards item id -> the campaign items asking about it.
    QHash<QString, QMultiHash<QString, QString>> m_derivedItems;
};

} // namespace kansa
