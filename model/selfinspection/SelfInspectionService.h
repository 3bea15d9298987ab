#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "checklist/Checklist.h"
#include "selfinspection/SelfInspection.h"

#include <QHash>
#include <QObject>

#include <array>

namespace kansa {

class Database;

// Self-inspection campaigns. The administrator, the CISO and the chief information security manager start
// them and own them; the owner sees every unit. A unit's section security manager, and the staff they
// delegate to, see and answer only their own unit; submitted answers are locked until the owner returns
// them for rework.
class SelfInspectionService final : public QObject
{
    Q_OBJECT

public:
    SelfInspectionService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }
    Database& database() const { return m_db; }
    bool canStartCampaigns() const;
    // Whether the person runs campaigns at all (their returned workbooks may be read; each is checked again).
    bool mayImportReturned() const { return m_access.grantsAny(Operation::ManageCampaign); }
    bool canManage(qint64 campaignId);
    bool canAnswer(qint64 campaignId, qint64 unitId);
    // Whether the answers can be changed now: canAnswer, and the unit has not submitted them or had them accepted.
    bool canChangeAnswers(qint64 campaignId, qint64 unitId);
    bool canRead(qint64 campaignId, qint64 unitId);

    QList<Campaign> campaigns();
    Campaign campaign(qint64 id);
    qint64 createCampaign(const Campaign& campaign, const QList<qint64>& unitIds);
    QList<CampaignUnit> units(qint64 campaignId); // those the person may read
    CampaignUnit unit(qint64 campaignId, qint64 unitId);
    const Checklist& checklist(qint64 campaignId);
    QList<const ChecklistItem*> items(qint64 campaignId);

    QHash<QString, UnitAnswer> answers(qint64 campaignId, qint64 unitId);
    // expectedVersion: the version read (0 when unanswered); a stale answer is refused naming who and when.
    UnitAnswer setAnswer(qint64 campaignId, qint64 unitId, const QString& itemKey, Answer answer,
                         const QString& comment, int expectedVersion);
    void delegate(qint64 campaignId, qint64 unitId, qint64 personId);
    void submit(qint64 campaignId, qint64 unitId);
    void accept(qint64 campaignId, qint64 unitId);
    void returnForRework(qint64 campaignId, qint64 unitId, const QString& reason);

    // Writes answers that came back in a workbook (after CampaignWorkbook checked it) in one transaction;
    // the unit becomes submitted when every item is answered. Returns the number of answers changed.
    int applyReturnedAnswers(qint64 campaignId, qint64 unitId, const QHash<QString, UnitAnswer>& answers);
    struct ReturnedAnswers
    {
        qint64 campaignId = 0;
        qint64 unitId = 0;
        QHash<QString, UnitAnswer> answers;
    };
    // The same for several units at once (a folder of workbooks), in one transaction: all are written or none.
    int applyReturnedAnswers(const QList<ReturnedAnswers>& returned);

    struct UnitProgress
    {
        int answered = 0;
        int total = 0;
    };
    UnitProgress progress(qint64 campaignId, qint64 unitId);
    // units × chapters: the count of each answer (index by Answer) in each cell.
    using AnswerCounts = std::array<int, 5>;
    QHash<qint64, QHash<QString, AnswerCounts>> matrix(qint64 campaignId);
    // Items by how many units answered ×, most first.
    QList<QPair<QString, int>> mostOftenNo(qint64 campaignId, int limit = 10);
    // Where the unit's answer and the audit of the same fiscal year disagree: answered ○ but audited
    // non-conforming or partly conforming (the ones that stand out), and the other way round.
    struct Disagreement
    {
        qint64 unitId = 0;
        QString itemKey;      // the campaign's item
        QString auditItemKey; // the audited item: the same, or the standards item it derives from
        Answer answer = Answer::Unanswered;
        QString auditResult;    // the audit result key
        bool standsOut = false; // ○ but 不適合
    };
    QList<Disagreement> comparisonWithAudit(qint64 campaignId);

Q_SIGNALS:
    void changed(qint64 campaignId, qint64 unitId);

private:
    void requireManage(qint64 campaignId, const QString& what);
    void requireRead(qint64 campaignId, qint64 unitId);
    void setStatus(qint64 campaignId, qint64 unitId, CampaignUnitStatus status, const QString& reason);
    // The campaigns as stored (id 0: all of them), and a campaign's units (unitId 0: all of them), unchecked.
    QList<Campaign> storedCampaigns(qint64 id);
    QList<CampaignUnit> storedUnits(qint64 campaignId, qint64 unitId);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
    QHash<qint64, Checklist> m_checklists;
    // The campaigns' items: a campaign's checklist version and chapters are fixed when it starts.
    QHash<qint64, QList<const ChecklistItem*>> m_items;
};

} // namespace kansa
