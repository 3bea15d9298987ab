#include "DashboardService.h"

#include "checklist/ItemCorrespondence.h"

#include "calendar/JapaneseCalendar.h"
#include "checklist/ChecklistLibrary.h"
#include "common/Error.h"
#include "remediation/RemediationService.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString percent(double rate)
{
    return rate < 0 ? QString() : QString::number(rate, 'f', 1);
}

QDate dayOf(const QVariant& timestamp)
{
    return QDate::fromString(timestamp.toString().left(10), Qt::ISODate);
}

void tally(ComplianceFigure& figure, AuditResult result, int count)
{
    if (result == AuditResult::Conforming)
        figure.conforming += count;
    else if (result == AuditResult::PartlyConforming)
        figure.partlyConforming += count;
    else if (result == AuditResult::NonConforming)
        figure.nonConforming += count;
}

} // namespace

int DashboardFigures::findingCount(std::optional<Severity> severity) const
{
    int count = 0;
    for (const FindingTally& tally : findings) {
        if (!severity || tally.severity == *severity)
            count += tally.count;
    }
    return count;
}

DashboardService::DashboardService(Database& db, Session session, RemediationService& remediation, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
    , m_remediation(remediation)
{}

bool DashboardService::canRead() const
{
    return m_access.reachesEverything(Operation::ReadOrganisationWide);
}

void DashboardService::requireRead()
{
    m_access.require(Operation::ReadOrganisationWide, m_access.organisation(), tr("see the dashboard"));
}

const QList<Severity>& DashboardService::severities()
{
    static const QList<Severity> list{Severity::Major, Severity::Minor, Severity::Advice};
    return list;
}

const QList<std::optional<PlanStatus>>& DashboardService::states()
{
    static const QList<std::optional<PlanStatus>> list{std::nullopt,           PlanStatus::NotStarted,
                                                       PlanStatus::InProgress, PlanStatus::Completed,
                                                       PlanStatus::Verified,   PlanStatus::RiskAccepted};
    return list;
}

QString DashboardService::stateName(const std::optional<PlanStatus>& status)
{
    return status ? RemediationTexts::name(*status) : tr("No plan yet");
}

QList<DashboardService::AuditScope> DashboardService::auditsOf(int fiscalYear, QList<ComplianceFigure>& chapters)
{
    QList<AuditScope> audits;
    QSqlQuery query = m_db.exec(
        u"SELECT id, checklist_key, checklist_version FROM audits WHERE fiscal_year = ? ORDER BY id"_s, {fiscalYear});
    QList<std::tuple<qint64, QString, int>> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    for (const auto& [id, key, version] : rows) {
        // A checklist version never changes once stored, so it is read once.
        const QString cacheKey = key % u'#' % QString::number(version);
        if (!m_checklists.contains(cacheKey))
            m_checklists.insert(cacheKey, ChecklistLibrary(m_db, m_session).load(key, version));
        const Checklist& checklist = m_checklists[cacheKey];
        AuditScope scope{id, {}, {}, {key, version}};
        for (const ChecklistChapter& chapter : checklist.chapters) {
            auto at = std::ranges::find(chapters, chapter.number, &ComplianceFigure::key);
            if (at == chapters.end()) {
                chapters << ComplianceFigure{chapter.number,
                                             chapter.number % u" "_s % chapter.title.in(Translations::current())};
                at = chapters.end() - 1;
            }
            const int index = static_cast<int>(at - chapters.begin());
            for (const ChecklistSection& section : chapter.sections) {
                for (const ChecklistItem& item : section.items) {
                    scope.chapterOfItem.insert(item.id, index);
                    scope.itemText.insert(item.id, item.ref % u" "_s % item.question.in(Translations::current()));
                }
            }
        }
        audits << scope;
    }
    return audits;
}

QList<ComplianceFigure> DashboardService::chapterFigures(int fiscalYear)
{
    QList<ComplianceFigure> chapters;
    for (const AuditScope& audit : auditsOf(fiscalYear, chapters)) {
        QSqlQuery query = m_db.exec(u"SELECT item_key, result, COUNT(*) FROM audit_results WHERE audit_id = ? "
                                    "GROUP BY item_key, result"_s,
                                    {audit.id});
        while (query.next()) {
            const int chapter = audit.chapterOfItem.value(query.value(0).toString(), -1);
            if (chapter >= 0)
                tally(chapters[chapter], AuditTexts::result(query.value(1).toString()), query.value(2).toInt());
        }
    }
    return chapters;
}

std::optional<QList<ComplianceFigure>> DashboardService::previousAuditsByChapter(int fiscalYear)
{
    QSqlQuery query = m_db.exec(u"SELECT a.id, p.id, p.checklist_key, p.checklist_version FROM audits a "
                                "JOIN audits p ON p.id = a.previous_audit_id WHERE a.fiscal_year = ?"_s,
                                {fiscalYear});
    QHash<qint64, std::pair<qint64, ChecklistRef>> previousOf;
    while (query.next())
        previousOf.insert(query.value(0).toLongLong(),
                          {query.value(1).toLongLong(), {query.value(2).toString(), query.value(3).toInt()}});
    query.finish();
    if (previousOf.isEmpty())
        return std::nullopt;
    QList<ComplianceFigure> chapters;
    for (const AuditScope& audit : auditsOf(fiscalYear, chapters)) {
        const auto previous = previousOf.constFind(audit.id);
        if (previous == previousOf.cend())
            continue;
        const ItemCorrespondence correspondence = ItemCorrespondence::between(m_db, audit.checklist, previous->second);
        QSqlQuery results = m_db.exec(u"SELECT item_key, result, COUNT(*) FROM audit_results WHERE audit_id = ? "
                                      "GROUP BY item_key, result"_s,
                                      {previous->first});
        while (results.next()) {
            // An item split in two within one chapter counts there once.
            QSet<int> reached;
            for (const QString& item : correspondence.origins(results.value(0).toString()))
                reached.insert(audit.chapterOfItem.value(item, -1));
            reached.remove(-1);
            for (int chapter : std::as_const(reached))
                tally(chapters[chapter], AuditTexts::result(results.value(1).toString()), results.value(2).toInt());
        }
    }
    return chapters;
}

QHash<qint64, QString> DashboardService::unitNames()
{
    QHash<qint64, QString> names;
    QSqlQuery query = m_db.exec(u"SELECT id, name FROM units"_s);
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

QList<ComplianceFigure> DashboardService::unitFigures(int fiscalYear)
{
    const QHash<qint64, QString> names = unitNames();
    QList<ComplianceFigure> units;
    QHash<qint64, qsizetype> index;
    // Audit by audit, so that the tally reads only the (audit, unit, result) index.
    QList<qint64> audits;
    QSqlQuery year = m_db.exec(u"SELECT id FROM audits WHERE fiscal_year = ?"_s, {fiscalYear});
    while (year.next())
        audits << year.value(0).toLongLong();
    for (qint64 auditId : audits) {
        QSqlQuery query = m_db.exec(u"SELECT unit_id, result, COUNT(*) FROM audit_results WHERE audit_id = ? AND "
                                    "unit_id IS NOT NULL GROUP BY unit_id, result"_s,
                                    {auditId});
        while (query.next()) {
            const qint64 unitId = query.value(0).toLongLong();
            auto at = index.constFind(unitId);
            if (at == index.cend()) {
                at = index.insert(unitId, units.size());
                units << ComplianceFigure{QString::number(unitId), names.value(unitId)};
            }
            tally(units[*at], AuditTexts::result(query.value(1).toString()), query.value(2).toInt());
        }
    }
    return units;
}

DashboardFigures DashboardService::figures(int fiscalYear, const QDate& today)
{
    requireRead();
    DashboardFigures figures;
    figures.fiscalYear = fiscalYear;

    figures.chapters = chapterFigures(fiscalYear);
    std::optional<QList<ComplianceFigure>> byPreviousAudits = previousAuditsByChapter(fiscalYear);
    const QList<ComplianceFigure> previousChapters =
        byPreviousAudits ? std::move(*byPreviousAudits) : chapterFigures(fiscalYear - 1);
    for (ComplianceFigure& chapter : figures.chapters) {
        const auto previous = std::ranges::find(previousChapters, chapter.key, &ComplianceFigure::key);
        if (previous != previousChapters.end())
            chapter.previousRate = previous->rate();
    }
    // Chapters outside both years' scope have nothing to show.
    figures.chapters.removeIf(
        [](const ComplianceFigure& chapter) { return chapter.assessed() == 0 && chapter.previousRate < 0; });
    figures.units = unitFigures(fiscalYear);
    const QList<ComplianceFigure> previousUnits = unitFigures(fiscalYear - 1);
    for (ComplianceFigure& unit : figures.units) {
        const auto previous = std::ranges::find(previousUnits, unit.key, &ComplianceFigure::key);
        if (previous != previousUnits.end())
            unit.previousRate = previous->rate();
    }
    std::ranges::stable_sort(figures.units, {}, &ComplianceFigure::rate);

    QSqlQuery findings = m_db.exec(u"SELECT f.severity, p.status, COUNT(*) FROM audit_findings f JOIN audits a ON "
                                   "a.id = f.audit_id LEFT JOIN remediation_plans p ON p.finding_id = f.id "
                                   "WHERE a.fiscal_year = ? GROUP BY f.severity, p.status"_s,
                                   {fiscalYear});
    while (findings.next()) {
        FindingTally tally;
        tally.severity = AuditTexts::severity(findings.value(0).toString());
        if (!findings.value(1).isNull())
            tally.status = RemediationTexts::status(findings.value(1).toString());
        tally.count = findings.value(2).toInt();
        figures.findings << tally;
    }

    // Burn-down: at each month end of the year, the findings of this and earlier years raised by then and not
    // yet closed.
    const QDate yearStart = JapaneseCalendar::fiscalYearStart(fiscalYear);
    QList<QPair<QDate, QDate>> spans; // raised, closed
    QSqlQuery open = m_db.exec(u"SELECT f.created_at, p.closed_on FROM audit_findings f JOIN audits a ON "
                               "a.id = f.audit_id LEFT JOIN remediation_plans p ON p.finding_id = f.id "
                               "WHERE a.fiscal_year <= ? AND (p.closed_on IS NULL OR p.closed_on >= ?)"_s,
                               {fiscalYear, dateOrNull(yearStart)});
    while (open.next())
        spans.append({dayOf(open.value(0)), dateOf(open.value(1))});
    for (QDate monthEnd = yearStart.addMonths(1).addDays(-1);;
         monthEnd = monthEnd.addDays(1).addMonths(1).addDays(-1)) {
        const QDate day = std::min(monthEnd, today);
        const auto count = std::ranges::count_if(spans, [&](const QPair<QDate, QDate>& span) {
            return span.first <= day && (!span.second.isValid() || span.second > day);
        });
        figures.burnDown << BurnDownPoint{day, static_cast<int>(count)};
        if (monthEnd >= today || monthEnd >= JapaneseCalendar::fiscalYearEnd(fiscalYear))
            break;
    }

    PlanFilter overdue;
    overdue.overdueOnly = true;
    figures.overdue = m_remediation.plans(overdue, today);
    figures.exceptions = m_remediation.exceptions(DashboardFigures::ExpiringDays, today);
    return figures;
}

ExportTable DashboardService::results(const QString& title, int fiscalYear,
                                      const std::function<bool(qint64, int)>& wanted)
{
    requireRead();
    QList<ComplianceFigure> chapters;
    const QList<AuditScope> audits = auditsOf(fiscalYear, chapters);
    const QHash<qint64, QString> names = unitNames();
    // Items are named by clause and question, as the auditor knows them; the internal id is never shown.
    ExportTable table{title, {tr("Unit"), tr("Chapter"), tr("Question"), tr("Result"), tr("Notes")}, {}};
    for (const AuditScope& audit : audits) {
        QSqlQuery query = m_db.exec(u"SELECT COALESCE(unit_id, 0), item_key, result, notes FROM audit_results "
                                    "WHERE audit_id = ? AND result IN ('partly_conforming', 'non_conforming') "
                                    "ORDER BY unit_id, item_key"_s,
                                    {audit.id});
        while (query.next()) {
            const qint64 unitId = query.value(0).toLongLong();
            const int chapter = audit.chapterOfItem.value(query.value(1).toString(), -1);
            if (chapter < 0 || !wanted(unitId, chapter))
                continue;
            table.rows << QStringList{unitId ? names.value(unitId) : tr("Whole organisation"), chapters[chapter].label,
                                      audit.itemText.value(query.value(1).toString()),
                                      AuditTexts::name(AuditTexts::result(query.value(2).toString())),
                                      query.value(3).toString()};
            table.records << RecordRef{RecordRef::Kind::AuditItem, 0, audit.id, unitId, query.value(1).toString()};
        }
    }
    return table;
}

ExportTable DashboardService::chapterResults(int fiscalYear, const QString& chapter)
{
    QList<ComplianceFigure> chapters;
    auditsOf(fiscalYear, chapters);
    const auto at = std::ranges::find(chapters, chapter, &ComplianceFigure::key);
    const int index = at == chapters.end() ? -1 : static_cast<int>(at - chapters.begin());
    return results(tr("Not conforming in %1").arg(at == chapters.end() ? chapter : at->label), fiscalYear,
                   [index](qint64, int itemChapter) { return itemChapter == index; });
}

ExportTable DashboardService::unitResults(int fiscalYear, qint64 unitId)
{
    return results(tr("Not conforming in %1").arg(unitNames().value(unitId)), fiscalYear,
                   [unitId](qint64 resultUnit, int) { return resultUnit == unitId; });
}

ExportTable DashboardService::findings(int fiscalYear, std::optional<Severity> severity,
                                       std::optional<std::optional<PlanStatus>> status)
{
    requireRead();
    const QHash<qint64, QString> names = unitNames();
    QString title = tr("Findings");
    if (severity)
        title += u" · "_s % AuditTexts::name(*severity);
    if (status)
        title += u" · "_s % stateName(*status);
    QList<ComplianceFigure> chapters;
    QHash<QString, QString> itemText;
    for (const AuditScope& audit : auditsOf(fiscalYear, chapters))
        itemText.insert(audit.itemText);
    ExportTable table{title, {tr("Unit"), tr("Severity"), tr("Finding"), tr("Item"), tr("Remediation")}, {}};
    QSqlQuery query = m_db.exec(u"SELECT f.unit_id, f.severity, f.title, f.item_key, p.status, f.id, f.audit_id "
                                "FROM audit_findings f "
                                "JOIN audits a ON a.id = f.audit_id LEFT JOIN remediation_plans p ON "
                                "p.finding_id = f.id WHERE a.fiscal_year = ? ORDER BY f.id"_s,
                                {fiscalYear});
    while (query.next()) {
        const Severity rowSeverity = AuditTexts::severity(query.value(1).toString());
        std::optional<PlanStatus> rowStatus;
        if (!query.value(4).isNull())
            rowStatus = RemediationTexts::status(query.value(4).toString());
        if ((severity && rowSeverity != *severity) || (status && rowStatus != *status))
            continue;
        table.rows << QStringList{names.value(query.value(0).toLongLong()), AuditTexts::name(rowSeverity),
                                  query.value(2).toString(), itemText.value(query.value(3).toString()),
                                  stateName(rowStatus)};
        table.records << RecordRef{RecordRef::Kind::Finding, query.value(5).toLongLong(), query.value(6).toLongLong(),
                                   query.value(0).toLongLong(), query.value(3).toString()};
    }
    return table;
}

RecordRef DashboardService::planRecord(const RemediationPlan& plan)
{
    return {RecordRef::Kind::Plan, plan.id, plan.auditId, plan.unitId, {}};
}

QStringList DashboardService::planRow(const RemediationPlan& plan, const QHash<qint64, QString>& names,
                                      const QDate& today)
{
    return {QString::number(plan.id),
            names.value(plan.unitId),
            formatFiscalYear(plan.fiscalYear),
            plan.findingTitle,
            RemediationTexts::name(plan.status),
            formatDate(plan.nextDue()),
            plan.overdue(today) ? tr("Overdue") : QString()};
}

QStringList DashboardService::planHeadings()
{
    return {tr("Plan"), tr("Unit"), tr("Fiscal year"), tr("Finding"), tr("Status"), tr("Next due"), tr("Overdue")};
}

ExportTable DashboardService::openPlans(int fiscalYear, const QDate& today)
{
    requireRead();
    const QHash<qint64, QString> names = unitNames();
    ExportTable table{tr("Open remediation plans"), planHeadings(), {}};
    PlanFilter filter;
    filter.fiscalYear = fiscalYear;
    filter.openOnly = true;
    for (const RemediationPlan& plan : m_remediation.plans(filter, today)) {
        table.rows << planRow(plan, names, today);
        table.records << planRecord(plan);
    }
    return table;
}

ExportTable DashboardService::overduePlans(const DashboardFigures& figures, const QDate& today)
{
    const QHash<qint64, QString> names = unitNames();
    ExportTable table{tr("Overdue remediation plans"), planHeadings(), {}};
    for (const RemediationPlan& plan : figures.overdue) {
        table.rows << planRow(plan, names, today);
        table.records << planRecord(plan);
    }
    return table;
}

ExportTable DashboardService::exceptions(const DashboardFigures& figures, const QDate& today)
{
    const QHash<qint64, QString> names = unitNames();
    ExportTable table{tr("Exceptions expired, expiring or due for review"),
                      {tr("Exception"), tr("Unit"), tr("Items"), tr("Decision"), tr("Valid until"), tr("Next review"),
                       tr("Attention")},
                      {}};
    for (const SecurityException& e : figures.exceptions) {
        QString attention = e.expired(today) ? tr("Expired")
                            : e.reviewDue(today)
                                ? tr("Review due")
                                : tr("Expires within %n days", nullptr, DashboardFigures::ExpiringDays);
        table.rows << QStringList{
            QString::number(e.id),    names.value(e.unitId),      e.items,  RemediationTexts::name(e.decision),
            formatDate(e.validUntil), formatDate(e.nextReviewOn), attention};
    }
    return table;
}

QList<ExportTable> DashboardService::tables(const DashboardFigures& figures, const QDate& today)
{
    const QString year = formatFiscalYear(figures.fiscalYear);
    auto compliance = [&](const QString& title, const QString& what, const QList<ComplianceFigure>& list) {
        ExportTable table{title % u" ("_s % year % u")"_s,
                          {what, tr("Conforming"), tr("Partly conforming"), tr("Non-conforming"), tr("Compliance %"),
                           tr("Previous year %"), tr("Change (points)")},
                          {}};
        for (const ComplianceFigure& figure : list)
            table.rows << QStringList{figure.label,
                                      QString::number(figure.conforming),
                                      QString::number(figure.partlyConforming),
                                      QString::number(figure.nonConforming),
                                      percent(figure.rate()),
                                      percent(figure.previousRate),
                                      figure.rate() >= 0 && figure.previousRate >= 0
                                          ? QString::number(figure.rate() - figure.previousRate, 'f', 1)
                                          : QString()};
        return table;
    };
    QList<ExportTable> list{compliance(tr("Compliance by chapter"), tr("Chapter"), figures.chapters),
                            compliance(tr("Compliance by unit"), tr("Unit"), figures.units)};

    ExportTable findings{tr("Findings by severity and remediation") % u" ("_s % year % u")"_s, {tr("Severity")}, {}};
    for (const auto& state : states())
        findings.headers << stateName(state);
    findings.headers << tr("Total");
    for (Severity severity : severities()) {
        QStringList row{AuditTexts::name(severity)};
        for (const auto& state : states()) {
            int count = 0;
            for (const FindingTally& tally : figures.findings) {
                if (tally.severity == severity && tally.status == state)
                    count += tally.count;
            }
            row << QString::number(count);
        }
        row << QString::number(figures.findingCount(severity));
        findings.rows << row;
    }
    list << findings;

    ExportTable burnDown{tr("Open findings at month end") % u" ("_s % year % u")"_s, {tr("Date"), tr("Open")}, {}};
    for (const BurnDownPoint& point : figures.burnDown)
        burnDown.rows << QStringList{formatDate(point.date), QString::number(point.open)};
    list << burnDown << overduePlans(figures, today) << exceptions(figures, today);
    return list;
}

} // namespace kansa
