#include "ReportService.h"

#include "common/EnumKeys.h"
#include "common/Error.h"
#include "org/Role.h"
#include "report/ReportPainter.h"
#include "settings/AppSettings.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/VersionedRows.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const EnumKey<ReportKind> kindKeys[] = {{ReportKind::Audit, u"audit"},
                                        {ReportKind::UnitNotice, u"unit"},
                                        {ReportKind::Remediation, u"remediation"},
                                        {ReportKind::SelfInspection, u"self-inspection"}};

QString percent(double rate)
{
    return rate < 0 ? u"—"_s : QString::number(rate, 'f', 1);
}

QString change(const ComplianceFigure& figure)
{
    if (figure.rate() < 0 || figure.previousRate < 0)
        return u"—"_s;
    const double points = figure.rate() - figure.previousRate;
    return (points > 0 ? u"+"_s : QString()) % QString::number(points, 'f', 1);
}

} // namespace

ReportService::ReportService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_db(workspace.database())
    , m_session(workspace.session())
    , m_access(m_db, m_session)
{}

QString ReportService::kindKey(ReportKind kind)
{
    return keyOf(kindKeys, kind);
}

std::optional<ReportKind> ReportService::kindFromKey(const QString& key)
{
    return findValue(kindKeys, key);
}

QString ReportService::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Audit:
        return tr("Audit report");
    case ReportKind::UnitNotice:
        return tr("Audit result notice");
    case ReportKind::Remediation:
        return tr("Remediation progress report");
    case ReportKind::SelfInspection:
        return tr("Self-inspection summary");
    }
    return {};
}

bool ReportService::readsAll() const
{
    return m_access.reachesEverything(Operation::ReadOrganisationWide);
}

void ReportService::requireReadsAll()
{
    m_access.require(Operation::ReadOrganisationWide, m_access.organisation(), tr("read this report"));
}

qint64 ReportService::auditOf(int fiscalYear)
{
    const QList<AuditPlan> audits = m_workspace.audits().audits(fiscalYear);
    if (audits.isEmpty())
        throw Error(tr("There is no audit in %1.").arg(formatFiscalYear(fiscalYear)));
    return audits.last().id;
}

ReportDocument ReportService::startDocument(const QString& title, int fiscalYear, const QString& addressee)
{
    const Organisation organisation = m_workspace.organisation().organisation();
    ReportDocument document;
    document.title = title;
    document.organisation = organisation.name;
    document.marking = organisation.classificationMarking;
    document.issuedOn = formatDate(QDate::currentDate());
    document.letterhead = m_workspace.organisation().letterhead();
    QString chiefAuditor;
    const QList<AuditPlan> audits = m_workspace.audits().audits(fiscalYear);
    for (const Person& person : audits.isEmpty() ? QList<Person>() : m_workspace.organisation().people()) {
        if (person.id == audits.last().chiefAuditorId)
            chiefAuditor = person.name;
    }
    document.values = {{u"団体名"_s, document.organisation},      {u"表題"_s, title},
                       {u"年度"_s, formatFiscalYear(fiscalYear)}, {u"文書番号"_s, QString()},
                       {u"発行日"_s, document.issuedOn},          {u"取扱区分"_s, document.marking},
                       {u"監査統括責任者"_s, chiefAuditor},       {u"宛先"_s, addressee}};
    return document;
}

ReportDocument ReportService::build(ReportKind kind, int fiscalYear, qint64 unitId)
{
    switch (kind) {
    case ReportKind::Audit:
        return auditReport(fiscalYear);
    case ReportKind::UnitNotice:
        return unitNotice(fiscalYear, unitId);
    case ReportKind::Remediation:
        return remediationReport(fiscalYear);
    case ReportKind::SelfInspection:
        return selfInspectionSummary(fiscalYear);
    }
    return {};
}

namespace {

QHash<qint64, QString> unitNames(OrganisationService& organisation)
{
    QHash<qint64, QString> names;
    for (const Unit& unit : organisation.units())
        names.insert(unit.id, unit.name);
    return names;
}

QHash<qint64, QString> personNames(OrganisationService& organisation)
{
    QHash<qint64, QString> names;
    for (const Person& person : organisation.people())
        names.insert(person.id, person.name);
    return names;
}

// 監査基準 (根拠): the clause the finding departs from, quoted from the policy with its number; what the auditor
// wrote as the criterion follows where it says more than the item's question or clause (which it repeats by default).
QString criterionOf(const Finding& finding, const ChecklistItem* item)
{
    if (!item)
        return finding.criterion;
    const QString clause = item->ref % u" 「"_s % item->source % u"」"_s;
    const QString written = finding.criterion.trimmed();
    const QStringList defaults{item->ref % u' ' % item->question.ja, item->ref % u' ' % item->question.en,
                               item->ref % u' ' % item->source, clause};
    return written.isEmpty() || defaults.contains(written) ? clause : clause % u'\n' % written;
}

} // namespace

void ReportService::addFindings(ReportDocument& document, qint64 auditId, qint64 unitId, int headingLevel)
{
    FieldworkService& fieldwork = m_workspace.fieldwork();
    const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
    QHash<QString, const ChecklistItem*> items;
    for (const ChecklistItem* item : fieldwork.checklist(auditId).items())
        items.insert(item->id, item);
    QHash<qint64, PlanStatus> plans;
    QSqlQuery planQuery = m_db.exec(u"SELECT p.finding_id, p.status FROM remediation_plans p JOIN audit_findings f ON "
                                    "f.id = p.finding_id WHERE f.audit_id = ?"_s,
                                    {auditId});
    while (planQuery.next())
        plans.insert(planQuery.value(0).toLongLong(), RemediationTexts::status(planQuery.value(1).toString()));

    const QList<Finding> findings = fieldwork.findings(auditId, unitId);
    if (findings.isEmpty()) {
        document.addParagraph(tr("There are no findings."));
        return;
    }
    // The notes and evidence of every finding, read at once rather than per finding.
    const QHash<QPair<qint64, QString>, QString> notesByItem = fieldwork.notesOfAudit(auditId);
    const QHash<QPair<qint64, QString>, QList<Evidence>> evidenceByItem = fieldwork.evidenceOfAudit(auditId);
    ExportTable list{tr("Findings"),
                     {tr("No."), tr("Unit"), tr("Clause"), tr("Severity"), tr("Finding"), tr("Condition found"),
                      tr("Criterion"), tr("Cause"), tr("Effect"), tr("Recommendation"), tr("Auditor's notes"),
                      tr("Evidence"), tr("Remediation")},
                     {}};
    int number = 0;
    for (const Finding& finding : findings) {
        const ChecklistItem* item = items.value(finding.itemKey);
        // An item of the whole organisation found wanting in a unit is assessed, and its evidence kept, at the
        // organisation's level.
        const qint64 assessedAt =
            item && item->level == u"organisation"_s ? FieldworkService::OrganisationScope : finding.unitId;
        QStringList evidence;
        for (const Evidence& e : evidenceByItem.value({assessedAt, finding.itemKey})) {
            QString line = AuditTexts::name(e.kind) % u": "_s % e.description;
            if (e.observedOn.isValid())
                line += u" ("_s % formatDate(e.observedOn) % u")"_s;
            for (const EvidenceFile& file : e.files)
                line += u"\n  "_s % tr("File: %1 (SHA-256 %2…)").arg(file.fileName, file.sha256.left(16));
            evidence << line;
        }
        const auto plan = plans.constFind(finding.id);
        document.addHeading(headingLevel,
                            tr("Finding %1 [%2] %3 — %4")
                                .arg(++number)
                                .arg(AuditTexts::name(finding.severity), finding.title, units.value(finding.unitId)));
        const QString clause = item ? item->ref % u" "_s % item->question.in(Translations::current()) : finding.itemKey;
        const QString criterion = criterionOf(finding, item);
        const QString notes = notesByItem.value({assessedAt, finding.itemKey});
        const QString evidenceText = evidence.isEmpty() ? tr("none recorded") : evidence.join(u'\n');
        const QString remediation = plan == plans.cend() ? tr("no plan yet") : RemediationTexts::name(*plan);
        list.rows << QStringList{QString::number(number),
                                 units.value(finding.unitId),
                                 clause,
                                 AuditTexts::name(finding.severity),
                                 finding.title,
                                 finding.condition,
                                 criterion,
                                 finding.cause,
                                 finding.effect,
                                 finding.recommendation,
                                 notes,
                                 evidenceText,
                                 remediation};
        document.addFields({
            {tr("Unit"), units.value(finding.unitId)},
            {tr("Clause"), clause},
            {tr("Severity"), AuditTexts::name(finding.severity)},
            {tr("Condition found"), finding.condition},
            {tr("Criterion"), criterion},
            {tr("Cause"), finding.cause},
            {tr("Effect"), finding.effect},
            {tr("Recommendation"), finding.recommendation},
            {tr("Auditor's notes"), notes},
            {tr("Evidence"), evidenceText},
            {tr("Remediation"), remediation},
        });
    }
    document.listsForExport << list;
}

ReportDocument ReportService::auditReport(int fiscalYear, bool withAppendix)
{
    requireReadsAll();
    const qint64 auditId = auditOf(fiscalYear);
    AuditPlanService& audits = m_workspace.audits();
    FieldworkService& fieldwork = m_workspace.fieldwork();
    const AuditPlan plan = audits.audit(auditId);
    const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
    const QHash<qint64, QString> people = personNames(m_workspace.organisation());
    const Checklist& checklist = fieldwork.checklist(auditId);

    ReportDocument document =
        startDocument(tr("%1 Information security audit report").arg(formatFiscalYear(fiscalYear)), fiscalYear,
                      tr("Chair of the information security committee"));
    document.addTitle(document.title);
    document.addCentered(document.organisation);
    document.addCentered(tr("Issued on %1").arg(document.issuedOn));
    document.addCentered(tr("Chief auditor: %1").arg(people.value(plan.chiefAuditorId)));
    if (!document.marking.isEmpty())
        document.addCentered(tr("Handling: %1").arg(document.marking));
    document.coverBlocks = int(document.blocks.size());
    document.addPageBreak();

    // 1 監査の概要
    document.addHeading(1, tr("1. Overview of the audit"));
    const QList<AuditedUnit> audited = audits.units(auditId);
    QStringList scope;
    for (const AuditedUnit& unit : audited)
        scope << units.value(unit.unitId);
    QStringList team;
    for (qint64 person : audits.team(auditId))
        team << (person == plan.chiefAuditorId ? tr("%1 (chief auditor)").arg(people.value(person))
                                               : people.value(person));
    QStringList chapters;
    for (const ChecklistChapter& chapter : checklist.chapters) {
        if (plan.chapters.isEmpty() || plan.chapters.contains(chapter.number))
            chapters << chapter.number % u" "_s % chapter.title.in(Translations::current());
    }
    document.addFields({
        {tr("Purpose"), plan.purpose},
        {tr("Units audited"), tr("%n unit(s): ", nullptr, static_cast<int>(scope.size())) % scope.join(u"、"_s)},
        {tr("Information systems"), plan.systems.isEmpty() ? tr("not named in the plan") : plan.systems},
        {tr("Chapters in scope"), chapters.join(u"\n"_s)},
        {tr("Period"), formatDate(plan.periodFrom) % u" – "_s % formatDate(plan.periodTo)},
        {tr("Audit team"), team.join(u"、"_s)},
        {tr("Criteria"),
         tr("%1, version %2").arg(checklist.title.in(Translations::current())).arg(plan.checklistVersion)},
        {tr("Method"), plan.method},
        {tr("Plan approved on"), formatDate(plan.approvedOn)},
    });

    // 2 総評
    document.addHeading(1, tr("2. Overall opinion"));
    const QString opinion = freeText(auditId, QString::fromUtf16(OpinionKey)).body;
    if (opinion.isEmpty())
        document.addNote(tr("The chief auditor has not written the overall opinion yet."));
    else
        document.addParagraph(opinion);

    // 3 監査結果
    const DashboardFigures figures = m_workspace.dashboard().figures(fiscalYear);
    document.addHeading(1, tr("3. Audit results"));
    document.addNote(tr("Compliance rate = items conforming ÷ (conforming + partly conforming + non-conforming); "
                        "items not applicable or not yet assessed are not counted."));
    auto complianceTable = [&](const QString& title, const QString& what, const QList<ComplianceFigure>& list) {
        ExportTable table{title,
                          {what, tr("Conforming"), tr("Partly"), tr("Non-conforming"), tr("Rate %"),
                           tr("Previous year %"), tr("Change")},
                          {}};
        for (const ComplianceFigure& figure : list)
            table.rows << QStringList{figure.label,
                                      QString::number(figure.conforming),
                                      QString::number(figure.partlyConforming),
                                      QString::number(figure.nonConforming),
                                      percent(figure.rate()),
                                      percent(figure.previousRate),
                                      change(figure)};
        return table;
    };
    auto complianceChart = [&](const QString& title, const QList<ComplianceFigure>& list) {
        ReportChart chart;
        chart.title = title;
        chart.valueLegend = formatFiscalYear(fiscalYear);
        chart.previousLegend = formatFiscalYear(fiscalYear - 1);
        for (const ComplianceFigure& figure : list) {
            chart.labels << figure.label;
            chart.values << std::max(0.0, figure.rate());
            chart.previous << figure.previousRate;
        }
        return chart;
    };
    document.addHeading(2, tr("3.1 Compliance by chapter"));
    document.addChart(complianceChart(tr("Compliance by chapter (%)"), figures.chapters));
    document.addTable(complianceTable(tr("Compliance by chapter"), tr("Chapter"), figures.chapters),
                      {5, 2, 2, 2, 2, 2, 2});
    document.addHeading(2, tr("3.2 Compliance by unit"));
    constexpr int ChartedUnits = 20;
    document.addChart(complianceChart(figures.units.size() > ChartedUnits
                                          ? tr("The %1 units with the lowest compliance (%)").arg(ChartedUnits)
                                          : tr("Compliance by unit (%)"),
                                      figures.units.mid(0, ChartedUnits)));
    // The units of the audit with nothing assessed yet are listed too, after the others, as not yet assessed.
    const DashboardFigures previous = m_workspace.dashboard().figures(fiscalYear - 1);
    ExportTable byUnit = complianceTable(tr("Compliance by unit"), tr("Unit"), figures.units);
    for (const AuditedUnit& unit : audited) {
        const QString key = QString::number(unit.unitId);
        if (std::ranges::find(figures.units, key, &ComplianceFigure::key) != figures.units.end())
            continue;
        const auto before = std::ranges::find(previous.units, key, &ComplianceFigure::key);
        byUnit.rows << QStringList{units.value(unit.unitId),
                                   u"—"_s,
                                   u"—"_s,
                                   u"—"_s,
                                   AuditTexts::name(AuditResult::NotAssessed),
                                   percent(before == previous.units.end() ? -1 : before->rate()),
                                   u"—"_s};
    }
    document.addTable(byUnit, {5, 2, 2, 2, 2, 2, 2});

    // 4 指摘事項
    document.addHeading(1, tr("4. Findings"));
    document.addParagraph(tr("%n finding(s): major %1, minor %2, advice %3.", nullptr, figures.findingCount())
                              .arg(figures.findingCount(Severity::Major))
                              .arg(figures.findingCount(Severity::Minor))
                              .arg(figures.findingCount(Severity::Advice)));
    addFindings(document, auditId, -1, 2);

    // 5 前年度との比較
    document.addHeading(1, tr("5. Comparison with the previous year"));
    ExportTable counts{tr("Findings by severity"),
                       {tr("Severity"), formatFiscalYear(fiscalYear - 1), formatFiscalYear(fiscalYear)},
                       {}};
    for (Severity severity : DashboardService::severities())
        counts.rows << QStringList{AuditTexts::name(severity), QString::number(previous.findingCount(severity)),
                                   QString::number(figures.findingCount(severity))};
    document.addTable(counts, {3, 2, 2});
    ExportTable yearOnYear{tr("Compliance by chapter, year on year"),
                           {tr("Chapter"), formatFiscalYear(fiscalYear - 1) % u" %"_s,
                            formatFiscalYear(fiscalYear) % u" %"_s, tr("Change (points)")},
                           {}};
    for (const ComplianceFigure& figure : figures.chapters)
        yearOnYear.rows << QStringList{figure.label, percent(figure.previousRate), percent(figure.rate()),
                                       change(figure)};
    document.addTable(yearOnYear, {5, 2, 2, 2});

    // 6 前年度指摘事項の改善状況
    document.addHeading(1, tr("6. Remediation of the previous year's findings"));
    PlanFilter lastYear;
    lastYear.fiscalYear = fiscalYear - 1;
    ExportTable carried{tr("Remediation of the previous year's findings"),
                        {tr("Unit"), tr("Finding"), tr("Status"), tr("Closed on / next due"), tr("Overdue")},
                        {}};
    for (const RemediationPlan& each : m_workspace.remediation().plans(lastYear)) {
        if (each.fiscalYear != fiscalYear - 1)
            continue;
        carried.rows << QStringList{units.value(each.unitId), each.findingTitle, RemediationTexts::name(each.status),
                                    formatDate(each.open() ? each.nextDue() : each.closedOn),
                                    each.overdue(QDate::currentDate()) ? tr("Overdue") : QString()};
    }
    if (carried.rows.isEmpty())
        document.addParagraph(tr("The previous year's audit left no remediation plans."));
    else
        document.addTable(carried, {3, 6, 3, 3, 2});

    // 特記事項
    const QString remarks = freeText(auditId, QString::fromUtf16(RemarksKey)).body;
    document.addHeading(1, tr("7. Remarks"));
    if (remarks.isEmpty())
        document.addNote(tr("None."));
    else
        document.addParagraph(remarks);

    if (withAppendix) {
        document.addPageBreak();
        document.addHeading(1, tr("Appendix: results per unit and item"));
        QList<qint64> scopes{FieldworkService::OrganisationScope};
        for (const AuditedUnit& unit : audited)
            scopes << unit.unitId;
        for (qint64 scopeId : scopes) {
            const QHash<QString, ItemResult> results = fieldwork.results(auditId, scopeId);
            ExportTable table{scopeId ? units.value(scopeId) : tr("Whole organisation"),
                              {tr("Clause"), tr("Question"), tr("Result"), tr("Notes")},
                              {}};
            for (const ChecklistItem* item : fieldwork.itemsInScope(auditId, scopeId)) {
                const ItemResult result = results.value(item->id);
                table.rows << QStringList{item->ref, item->question.in(Translations::current()),
                                          AuditTexts::name(result.result), result.notes};
            }
            document.addHeading(2, table.title);
            document.addTable(table, {2, 7, 2, 4});
        }
    }
    return document;
}

ReportDocument ReportService::unitNotice(int fiscalYear, qint64 unitId, const QDate& planDueBy)
{
    m_access.require(Operation::ReadRemediation, m_access.unit(unitId), tr("read this unit's notice"));
    const qint64 auditId = auditOf(fiscalYear);
    const AuditPlan plan = m_workspace.audits().audit(auditId);
    const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
    if (!units.contains(unitId))
        throw Error(tr("There is no such unit."));
    const QHash<qint64, QString> people = personNames(m_workspace.organisation());
    const QDate due = planDueBy.isValid() ? planDueBy : QDate::currentDate().addDays(30);

    ReportDocument document =
        startDocument(tr("%1 Information security audit result notice").arg(formatFiscalYear(fiscalYear)), fiscalYear,
                      tr("Head of %1").arg(units.value(unitId)));
    document.addCentered(tr("Issued on %1").arg(document.issuedOn));
    document.addParagraph(tr("To the head of %1").arg(units.value(unitId)));
    document.addParagraph(tr("From %1, chief auditor").arg(people.value(plan.chiefAuditorId)));
    document.addTitle(document.title);
    document.coverBlocks = int(document.blocks.size());
    document.addParagraph(tr("The %1 information security audit of your unit is complete. Its results are set out "
                             "below.")
                              .arg(formatFiscalYear(fiscalYear)));
    const FieldworkService::UnitSummary summary = m_workspace.fieldwork().summary(auditId).value(unitId);
    ComplianceFigure figure;
    for (const ItemResult& result : m_workspace.fieldwork().results(auditId, unitId)) {
        figure.conforming += result.result == AuditResult::Conforming ? 1 : 0;
        figure.partlyConforming += result.result == AuditResult::PartlyConforming ? 1 : 0;
        figure.nonConforming += result.result == AuditResult::NonConforming ? 1 : 0;
    }
    document.addHeading(1, tr("1. Results"));
    document.addFields({
        {tr("Items assessed"), tr("%1 of %2").arg(summary.progress.assessed).arg(summary.progress.total)},
        {tr("Non-conforming"), QString::number(summary.nonConforming)},
        {tr("Partly conforming"), QString::number(summary.partlyConforming)},
        {tr("Compliance rate"), figure.assessed() ? percent(figure.rate()) % u" %"_s : u"—"_s},
        {tr("Findings"), QString::number(summary.findings)},
    });
    document.addHeading(1, tr("2. Findings"));
    addFindings(document, auditId, unitId, 2);
    document.addHeading(1, tr("3. Request"));
    document.addParagraph(tr("For each finding, enter a remediation plan (actions, the person responsible and due "
                             "dates) in Kansa by %1.")
                              .arg(formatDate(due)));
    return document;
}

ReportDocument ReportService::remediationReport(int fiscalYear, const QDate& today)
{
    requireReadsAll();
    RemediationService& remediation = m_workspace.remediation();
    const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
    ReportDocument document = startDocument(tr("%1 Remediation progress report").arg(formatFiscalYear(fiscalYear)),
                                            fiscalYear, tr("Chair of the information security committee"));
    document.addTitle(document.title);
    document.addCentered(document.organisation);
    document.addCentered(tr("As of %1").arg(formatDate(today)));
    document.coverBlocks = int(document.blocks.size());
    document.addPageBreak();

    PlanFilter filter;
    filter.fiscalYear = fiscalYear;
    const QList<RemediationPlan> plans = remediation.plans(filter, today);
    document.addHeading(1, tr("1. Plans by status"));
    document.addNote(tr("The year's plans and the open plans carried over from earlier years."));
    ExportTable byStatus{tr("Plans by status"), {tr("Status"), tr("Plans"), tr("Of which carried over")}, {}};
    for (PlanStatus status : {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Completed,
                              PlanStatus::Verified, PlanStatus::RiskAccepted}) {
        int count = 0, carried = 0;
        for (const RemediationPlan& plan : plans) {
            if (plan.status == status) {
                ++count;
                carried += plan.carriedOver(fiscalYear) ? 1 : 0;
            }
        }
        byStatus.rows << QStringList{RemediationTexts::name(status), QString::number(count), QString::number(carried)};
    }
    document.addTable(byStatus, {4, 2, 2});
    QMap<QString, std::array<int, 3>> perUnit; // plans, open, overdue
    for (const RemediationPlan& plan : plans) {
        auto& row = perUnit[units.value(plan.unitId)];
        ++row[0];
        row[1] += plan.open() ? 1 : 0;
        row[2] += plan.overdue(today) ? 1 : 0;
    }
    ExportTable byUnit{tr("Plans by unit"), {tr("Unit"), tr("Plans"), tr("Open"), tr("Overdue")}, {}};
    for (auto it = perUnit.cbegin(); it != perUnit.cend(); ++it)
        byUnit.rows << QStringList{it.key(), QString::number(it.value()[0]), QString::number(it.value()[1]),
                                   QString::number(it.value()[2])};
    document.addTable(byUnit, {4, 2, 2, 2});

    document.addHeading(1, tr("2. Overdue plans"));
    ExportTable overdue{
        tr("Overdue plans"), {tr("Unit"), tr("Fiscal year"), tr("Finding"), tr("Status"), tr("Overdue actions")}, {}};
    for (const RemediationPlan& plan : plans) {
        if (!plan.overdue(today))
            continue;
        QStringList actions;
        for (const RemediationAction& action : plan.actions) {
            if (action.overdue(today))
                actions << tr("%1 (due %2)").arg(action.description, formatDate(action.dueOn));
        }
        overdue.rows << QStringList{units.value(plan.unitId), formatFiscalYear(plan.fiscalYear), plan.findingTitle,
                                    RemediationTexts::name(plan.status), actions.join(u'\n')};
    }
    if (overdue.rows.isEmpty())
        document.addParagraph(tr("No plan is overdue."));
    else
        document.addTable(overdue, {3, 2, 5, 2, 5});

    // Progress since the previous issued progress report (or since the year began).
    QDate since = JapaneseCalendar::fiscalYearStart(fiscalYear);
    const QVariant last = m_db.scalar(u"SELECT MAX(issued_at) FROM issued_reports WHERE kind = ? AND fiscal_year = ?"_s,
                                      {kindKey(ReportKind::Remediation), fiscalYear});
    if (!last.isNull())
        since = QDateTime::fromString(last.toString(), Qt::ISODateWithMs).date();
    document.addHeading(1, tr("3. Progress reported since %1").arg(formatDate(since)));
    ExportTable progress{tr("Progress reports"),
                         {tr("Reported on"), tr("Unit"), tr("Finding"), tr("%"), tr("What was done"), tr("Entered by")},
                         {}};
    QHash<qint64, const RemediationPlan*> byId;
    for (const RemediationPlan& plan : plans)
        byId.insert(plan.id, &plan);
    QSqlQuery reports = m_db.exec(u"SELECT plan_id, reported_on, percent, narrative, created_by FROM progress_reports "
                                  "WHERE created_at >= ? ORDER BY reported_on, id"_s,
                                  {dateOrNull(since)});
    while (reports.next()) {
        const RemediationPlan* plan = byId.value(reports.value(0).toLongLong());
        if (!plan)
            continue;
        progress.rows << QStringList{
            formatDate(dateOf(reports.value(1))), units.value(plan->unitId),   plan->findingTitle,
            reports.value(2).toString(),          reports.value(3).toString(), reports.value(4).toString()};
    }
    if (progress.rows.isEmpty())
        document.addParagraph(tr("No progress was reported in this period."));
    else
        document.addTable(progress, {2, 3, 4, 1, 6, 3});
    const QList<OwedReport> owed = remediation.owedReports();
    if (!owed.isEmpty()) {
        ExportTable owing{tr("Progress reports requested and not yet received"),
                          {tr("Unit"), tr("Finding"), tr("Due"), tr("Late")},
                          {}};
        for (const OwedReport& report : owed)
            owing.rows << QStringList{units.value(report.unitId), report.findingTitle, formatDate(report.dueOn),
                                      report.late(today) ? tr("Late") : QString()};
        document.addHeading(2, owing.title);
        document.addTable(owing, {3, 6, 2, 1});
    }

    document.addHeading(1, tr("4. Exceptions"));
    ExportTable inForce{tr("Exceptions in force"),
                        {tr("Unit"), tr("Items"), tr("Compensating measures"), tr("Reason for the decision"),
                         tr("Valid until"), tr("Next review"), tr("Attention")},
                        {}};
    for (const SecurityException& e : remediation.exceptions(-1, today)) {
        if (e.decision != ExceptionDecision::Approved)
            continue;
        QString attention;
        if (e.expired(today))
            attention = tr("Expired");
        else if (e.validUntil <= today.addDays(DashboardFigures::ExpiringDays))
            attention = tr("Expiring");
        else if (e.reviewDue(today))
            attention = tr("Review due");
        inForce.rows << QStringList{
            units.value(e.unitId),      e.items,  e.compensatingMeasures, e.decisionComment, formatDate(e.validUntil),
            formatDate(e.nextReviewOn), attention};
    }
    if (inForce.rows.isEmpty())
        document.addParagraph(tr("No exception has been approved."));
    else
        document.addTable(inForce, {3, 4, 4, 4, 2, 2, 2});

    ExportTable allPlans{tr("Remediation plans"),
                         {tr("Plan"), tr("Unit"), tr("Fiscal year"), tr("Finding"), tr("Severity"), tr("Status"),
                          tr("Next due"), tr("Overdue"), tr("Closed on")},
                         {}};
    for (const RemediationPlan& plan : plans)
        allPlans.rows << QStringList{QString::number(plan.id),
                                     units.value(plan.unitId),
                                     formatFiscalYear(plan.fiscalYear),
                                     plan.findingTitle,
                                     AuditTexts::name(AuditTexts::severity(plan.severity)),
                                     RemediationTexts::name(plan.status),
                                     formatDate(plan.nextDue()),
                                     plan.overdue(today) ? tr("Overdue") : QString(),
                                     formatDate(plan.closedOn)};
    ExportTable exceptionsRegister{tr("Exceptions register"),
                                   {tr("Exception"), tr("Unit"), tr("Items"), tr("Reason"), tr("Compensating measures"),
                                    tr("Requested by"), tr("Requested on"), tr("Decision"),
                                    tr("Reason for the decision"), tr("Decided on"), tr("Valid from"),
                                    tr("Valid until"), tr("Next review")},
                                   {}};
    for (const SecurityException& e : remediation.exceptions(-1, today))
        exceptionsRegister.rows << QStringList{QString::number(e.id),
                                               units.value(e.unitId),
                                               e.items,
                                               e.reason,
                                               e.compensatingMeasures,
                                               e.requestedBy,
                                               formatDate(e.requestedOn),
                                               RemediationTexts::name(e.decision),
                                               e.decisionComment,
                                               formatDate(e.decidedOn),
                                               formatDate(e.validFrom),
                                               formatDate(e.validUntil),
                                               formatDate(e.nextReviewOn)};
    document.listsForExport << allPlans << exceptionsRegister;

    document.addHeading(1, tr("5. Cross-department checks"));
    ExportTable checks{tr("Cross-department checks"),
                       {tr("Finding"), tr("Units asked"), tr("Exists"), tr("Does not exist"), tr("Not answered")},
                       {}};
    for (const CrossCheck& check : remediation.crossChecks()) {
        int exists = 0, absent = 0;
        for (const CrossCheckUnit& unit : check.units) {
            exists += unit.answer == CrossCheckAnswer::Exists ? 1 : 0;
            absent += unit.answer == CrossCheckAnswer::Absent ? 1 : 0;
        }
        checks.rows << QStringList{check.findingTitle, QString::number(check.units.size()), QString::number(exists),
                                   QString::number(absent), QString::number(check.pending())};
    }
    if (checks.rows.isEmpty())
        document.addParagraph(tr("No cross-department check was asked."));
    else
        document.addTable(checks, {6, 2, 2, 2, 2});
    return document;
}

ReportDocument ReportService::selfInspectionSummary(int fiscalYear)
{
    SelfInspectionService& service = m_workspace.selfInspections();
    const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
    ReportDocument document = startDocument(tr("%1 Self-inspection summary").arg(formatFiscalYear(fiscalYear)),
                                            fiscalYear, tr("Chief information security officer"));
    document.addTitle(document.title);
    document.addCentered(document.organisation);
    document.addCentered(tr("Issued on %1").arg(document.issuedOn));
    document.coverBlocks = int(document.blocks.size());
    document.addPageBreak();
    bool any = false;
    for (const Campaign& campaign : service.campaigns()) {
        if (campaign.fiscalYear != fiscalYear)
            continue;
        if (!readsAll())
            m_access.require(Operation::ManageCampaign, m_access.campaign(campaign.id),
                             tr("read the summary of %1").arg(campaign.title));
        any = true;
        const Checklist& checklist = service.checklist(campaign.id);
        QHash<QString, const ChecklistItem*> items;
        for (const ChecklistItem* item : checklist.items())
            items.insert(item->id, item);
        document.addHeading(1, campaign.title);
        const QList<CampaignUnit> asked = service.units(campaign.id);
        QMap<CampaignUnitStatus, int> statuses;
        for (const CampaignUnit& unit : asked)
            ++statuses[unit.status];
        QStringList statusText;
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
            statusText << SelfInspectionTexts::name(it.key()) % u" "_s % QString::number(it.value());
        document.addFields(
            {{tr("Checklist"),
              tr("%1, version %2").arg(checklist.title.in(Translations::current())).arg(campaign.checklistVersion)},
             {tr("Deadline"), formatDate(campaign.deadline)},
             {tr("Units asked"), QString::number(asked.size())},
             {tr("Status"), statusText.join(u"、"_s)}});

        // Units × chapters: the share of ○ among the items answered.
        document.addHeading(2, tr("Answers ○ by unit and chapter (%)"));
        document.addNote(tr("○ ÷ (○ + △ + ×) of the items the unit answered in the chapter; — where nothing was "
                            "answered."));
        const auto matrix = service.matrix(campaign.id);
        ExportTable table{tr("Answers ○ by unit and chapter"), {tr("Unit")}, {}};
        QList<int> weights{4};
        for (const ChecklistChapter& chapter : checklist.chapters) {
            table.headers << chapter.number;
            weights << 1;
        }
        for (const CampaignUnit& unit : asked) {
            QStringList row{units.value(unit.unitId)};
            for (const ChecklistChapter& chapter : checklist.chapters) {
                const SelfInspectionService::AnswerCounts counts =
                    matrix.value(unit.unitId).value(chapter.number, SelfInspectionService::AnswerCounts{});
                const int yes = counts[static_cast<int>(Answer::Yes)];
                const int answered =
                    yes + counts[static_cast<int>(Answer::Partly)] + counts[static_cast<int>(Answer::No)];
                row << (answered ? QString::number(100.0 * yes / answered, 'f', 0) : u"—"_s);
            }
            table.rows << row;
        }
        document.addTable(table, weights);

        document.addHeading(2, tr("Items most often answered ×"));
        ExportTable mostNo{tr("Items most often answered ×"), {tr("Clause"), tr("Question"), tr("Units")}, {}};
        for (const auto& [itemKey, count] : service.mostOftenNo(campaign.id, 20)) {
            const ChecklistItem* item = items.value(itemKey);
            mostNo.rows << QStringList{item ? item->ref : itemKey,
                                       item ? item->question.in(Translations::current()) : QString(),
                                       QString::number(count)};
        }
        if (mostNo.rows.isEmpty())
            document.addParagraph(tr("No item was answered ×."));
        else
            document.addTable(mostNo, {2, 8, 1});

        document.addHeading(2, tr("Comparison with the audit"));
        document.addNote(tr("Where a unit's answer and the audit of the same year disagree; ★ marks an item answered "
                            "○ that the audit found not conforming."));
        ExportTable compared{tr("Comparison with the audit"),
                             {tr("Unit"), tr("Clause"), tr("Question"), tr("Answer"), tr("Audit result"), u"★"_s},
                             {}};
        for (const SelfInspectionService::Disagreement& d : service.comparisonWithAudit(campaign.id)) {
            const ChecklistItem* item = items.value(d.itemKey);
            compared.rows << QStringList{units.value(d.unitId),
                                         item ? item->ref : d.itemKey,
                                         item ? item->question.in(Translations::current()) : QString(),
                                         SelfInspectionTexts::symbol(d.answer),
                                         AuditTexts::name(AuditTexts::result(d.auditResult)),
                                         d.standsOut ? u"★"_s : QString()};
        }
        if (compared.rows.isEmpty())
            document.addParagraph(tr("The answers agree with the audit."));
        else
            document.addTable(compared, {3, 2, 7, 1, 2, 1});
    }
    if (!any)
        throw Error(tr("There is no self-inspection in %1.").arg(formatFiscalYear(fiscalYear)));
    return document;
}

ReportService::FreeText ReportService::freeText(qint64 auditId, const QString& key)
{
    QSqlQuery query =
        m_db.exec(u"SELECT body, version FROM report_texts WHERE audit_id = ? AND text_key = ?"_s, {auditId, key});
    if (!query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toInt()};
}

void ReportService::setFreeText(qint64 auditId, const QString& key, const QString& body, int expectedVersion)
{
    m_access.require(Operation::WriteReportTexts, m_access.audit(auditId), tr("write the report's texts"));
    if (key != QString::fromUtf16(OpinionKey) && key != QString::fromUtf16(RemarksKey))
        throw Error(tr("Unknown report text: %1").arg(key));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const QVariant id =
            m_db.scalar(u"SELECT id FROM report_texts WHERE audit_id = ? AND text_key = ?"_s, {auditId, key});
        if (id.isValid())
            changes.update(u"report_texts"_s, id.toLongLong(), expectedVersion, tr("report text"), {{u"body"_s, body}});
        else if (expectedVersion != 0)
            throw StaleEdit(tr("The report text was removed by someone else."));
        else
            changes.insert(u"report_texts"_s, {{u"audit_id"_s, auditId}, {u"text_key"_s, key}, {u"body"_s, body}});
        changes.announce(this, [=, this] { Q_EMIT changed(); });
    });
}

qint64 ReportService::issue(ReportKind kind, int fiscalYear, qint64 unitId)
{
    const Operation issuing = (kind == ReportKind::Audit || kind == ReportKind::UnitNotice)
                                  ? Operation::IssueAuditReports
                              : kind == ReportKind::Remediation ? Operation::IssueRemediationReport
                                                                : Operation::IssueSelfInspectionSummary;
    m_access.require(issuing, m_access.organisation(), tr("issue this report"));
    ReportDocument document = build(kind, fiscalYear, unitId);
    // Where the record stood, printed at the end and kept in the PDF: kansa-cli verify --against proves later
    // that nothing recorded before the report was changed.
    document.anchor = ChangeChain::anchor(m_db);
    document.addNote(tr("Record check: when this report was issued, the change log held %1 entries, the last with "
                        "the hash %2. kansa-cli verify --against this PDF proves that nothing recorded before it has "
                        "been changed since.")
                         .arg(document.anchor->entries)
                         .arg(document.anchor->head.left(16)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    const int pages = ReportPainter::writePdf(document, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray pdf = file.readAll();
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const qint64 id = changes.append(u"issued_reports"_s,
                                         {{u"kind"_s, kindKey(kind)},
                                          {u"fiscal_year"_s, fiscalYear},
                                          {u"unit_id"_s, idOrNull(unitId)},
                                          {u"title"_s, document.title},
                                          {u"pages"_s, pages},
                                          {u"sha256"_s, sha256},
                                          {u"pdf"_s, pdf}},
                                         u"issued"_s);
        changes.announce(this, [this] { Q_EMIT changed(); });
        return id;
    });
}

QList<IssuedReport> ReportService::issued()
{
    QList<IssuedReport> list;
    QSqlQuery query = m_db.exec(u"SELECT id, kind, fiscal_year, COALESCE(unit_id, 0), title, pages, sha256, "
                                "issued_at, issued_by FROM issued_reports ORDER BY issued_at DESC, id DESC"_s);
    while (query.next()) {
        IssuedReport report;
        report.id = query.value(0).toLongLong();
        report.kind = kindFromKey(query.value(1).toString()).value_or(ReportKind::Audit);
        report.fiscalYear = query.value(2).toInt();
        report.unitId = query.value(3).toLongLong();
        report.title = query.value(4).toString();
        report.pages = query.value(5).toInt();
        report.sha256 = query.value(6).toString();
        report.issuedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
        report.issuedBy = query.value(8).toString();
        if (readsAll() || (report.kind == ReportKind::UnitNotice &&
                           m_access.allows(Operation::ReadRemediation, m_access.unit(report.unitId))))
            list << report;
    }
    return list;
}

QByteArray ReportService::issuedPdf(qint64 id)
{
    for (const IssuedReport& report : issued()) {
        if (report.id == id)
            return m_db.scalar(u"SELECT pdf FROM issued_reports WHERE id = ?"_s, {id}).toByteArray();
    }
    throw Error(tr("The issued report no longer exists, or is not yours to see."));
}

} // namespace kansa
