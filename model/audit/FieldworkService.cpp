#include "FieldworkService.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ItemCorrespondence.h"
#include "common/Error.h"
#include "org/OrganisationService.h"
#include "org/Role.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/VersionedRows.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// The columns a person edits in a finding and in a working paper, for both insert and update.
ColumnValues findingColumns(const Finding& finding)
{
    return {{u"severity"_s, AuditTexts::key(finding.severity)},
            {u"title"_s, finding.title.trimmed()},
            {u"condition_found"_s, finding.condition},
            {u"criterion"_s, finding.criterion},
            {u"cause"_s, finding.cause},
            {u"effect"_s, finding.effect},
            {u"recommendation"_s, finding.recommendation}};
}

ColumnValues paperColumns(const WorkingPaper& paper)
{
    return {{u"visited_on"_s, dateOrNull(paper.visitedOn)},
            {u"place"_s, paper.place},
            {u"attendees"_s, paper.attendees},
            {u"summary"_s, paper.summary},
            {u"documents_received"_s, paper.documentsReceived}};
}

void checkFinding(const Finding& finding)
{
    if (finding.title.trimmed().isEmpty() || finding.condition.trimmed().isEmpty())
        throw Error(FieldworkService::tr("A finding needs a title and the condition found."));
}

void checkPaper(const WorkingPaper& paper)
{
    if (!paper.visitedOn.isValid() || paper.summary.trimmed().isEmpty())
        throw Error(FieldworkService::tr("A working paper needs the date of the visit and a summary."));
}

// SQL for "this unit, or the organisation when unit_id is NULL", bound twice.
// The rows of one scope; it takes the unit id twice as bound values. Written per case rather than with OR so
// that the database can use its (audit, unit) indexes.
QString sameUnit(qint64 unitId)
{
    return unitId == 0 ? u"(unit_id IS NULL AND ? = 0 AND ? = 0)"_s : u"(unit_id = ? AND unit_id = ?)"_s;
}

// Of two results of last year that reach one item of this year (items merged), the one that asks more of it.
AuditResult worse(AuditResult a, AuditResult b)
{
    const auto rank = [](AuditResult result) {
        switch (result) {
        case AuditResult::NonConforming:
            return 4;
        case AuditResult::PartlyConforming:
            return 3;
        case AuditResult::Conforming:
            return 2;
        case AuditResult::NotApplicable:
            return 1;
        case AuditResult::NotAssessed:
            return 0;
        }
        return 0;
    };
    return rank(b) > rank(a) ? b : a;
}

} // namespace

FieldworkService::FieldworkService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

QVariant FieldworkService::unitValue(qint64 unitId) const
{
    return unitId == OrganisationScope ? QVariant() : QVariant(unitId);
}

FieldworkService::AuditFacts FieldworkService::facts(qint64 auditId)
{
    // The checklists of the audit and of the previous one in the same query: what "the same item last year" needs.
    QSqlQuery query = m_db.exec(u"SELECT a.title, a.status, COALESCE(a.previous_audit_id, 0), a.checklist_key, "
                                "a.checklist_version, p.checklist_key, p.checklist_version FROM audits a "
                                "LEFT JOIN audits p ON p.id = a.previous_audit_id WHERE a.id = ?"_s,
                                {auditId});
    if (!query.next())
        throw Error(tr("The audit no longer exists."));
    return {query.value(0).toString(),
            AuditTexts::status(query.value(1).toString()),
            query.value(2).toLongLong(),
            {query.value(3).toString(), query.value(4).toInt()},
            {query.value(5).toString(), query.value(6).toInt()}};
}

bool FieldworkService::canEdit(qint64 auditId, qint64 unitId)
{
    return m_access.allows(Operation::RecordAudit, m_access.auditUnit(auditId, unitId));
}

QSet<qint64> FieldworkService::editableScopes(qint64 auditId)
{
    return m_access.auditUnitsReached(Operation::RecordAudit, auditId).units;
}

bool FieldworkService::canRead(qint64 auditId, qint64 unitId)
{
    return m_access.allows(Operation::ReadAuditRecords, m_access.auditUnit(auditId, unitId));
}

FieldworkService::AuditScope FieldworkService::scope(qint64 auditId, qint64 unitId)
{
    // A row per chapter in scope (one with no chapter when the audit covers them all).
    QSqlQuery query = m_db.exec(u"SELECT a.title, a.status, EXISTS (SELECT 1 FROM audit_units u WHERE u.audit_id = "
                                "a.id AND u.unit_id = ?), c.chapter FROM audits a LEFT JOIN audit_chapters c ON "
                                "c.audit_id = a.id WHERE a.id = ?"_s,
                                {unitId, auditId});
    AuditScope scope;
    if (!query.next())
        throw Error(tr("The audit no longer exists."));
    scope.title = query.value(0).toString();
    scope.status = AuditTexts::status(query.value(1).toString());
    scope.unitInScope = unitId == OrganisationScope || query.value(2).toBool();
    do {
        if (!query.value(3).isNull())
            scope.chapters.insert(query.value(3).toString());
    } while (query.next());
    return scope;
}

FieldworkService::AuditScope FieldworkService::requireEdit(qint64 auditId, qint64 unitId, const QString& what)
{
    const AuditScope audit = scope(auditId, unitId);
    m_access.require(Operation::RecordAudit, m_access.auditUnit(auditId, unitId), what);
    if (audit.status != AuditStatus::InProgress)
        throw Error(tr("「%1」 is %2: results, evidence and findings are recorded while the audit is in progress.")
                        .arg(audit.title, AuditTexts::name(audit.status)));
    return audit;
}

void FieldworkService::requireRead(qint64 auditId, qint64 unitId)
{
    m_access.require(Operation::ReadAuditRecords, m_access.auditUnit(auditId, unitId), tr("see these audit records"));
}

const Checklist& FieldworkService::checklist(qint64 auditId)
{
    const auto cached = m_checklists.constFind(auditId);
    if (cached != m_checklists.cend())
        return *cached;
    QSqlQuery query = m_db.exec(u"SELECT checklist_key, checklist_version FROM audits WHERE id = ?"_s, {auditId});
    if (!query.next())
        throw Error(tr("The audit no longer exists."));
    ChecklistLibrary library(m_db, m_session);
    return *m_checklists.insert(auditId, library.load(query.value(0).toString(), query.value(1).toInt()));
}

QList<const ChecklistItem*> FieldworkService::itemsInScope(qint64 auditId, qint64 unitId)
{
    QSet<QString> chapters;
    QSqlQuery query = m_db.exec(u"SELECT chapter FROM audit_chapters WHERE audit_id = ?"_s, {auditId});
    while (query.next())
        chapters.insert(query.value(0).toString());
    return itemsOfChapters(auditId, unitId, chapters);
}

QList<const ChecklistItem*> FieldworkService::itemsOfChapters(qint64 auditId, qint64 unitId,
                                                              const QSet<QString>& chapters)
{
    QList<const ChecklistItem*> items;
    for (const ChecklistChapter& chapter : checklist(auditId).chapters) {
        if (!chapters.isEmpty() && !chapters.contains(chapter.number))
            continue;
        for (const ChecklistSection& section : chapter.sections) {
            for (const ChecklistItem& item : section.items) {
                const bool organisationLevel = item.level == u"organisation"_s;
                if (organisationLevel == (unitId == OrganisationScope))
                    items << &item;
            }
        }
    }
    return items;
}

const ChecklistItem* FieldworkService::itemInScope(const AuditScope& audit, qint64 auditId, qint64 unitId,
                                                   const QString& itemKey)
{
    if (!audit.unitInScope)
        throw Error(tr("The unit is not in the scope of the audit."));
    for (const ChecklistItem* item : itemsOfChapters(auditId, unitId, audit.chapters)) {
        if (item->id == itemKey)
            return item;
    }
    throw Error(tr("The item %1 is not in the scope of the audit at this level.").arg(itemKey));
}

QHash<QString, ItemResult> FieldworkService::results(qint64 auditId, qint64 unitId)
{
    requireRead(auditId, unitId);
    return resultsOf(auditId, unitId);
}

QHash<QString, ItemResult> FieldworkService::resultsOf(qint64 auditId, qint64 unitId)
{
    QHash<QString, ItemResult> map;
    QSqlQuery query = m_db.exec(u"SELECT id, item_key, result, notes, "_s % VersionedRows::stampColumns() %
                                    u" FROM audit_results WHERE audit_id = ? AND "_s % sameUnit(unitId),
                                {auditId, unitId, unitId});
    while (query.next()) {
        ItemResult result{query.value(0).toLongLong(), unitId,
                          query.value(1).toString(),   AuditTexts::result(query.value(2).toString()),
                          query.value(3).toString(),   VersionedRows::readStamp(query, 4)};
        map.insert(result.itemKey, result);
    }
    return map;
}

QHash<QPair<qint64, QString>, QString> FieldworkService::notesOfAudit(qint64 auditId)
{
    const UnitsReached reached = m_access.auditUnitsReached(Operation::ReadAuditRecords, auditId);
    QHash<QPair<qint64, QString>, QString> notes;
    QSqlQuery query = m_db.exec(u"SELECT COALESCE(unit_id, 0), item_key, notes FROM audit_results "
                                "WHERE audit_id = ? AND notes <> ''"_s,
                                {auditId});
    while (query.next()) {
        const qint64 unitId = query.value(0).toLongLong();
        if (reached.contains(unitId))
            notes.insert({unitId, query.value(1).toString()}, query.value(2).toString());
    }
    return notes;
}

ItemResult FieldworkService::result(qint64 auditId, qint64 unitId, const QString& itemKey)
{
    requireRead(auditId, unitId);
    return storedResult(auditId, unitId, itemKey)
        .value_or(ItemResult{0, unitId, itemKey, AuditResult::NotAssessed, {}, {}});
}

std::optional<ItemResult> FieldworkService::storedResult(qint64 auditId, qint64 unitId, const QString& itemKey)
{
    QSqlQuery query =
        m_db.exec(u"SELECT id, result, notes, "_s % VersionedRows::stampColumns() %
                      u" FROM audit_results WHERE audit_id = ? AND item_key = ? AND "_s % sameUnit(unitId),
                  {auditId, itemKey, unitId, unitId});
    if (!query.next())
        return std::nullopt;
    return ItemResult{query.value(0).toLongLong(),
                      unitId,
                      itemKey,
                      AuditTexts::result(query.value(1).toString()),
                      query.value(2).toString(),
                      VersionedRows::readStamp(query, 3)};
}

QHash<QString, FieldworkService::SelfAnswer> FieldworkService::selfInspectionAnswers(qint64 auditId, qint64 unitId)
{
    if (unitId == OrganisationScope || !canRead(auditId, unitId))
        return {};
    return selfInspectionAnswersOf(auditId, unitId);
}

QHash<QString, FieldworkService::SelfAnswer> FieldworkService::selfInspectionAnswersOf(qint64 auditId, qint64 unitId)
{
    QHash<QString, SelfAnswer> byItem;
    if (unitId == OrganisationScope)
        return byItem;
    QSqlQuery campaigns =
        m_db.exec(u"SELECT c.id, c.title, c.checklist_key, c.checklist_version FROM campaigns c "
                  "JOIN audits au ON au.fiscal_year = c.fiscal_year WHERE au.id = ? ORDER BY c.id DESC"_s,
                  {auditId});
    // Read before the loop queries again (PostgreSQL streams one query at a time).
    QList<QVariantList> rows;
    while (campaigns.next())
        rows << QVariantList{campaigns.value(0), campaigns.value(1), campaigns.value(2), campaigns.value(3)};
    ChecklistLibrary library(m_db, m_session);
    const Checklist& audited = checklist(auditId);
    for (const QVariantList& campaign : rows) {
        const QString key = campaign[2].toString() % u'#' % campaign[3].toString();
        if (!m_derivedItems.contains(key)) {
            QMultiHash<QString, QString> derived;
            const Checklist asked = library.load(campaign[2].toString(), campaign[3].toInt());
            for (const ChecklistItem* item : asked.items()) {
                derived.insert(item->id, item->id);
                for (const QString& source : item->derivedFrom)
                    derived.insert(source, item->id);
            }
            m_derivedItems.insert(key, derived);
        }
        QHash<QString, QPair<QString, QString>> answers; // by the campaign's item: answer and comment
        QSqlQuery answered = m_db.exec(u"SELECT item_key, answer, comment FROM campaign_answers WHERE campaign_id = ? "
                                       "AND unit_id = ? AND answer <> 'unanswered'"_s,
                                       {campaign[0], unitId});
        while (answered.next())
            answers.insert(answered.value(0).toString(), {answered.value(1).toString(), answered.value(2).toString()});
        answered.finish();
        if (answers.isEmpty())
            continue;
        // Another version of the audit's checklist: the items a crosswalk maps this one to (or itself); another
        // checklist: the items derived from this one (the staff sheet points at the standards items), and those a
        // crosswalk maps it to. The newest campaign that asked an item answers for it.
        const ChecklistRef askedRef{campaign[2].toString(), campaign[3].toInt()};
        const ItemCorrespondence crosswalk = ItemCorrespondence::between(m_db, {audited.id, audited.version}, askedRef);
        for (const ChecklistItem* item : audited.items()) {
            if (byItem.contains(item->id))
                continue;
            QStringList candidates =
                askedRef.key == audited.id ? QStringList() : m_derivedItems.value(key).values(item->id);
            candidates << crosswalk.counterparts(item->id);
            for (const QString& asked : std::as_const(candidates)) {
                const auto found = answers.constFind(asked);
                if (found != answers.cend()) {
                    byItem.insert(item->id, SelfAnswer{found->first, found->second, campaign[1].toString()});
                    break;
                }
            }
        }
    }
    return byItem;
}

ItemResult FieldworkService::setResult(qint64 auditId, qint64 unitId, const QString& itemKey, AuditResult result,
                                       const QString& notes, int expectedVersion)
{
    itemInScope(requireEdit(auditId, unitId, tr("record audit results")), auditId, unitId, itemKey);
    ItemResult saved;
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QVariant existing =
            m_db.scalar(u"SELECT id FROM audit_results WHERE audit_id = ? AND item_key = ? AND "_s % sameUnit(unitId),
                        {auditId, itemKey, unitId, unitId});
        if (existing.isValid()) {
            changes.update(u"audit_results"_s, existing.toLongLong(), expectedVersion, itemKey,
                           {{u"result"_s, AuditTexts::key(result)}, {u"notes"_s, notes}});
        } else {
            if (expectedVersion != 0)
                throw StaleEdit(tr("The result of %1 has been removed by someone else in the meantime.").arg(itemKey));
            changes.insert(u"audit_results"_s, {{u"audit_id"_s, auditId},
                                                {u"unit_id"_s, unitValue(unitId)},
                                                {u"item_key"_s, itemKey},
                                                {u"result"_s, AuditTexts::key(result)},
                                                {u"notes"_s, notes}});
        }
        saved = *storedResult(auditId, unitId, itemKey); // read in the write: the version it saved
        changes.announce(this, [=, this] { Q_EMIT changed(auditId, unitId); });
    });
    return saved;
}

FieldworkService::PreviousYear FieldworkService::previousYear(qint64 auditId, qint64 unitId)
{
    PreviousYear previous;
    const AuditFacts audit = facts(auditId);
    if (!audit.previousAuditId || !canRead(audit.previousAuditId, unitId))
        return previous;
    QHash<QString, AuditResult> results;
    QSqlQuery query =
        m_db.exec(u"SELECT item_key, result FROM audit_results WHERE audit_id = ? AND "_s % sameUnit(unitId),
                  {audit.previousAuditId, unitId, unitId});
    while (query.next())
        results.insert(query.value(0).toString(), AuditTexts::result(query.value(1).toString()));
    // An organisation-level item's findings belong to units; the organisation's own row shows them all.
    QList<OpenFinding> open;
    QSqlQuery findings = m_db.exec(u"SELECT f.id, f.unit_id, f.item_key, f.severity, f.title, p.status FROM "
                                   "audit_findings f LEFT JOIN remediation_plans p ON p.finding_id = f.id "
                                   "WHERE f.audit_id = ? AND (? = 0 OR f.unit_id = ?) AND (p.id IS NULL OR "_s %
                                       RemediationTexts::openCondition(u"p"_s) % u") ORDER BY f.id"_s,
                                   {audit.previousAuditId, unitId, unitId});
    while (findings.next()) {
        OpenFinding finding{findings.value(0).toLongLong(), findings.value(1).toLongLong(),
                            findings.value(2).toString(),   AuditTexts::severity(findings.value(3).toString()),
                            findings.value(4).toString(),   {}};
        if (!findings.value(5).isNull())
            finding.planStatus = RemediationTexts::status(findings.value(5).toString());
        open << finding;
    }
    findings.finish();
    if (unitId == OrganisationScope && !open.isEmpty()) {
        // Filtered after the rows are read: PostgreSQL streams one query at a time.
        const UnitsReached readable = m_access.auditUnitsReached(Operation::ReadAuditRecords, audit.previousAuditId);
        open.removeIf([&](const OpenFinding& f) { return !readable.contains(f.unitId); });
    }
    QHash<QString, QList<OpenFinding>> openByItem;
    for (const OpenFinding& finding : std::as_const(open))
        openByItem[finding.itemKey] << finding;
    // Keyed by this year's items: the same id, or the items a crosswalk maps last year's to.
    const ItemCorrespondence correspondence =
        ItemCorrespondence::between(m_db, audit.checklist, audit.previousChecklist);
    previous.results = correspondence.carriedBack(results, worse);
    previous.openFindings =
        correspondence.carriedBack(openByItem, [](QList<OpenFinding> kept, const QList<OpenFinding>& met) {
            kept << met;
            std::ranges::sort(kept, {}, &OpenFinding::findingId);
            return kept;
        });
    return previous;
}

FieldworkService::Progress FieldworkService::progress(qint64 auditId, qint64 unitId)
{
    Progress progress;
    const QList<const ChecklistItem*> items = itemsInScope(auditId, unitId);
    progress.total = static_cast<int>(items.size());
    QSet<QString> keys;
    for (const ChecklistItem* item : items)
        keys.insert(item->id);
    QSqlQuery query =
        m_db.exec(u"SELECT item_key FROM audit_results WHERE audit_id = ? AND result <> ? AND "_s % sameUnit(unitId),
                  {auditId, AuditTexts::key(AuditResult::NotAssessed), unitId, unitId});
    while (query.next())
        progress.assessed += keys.contains(query.value(0).toString()) ? 1 : 0;
    return progress;
}

QHash<qint64, FieldworkService::UnitSummary> FieldworkService::summary(qint64 auditId)
{
    QHash<qint64, UnitSummary> map;
    QList<qint64> scopes{OrganisationScope};
    QSqlQuery units = m_db.exec(u"SELECT unit_id FROM audit_units WHERE audit_id = ?"_s, {auditId});
    while (units.next())
        scopes << units.value(0).toLongLong();
    const int unitItems = static_cast<int>(itemsInScope(auditId, scopes.size() > 1 ? scopes[1] : -1).size());
    const int organisationItems = static_cast<int>(itemsInScope(auditId, OrganisationScope).size());
    const UnitsReached readable = m_access.auditUnitsReached(Operation::ReadAuditRecords, auditId);
    for (qint64 scope : scopes) {
        if (readable.contains(scope))
            map[scope].progress.total = scope == OrganisationScope ? organisationItems : unitItems;
    }
    QSqlQuery results = m_db.exec(u"SELECT COALESCE(unit_id, 0), result, COUNT(*) FROM audit_results "
                                  "WHERE audit_id = ? GROUP BY unit_id, result"_s,
                                  {auditId});
    while (results.next()) {
        const auto it = map.find(results.value(0).toLongLong());
        if (it == map.end())
            continue;
        const AuditResult result = AuditTexts::result(results.value(1).toString());
        const int count = results.value(2).toInt();
        if (result != AuditResult::NotAssessed)
            it->progress.assessed += count;
        if (result == AuditResult::NonConforming)
            it->nonConforming += count;
        if (result == AuditResult::PartlyConforming)
            it->partlyConforming += count;
    }
    QSqlQuery findings =
        m_db.exec(u"SELECT unit_id, COUNT(*) FROM audit_findings WHERE audit_id = ? GROUP BY unit_id"_s, {auditId});
    while (findings.next()) {
        const auto it = map.find(findings.value(0).toLongLong());
        if (it != map.end())
            it->findings = findings.value(1).toInt();
    }
    return map;
}

QList<Evidence> FieldworkService::loadEvidence(const QString& condition, const QVariantList& values)
{
    QList<Evidence> list;
    QHash<qint64, qsizetype> byId;
    QSqlQuery query = m_db.exec(u"SELECT e.id, COALESCE(e.unit_id, 0), e.item_key, e.kind, e.description, "
                                "e.observed_on, "_s %
                                    VersionedRows::stampColumns(u"e"_s) % u" FROM audit_evidence e WHERE "_s %
                                    condition % u" ORDER BY e.id"_s,
                                values);
    while (query.next()) {
        Evidence e;
        e.id = query.value(0).toLongLong();
        e.unitId = query.value(1).toLongLong();
        e.itemKey = query.value(2).toString();
        e.kind = AuditTexts::evidenceKind(query.value(3).toString());
        e.description = query.value(4).toString();
        e.observedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        e.stamp = VersionedRows::readStamp(query, 6);
        byId.insert(e.id, list.size());
        list << e;
    }
    if (list.isEmpty())
        return list;
    QSqlQuery files = m_db.exec(u"SELECT f.evidence_id, f.id, f.file_name, f.size, f.sha256, f.created_at, "
                                "f.created_by FROM audit_evidence_files f JOIN audit_evidence e ON e.id = "
                                "f.evidence_id WHERE "_s %
                                    condition % u" ORDER BY f.id"_s,
                                values);
    while (files.next()) {
        const auto at = byId.constFind(files.value(0).toLongLong());
        if (at == byId.cend())
            continue;
        list[*at].files << EvidenceFile{files.value(1).toLongLong(),
                                        files.value(2).toString(),
                                        files.value(3).toLongLong(),
                                        files.value(4).toString(),
                                        QDateTime::fromString(files.value(5).toString(), Qt::ISODateWithMs),
                                        files.value(6).toString()};
    }
    return list;
}

QList<Evidence> FieldworkService::evidence(qint64 auditId, qint64 unitId, const QString& itemKey)
{
    requireRead(auditId, unitId);
    return loadEvidence(u"e.audit_id = ? AND e.item_key = ? AND "_s %
                            sameUnit(unitId).replace(u"unit_id"_s, u"e.unit_id"_s),
                        {auditId, itemKey, unitId, unitId});
}

QHash<QPair<qint64, QString>, QList<Evidence>> FieldworkService::evidenceOfAudit(qint64 auditId)
{
    const UnitsReached reached = m_access.auditUnitsReached(Operation::ReadAuditRecords, auditId);
    QHash<QPair<qint64, QString>, QList<Evidence>> byItem;
    for (const Evidence& e : loadEvidence(u"e.audit_id = ?"_s, {auditId})) {
        if (reached.contains(e.unitId))
            byItem[{e.unitId, e.itemKey}] << e;
    }
    return byItem;
}

qint64 FieldworkService::addEvidence(qint64 auditId, const Evidence& evidence)
{
    itemInScope(requireEdit(auditId, evidence.unitId, tr("record evidence")), auditId, evidence.unitId,
                evidence.itemKey);
    if (evidence.description.trimmed().isEmpty())
        throw Error(tr("Describe the evidence: what was reviewed, who was interviewed or what was seen."));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(u"audit_evidence"_s, {{u"audit_id"_s, auditId},
                                                               {u"unit_id"_s, unitValue(evidence.unitId)},
                                                               {u"item_key"_s, evidence.itemKey},
                                                               {u"kind"_s, AuditTexts::key(evidence.kind)},
                                                               {u"description"_s, evidence.description.trimmed()},
                                                               {u"observed_on"_s, dateOrNull(evidence.observedOn)}});
        changes.announce(this, [=, this] { Q_EMIT changed(auditId, evidence.unitId); });
        return id;
    });
}

void FieldworkService::removeEvidence(qint64 auditId, qint64 evidenceId, int expectedVersion)
{
    const qint64 unitId =
        m_db.scalar(u"SELECT COALESCE(unit_id, 0) FROM audit_evidence WHERE id = ? AND audit_id = ?"_s,
                    {evidenceId, auditId})
            .toLongLong();
    requireEdit(auditId, unitId, tr("remove evidence"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.removeWhere(u"audit_evidence_files"_s, u"evidence_id"_s, evidenceId);
        changes.remove(u"audit_evidence"_s, evidenceId, expectedVersion, tr("evidence"));
        changes.announce(this, [=, this] { Q_EMIT changed(auditId, unitId); });
    });
}

qint64 FieldworkService::evidenceFileLimit()
{
    return OrganisationService::evidenceFileLimit(m_db);
}

qint64 FieldworkService::attachFile(qint64 auditId, qint64 evidenceId, const QString& fileName,
                                    const QByteArray& content)
{
    QSqlQuery owner = m_db.exec(u"SELECT COALESCE(unit_id, 0) FROM audit_evidence WHERE id = ? AND audit_id = ?"_s,
                                {evidenceId, auditId});
    if (!owner.next())
        throw Error(tr("The evidence no longer exists."));
    const qint64 unitId = owner.value(0).toLongLong();
    owner.finish();
    requireEdit(auditId, unitId, tr("attach evidence files"));
    const qint64 limit = evidenceFileLimit();
    if (content.size() > limit)
        throw Error(tr("%1 is %2 MB; evidence files may be at most %3 MB (the administrator can change the limit).")
                        .arg(fileName)
                        .arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(limit) / (1024 * 1024), 0, 'f', 1));
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        // The content enters the change log by its hash and size.
        const qint64 id = changes.append(u"audit_evidence_files"_s, {{u"evidence_id"_s, evidenceId},
                                                                     {u"file_name"_s, fileName},
                                                                     {u"size"_s, content.size()},
                                                                     {u"sha256"_s, sha256},
                                                                     {u"content"_s, content}});
        changes.announce(this, [=, this] { Q_EMIT changed(auditId, unitId); });
        return id;
    });
}

QByteArray FieldworkService::fileContent(qint64 auditId, qint64 fileId, QString* fileName)
{
    QSqlQuery query = m_db.exec(u"SELECT COALESCE(e.unit_id, 0), f.file_name, f.content, f.sha256 FROM "
                                "audit_evidence_files f JOIN audit_evidence e ON e.id = f.evidence_id "
                                "WHERE f.id = ? AND e.audit_id = ?"_s,
                                {fileId, auditId});
    if (!query.next())
        throw Error(tr("The file no longer exists."));
    requireRead(auditId, query.value(0).toLongLong());
    const QByteArray content = query.value(2).toByteArray();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) !=
        query.value(3).toString())
        throw Error(
            tr("The stored file %1 does not match its SHA-256: it has been damaged.").arg(query.value(1).toString()));
    if (fileName)
        *fileName = query.value(1).toString();
    return content;
}

FieldworkService::ScopeRecords FieldworkService::scopeRecords(qint64 auditId, qint64 unitId)
{
    const AccessTarget target = m_access.auditUnit(auditId, unitId);
    m_access.require(Operation::ReadAuditRecords, target, tr("see these audit records"));
    ScopeRecords records;
    records.editable = m_access.allows(Operation::RecordAudit, target);
    records.results = resultsOf(auditId, unitId);
    records.previous = previousYear(auditId, unitId);
    records.selfInspection = selfInspectionAnswersOf(auditId, unitId);
    records.evidence = loadEvidence(u"e.audit_id = ? AND "_s % sameUnit(unitId).replace(u"unit_id"_s, u"e.unit_id"_s),
                                    {auditId, unitId, unitId});
    // An organisation-level item's findings belong to units; the organisation's own row shows them all.
    records.findings = findingsOf(auditId, unitId == OrganisationScope ? -1 : unitId);
    return records;
}

QHash<QString, int> FieldworkService::ScopeRecords::annotations() const
{
    QHash<QString, int> marks;
    for (const ItemResult& result : results) {
        if (!result.notes.isEmpty())
            marks[result.itemKey] |= HasNotes;
    }
    for (const Evidence& e : evidence)
        marks[e.itemKey] |= HasEvidence;
    for (const Finding& f : findings)
        marks[f.itemKey] |= HasFinding;
    return marks;
}

FieldworkService::Progress FieldworkService::ScopeRecords::progress(const QList<const ChecklistItem*>& items) const
{
    Progress progress;
    progress.total = static_cast<int>(items.size());
    for (const ChecklistItem* item : items)
        progress.assessed += results.value(item->id).result != AuditResult::NotAssessed ? 1 : 0;
    return progress;
}

QList<Finding> FieldworkService::findings(qint64 auditId, qint64 unitId)
{
    if (unitId >= 0)
        requireRead(auditId, unitId);
    return findingsOf(auditId, unitId);
}

QList<Finding> FieldworkService::findingsOf(qint64 auditId, qint64 unitId)
{
    QList<Finding> list =
        loadFindings(u"audit_id = ? AND (? < 0 OR unit_id = ?)"_s, {auditId, unitId, unitId}, u" ORDER BY id"_s);
    // Filtered after the rows are read: PostgreSQL streams one query at a time.
    if (unitId < 0) {
        const UnitsReached readable = m_access.auditUnitsReached(Operation::ReadAuditRecords, auditId);
        list.removeIf([&](const Finding& f) { return !readable.contains(f.unitId); });
    }
    return list;
}

QList<Finding> FieldworkService::findingRange(qint64 auditId, const FindingFilter& filter, int first, int count,
                                              int* selected)
{
    const UnitsReached readable = m_access.auditUnitsReached(Operation::ReadAuditRecords, auditId);
    QStringList conditions{u"audit_id = ?"_s};
    QVariantList binds{auditId};
    if (!readable.every) {
        conditions << (readable.units.isEmpty()
                           ? u"1 = 0"_s
                           : u"unit_id IN ("_s % QStringList(readable.units.size(), u"?"_s).join(u", "_s) % u')');
        for (qint64 unitId : readable.units)
            binds << unitId;
    }
    if (filter.unitId >= 0) {
        conditions << u"unit_id = ?"_s;
        binds << filter.unitId;
    }
    if (filter.severity) {
        conditions << u"severity = ?"_s;
        binds << AuditTexts::key(*filter.severity);
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The clause references are the checklist's, not the database's: the items whose reference holds the text.
        QStringList searched{m_db.textContains(u"title"_s), m_db.textContains(u"condition_found"_s),
                             m_db.textContains(u"recommendation"_s)};
        const QVariant value = m_db.searchValue(search);
        binds << value << value << value;
        QStringList referenced;
        for (const ChecklistItem* item : checklist(auditId).items()) {
            if (item->ref.contains(search, Qt::CaseInsensitive)) {
                referenced << u"?"_s;
                binds << item->id;
            }
        }
        if (!referenced.isEmpty())
            searched << u"item_key IN ("_s % referenced.join(u", "_s) % u')';
        conditions << u'(' % searched.join(u" OR "_s) % u')';
    }
    const QString where = conditions.join(u" AND "_s);
    QVariantList bound = binds;
    QString counted;
    if (selected) {
        // Counted by the same round trip, in a subquery run once.
        counted = u", (SELECT COUNT(*) FROM audit_findings WHERE "_s % where % u')';
        bound = binds + binds;
    }
    return loadFindings(where, bound,
                        u" ORDER BY id LIMIT "_s % QString::number(std::max(0, count)) % u" OFFSET "_s %
                            QString::number(std::max(0, first)),
                        counted, selected);
}

QList<Finding> FieldworkService::loadFindings(const QString& where, const QVariantList& binds, const QString& order,
                                              const QString& counted, int* selected)
{
    if (selected)
        *selected = 0;
    QList<Finding> list;
    QSqlQuery query =
        m_db.exec(u"SELECT id, unit_id, item_key, severity, title, condition_found, criterion, cause, "
                  "effect, recommendation, audit_id, "_s %
                      VersionedRows::stampColumns() % counted % u" FROM audit_findings WHERE "_s % where % order,
                  binds);
    while (query.next()) {
        Finding f;
        f.id = query.value(0).toLongLong();
        f.unitId = query.value(1).toLongLong();
        f.itemKey = query.value(2).toString();
        f.severity = AuditTexts::severity(query.value(3).toString());
        f.title = query.value(4).toString();
        f.condition = query.value(5).toString();
        f.criterion = query.value(6).toString();
        f.cause = query.value(7).toString();
        f.effect = query.value(8).toString();
        f.recommendation = query.value(9).toString();
        f.auditId = query.value(10).toLongLong();
        f.stamp = VersionedRows::readStamp(query, 11);
        if (selected)
            *selected = query.value(16).toInt(); // after the stamp's five columns
        list << f;
    }
    return list;
}

qint64 FieldworkService::addFinding(const Finding& finding)
{
    requireEdit(finding.auditId, finding.unitId, tr("raise findings"));
    if (finding.unitId == OrganisationScope)
        throw Error(tr("A finding belongs to a unit: choose the unit responsible."));
    // An organisation-level item may be found wanting in a unit; any item of the audit's checklist will do.
    bool known = false;
    for (const ChecklistItem* item : checklist(finding.auditId).items())
        known |= item->id == finding.itemKey;
    if (!known)
        throw Error(tr("The item %1 is not in the audit's checklist.").arg(finding.itemKey));
    checkFinding(finding);
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(u"audit_findings"_s, ColumnValues{{u"audit_id"_s, finding.auditId},
                                                                           {u"unit_id"_s, finding.unitId},
                                                                           {u"item_key"_s, finding.itemKey}} +
                                                                  findingColumns(finding));
        changes.announce(this, [=, this] { Q_EMIT changed(finding.auditId, finding.unitId); });
        return id;
    });
}

void FieldworkService::updateFinding(const Finding& finding)
{
    // Decided on the finding's stored audit and unit, never on those the caller passes.
    const AccessTarget stored = m_access.finding(finding.id);
    requireEdit(stored.auditId, stored.unitId, tr("change findings"));
    checkFinding(finding);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"audit_findings"_s, finding.id, finding.stamp.version, finding.title, findingColumns(finding));
        changes.announce(this, [=, this] { Q_EMIT changed(stored.auditId, stored.unitId); });
    });
}

void FieldworkService::removeFinding(qint64 auditId, qint64 findingId, int expectedVersion)
{
    const qint64 unitId =
        m_db.scalar(u"SELECT unit_id FROM audit_findings WHERE id = ? AND audit_id = ?"_s, {findingId, auditId})
            .toLongLong();
    requireEdit(auditId, unitId, tr("remove findings"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.remove(u"audit_findings"_s, findingId, expectedVersion, tr("finding"));
        changes.announce(this, [=, this] { Q_EMIT changed(auditId, unitId); });
    });
}

QList<WorkingPaper> FieldworkService::workingPapers(qint64 auditId, qint64 unitId)
{
    requireRead(auditId, unitId);
    QList<WorkingPaper> list;
    QSqlQuery query = m_db.exec(
        u"SELECT id, visited_on, place, attendees, summary, documents_received, "_s % VersionedRows::stampColumns() %
            u" FROM working_papers WHERE audit_id = ? AND unit_id = ? ORDER BY visited_on, id"_s,
        {auditId, unitId});
    while (query.next())
        list << WorkingPaper{query.value(0).toLongLong(),
                             auditId,
                             unitId,
                             QDate::fromString(query.value(1).toString(), Qt::ISODate),
                             query.value(2).toString(),
                             query.value(3).toString(),
                             query.value(4).toString(),
                             query.value(5).toString(),
                             VersionedRows::readStamp(query, 6)};
    return list;
}

qint64 FieldworkService::addWorkingPaper(const WorkingPaper& paper)
{
    requireEdit(paper.auditId, paper.unitId, tr("write working papers"));
    checkPaper(paper);
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.insert(u"working_papers"_s,
                                         ColumnValues{{u"audit_id"_s, paper.auditId}, {u"unit_id"_s, paper.unitId}} +
                                             paperColumns(paper));
        changes.announce(this, [=, this] { Q_EMIT changed(paper.auditId, paper.unitId); });
        return id;
    });
}

void FieldworkService::updateWorkingPaper(const WorkingPaper& paper)
{
    const AccessTarget stored = m_access.workingPaper(paper.id);
    requireEdit(stored.auditId, stored.unitId, tr("change working papers"));
    checkPaper(paper);
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"working_papers"_s, paper.id, paper.stamp.version, tr("working paper"), paperColumns(paper));
        changes.announce(this, [=, this] { Q_EMIT changed(stored.auditId, stored.unitId); });
    });
}

QList<FieldworkService::WorkItem> FieldworkService::myWork()
{
    QList<WorkItem> work;
    if (!m_session.personId)
        return work;
    // The units assigned to the person, and the units not yet fully assessed of the audits they lead as chief
    // auditor (who is seldom assigned a unit but answers for every one).
    const QVariant approved = AuditTexts::key(AuditStatus::Approved);
    const QVariant inProgress = AuditTexts::key(AuditStatus::InProgress);
    QSqlQuery query = m_db.exec(
        u"SELECT a.id, a.title, a.fiscal_year, s.unit_id, u.name, au.scheduled_on, u.sort_order, 0 AS leading "
        "FROM audit_assignments s JOIN audits a ON a.id = s.audit_id JOIN units u ON u.id = s.unit_id "
        "LEFT JOIN audit_units au ON au.audit_id = s.audit_id AND au.unit_id = s.unit_id "
        "WHERE s.person_id = ? AND a.status IN (?, ?) "
        "UNION SELECT a.id, a.title, a.fiscal_year, au.unit_id, u.name, au.scheduled_on, u.sort_order, 1 "
        "FROM audit_units au JOIN audits a ON a.id = au.audit_id JOIN units u ON u.id = au.unit_id "
        "WHERE a.chief_auditor_id = ? AND a.status IN (?, ?) AND NOT EXISTS (SELECT 1 FROM audit_assignments s "
        "WHERE s.audit_id = au.audit_id AND s.unit_id = au.unit_id AND s.person_id = ?) "
        "ORDER BY 3 DESC, 6, 7"_s,
        {m_session.personId, approved, inProgress, m_session.personId, approved, inProgress, m_session.personId});
    QList<bool> leading;
    while (query.next()) {
        work << WorkItem{query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toInt(),
                         query.value(3).toLongLong(),
                         query.value(4).toString(),
                         QDate::fromString(query.value(5).toString(), Qt::ISODate),
                         {}};
        leading << query.value(7).toBool();
    }
    QList<WorkItem> left;
    for (int i = 0; i < work.size(); ++i) {
        work[i].progress = progress(work[i].auditId, work[i].unitId);
        if (!leading[i] || work[i].progress.assessed < work[i].progress.total)
            left << work[i];
    }
    return left;
}

} // namespace kansa
