#pragma once

#include "common/RowStamp.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

enum class AuditStatus
{
    Draft,
    Approved,
    InProgress,
    Reported,
    Closed
};
enum class AuditResult
{
    NotAssessed,
    Conforming,
    PartlyConforming,
    NonConforming,
    NotApplicable
};
enum class EvidenceKind
{
    Document,
    Interview,
    Observation,
    File
};
enum class Severity
{
    Major,
    Minor,
    Advice
};

// The yearly audit plan (監査実施計画): purpose, criteria, scope, team, schedule and approval.
struct AuditPlan
{
    qint64 id = 0;
    int fiscalYear = 0;
    QString title;
    QString purpose;
    QString method;
    QString systems; // the information systems in scope, as the plan names them
    AuditStatus status = AuditStatus::Draft;
    QDate approvedOn; // the security committee's approval
    QDate periodFrom;
    QDate periodTo;
    qint64 chiefAuditorId = 0;
    QString checklistKey;
    int checklistVersion = 0;
    qint64 previousAuditId = 0;
    QStringList chapters; // chapters in scope; empty: the whole checklist
    RowStamp stamp;
};

// A unit in the audit's scope and the day it is visited.
struct AuditedUnit
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate scheduledOn;
    RowStamp stamp;
};

// An auditor assigned to a unit; a reason is recorded when the auditor is not independent of it.
struct Assignment
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 personId = 0;
    QString exceptionReason;
    RowStamp stamp;
};

// The result of one item: for a unit, or (unitId 0) once for the whole organisation.
struct ItemResult
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString itemKey;
    AuditResult result = AuditResult::NotAssessed;
    QString notes;
    RowStamp stamp;
};

struct EvidenceFile
{
    qint64 id = 0;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    QDateTime createdAt;
    QString createdBy;
};

// What the auditor saw (監査証拠).
struct Evidence
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString itemKey;
    EvidenceKind kind = EvidenceKind::Document;
    QString description;
    QDate observedOn;
    QList<EvidenceFile> files;
    RowStamp stamp;
};

// A finding (指摘事項): always of an item and a unit.
struct Finding
{
    qint64 id = 0;
    qint64 auditId = 0;
    qint64 unitId = 0;
    QString itemKey;
    Severity severity = Severity::Minor;
    QString title;
    QString condition; // what was found
    QString criterion; // the item and its clause
    QString cause;
    QString effect;
    QString recommendation;
    RowStamp stamp;
};

// The record of a visit to a unit (監査調書).
struct WorkingPaper
{
    qint64 id = 0;
    qint64 auditId = 0;
    qint64 unitId = 0;
    QDate visitedOn;
    QString place;
    QString attendees;
    QString summary;
    QString documentsReceived;
    RowStamp stamp;
};

// Keys stored in the database and names shown to people.
class AuditTexts final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)

public:
    static QString key(AuditStatus status);
    static QString key(AuditResult result);
    static QString key(EvidenceKind kind);
    static QString key(Severity severity);
    static AuditStatus status(const QString& key);
    static AuditResult result(const QString& key);
    static EvidenceKind evidenceKind(const QString& key);
    static Severity severity(const QString& key);
    static QString name(AuditStatus status);
    static QString name(AuditResult result);
    // For a narrow column (「一部適合」, "Partly"); the item's pane shows the full name.
    static QString shortName(AuditResult result);
    static QString name(EvidenceKind kind);
    static QString name(Severity severity);
    static const QList<AuditResult>& results();
};

} // namespace kansa
