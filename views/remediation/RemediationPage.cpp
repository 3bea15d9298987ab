#include "RemediationPage.h"

#include "audit/Audit.h"
#include "calendar/JapaneseCalendar.h"
#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "remediation/CrossChecksPanel.h"
#include "remediation/ExceptionsPanel.h"
#include "remediation/PlanTableModel.h"
#include "remediation/ProgressReportDialog.h"
#include "remediation/ProgressRequestsPanel.h"
#include "remediation/RemediationWidgets.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// The fields of one remediation action, as the plan proposal and "add action" ask them.
struct ActionFields
{
    QLineEdit* description;
    QComboBox* owner;
    DateField* due;

    ActionFields(QDialog* dialog, QFormLayout* form, const QList<Person>& people, qint64 unitId, qint64 me)
        : description(new QLineEdit(dialog))
        , owner(new QComboBox(dialog))
        , due(new DateField(QDate::currentDate().addMonths(3), dialog))
    {
        description->setObjectName(u"actionDescription"_s);
        owner->setObjectName(u"actionOwner"_s);
        due->setObjectName(u"actionDue"_s);
        for (const Person& person : people) {
            if (person.unitId == unitId)
                owner->addItem(person.name, person.id);
        }
        owner->setCurrentIndex(std::max(0, owner->findData(me)));
        form->addRow(QCoreApplication::translate("kansa::RemediationPage", "&Action:"), description);
        form->addRow(QCoreApplication::translate("kansa::RemediationPage", "&Owner:"), owner);
        form->addRow(QCoreApplication::translate("kansa::RemediationPage", "&Due:"), due);
    }

    // Adds the fields an action cannot be saved without to required.
    RequiredFields& requiredIn(RequiredFields& required) const
    {
        return required.add(description, QCoreApplication::translate("kansa::RemediationPage", "&Action:"))
            .add(due, QCoreApplication::translate("kansa::RemediationPage", "&Due:"));
    }

    RemediationAction action() const
    {
        RemediationAction action;
        action.description = description->text().trimmed();
        action.ownerId = owner->currentData().toLongLong();
        action.dueOn = due->date();
        return action;
    }
};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

RemediationPage::RemediationPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PlanTableModel(workspace.remediation(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"remediationPage"_s);
    m_model->setWarningIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_tabs->setObjectName(u"remediationTabs"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->addTab(createPlansTab(), tr("Remediation plans"));
    m_crossChecks = new CrossChecksPanel(workspace, m_tabs);
    m_requests = new ProgressRequestsPanel(workspace, m_tabs);
    m_exceptions = new ExceptionsPanel(workspace, m_tabs);
    m_tabs->addTab(m_crossChecks, tr("Cross-department checks"));
    m_tabs->addTab(m_requests, tr("Progress requests"));
    m_tabs->addTab(m_exceptions, tr("Exceptions"));
    const auto showPlanTab = [this](qint64 planId) {
        if (selectPlan(planId))
            m_tabs->setCurrentIndex(0);
    };
    connect(m_requests, &ProgressRequestsPanel::planRequested, this, showPlanTab);
    connect(m_crossChecks, &CrossChecksPanel::findingRequested, this, [this, showPlanTab](qint64 findingId) {
        if (const std::optional<RemediationPlan> plan = m_workspace.remediation().planOfFinding(findingId))
            showPlanTab(plan->id);
    });

    // The count follows whatever changes the rows shown: filters, a reload, the first load.
    const auto count = [this] { m_count->setText(tr("%n plan(s)", nullptr, m_model->rowCount())); };
    connect(m_model, &QAbstractItemModel::modelReset, this, count);

    // A reload keeps the plan that was selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_current.id = currentPlanId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 id = m_current.id;
        if (!id || !selectPlan(id, true))
            showPlan();
    });
    connect(&workspace.remediation(), &RemediationService::changed, this, &RemediationPage::reloadNames);
    connect(&workspace.organisation(), &OrganisationService::unitsChanged, this, &RemediationPage::reloadNames);
    connect(&workspace.organisation(), &OrganisationService::peopleChanged, this, &RemediationPage::reloadNames);
    reloadNames();
    applyFilters();
    m_table->sortByColumn(PlanTableModel::NextDueColumn, Qt::AscendingOrder);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showPlan();
}

void RemediationPage::showEvent(QShowEvent* event)
{
    // The plans load when the area is first shown rather than at sign-in.
    if (!m_model->loaded()) {
        m_model->reload();
        fillFilters();
        if (m_model->rowCount() > 0 && !currentPlanId())
            m_table->selectRow(0);
    }
    QWidget::showEvent(event);
}

QWidget* RemediationPage::createPlansTab()
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);

    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(tab);
    m_year->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_year->setObjectName(u"fiscalYearFilter"_s);
    m_unit = new QComboBox(tab);
    m_unit->setObjectName(u"unitFilter"_s);
    // Long unit names do not widen the window past a 1024-pixel screen; the list shows them whole.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->setMinimumContentsLength(12);
    m_status = new QComboBox(tab);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    m_status->addItem(tr("Any status"), -1);
    for (PlanStatus status : {PlanStatus::NotStarted, PlanStatus::InProgress, PlanStatus::Completed,
                              PlanStatus::Verified, PlanStatus::RiskAccepted})
        m_status->addItem(RemediationTexts::name(status), static_cast<int>(status));
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), tab);
    m_overdueOnly->setObjectName(u"overdueOnly"_s);
    m_search = new QLineEdit(tab);
    m_search->setObjectName(u"planSearch"_s);
    m_search->setPlaceholderText(tr("Search unit, finding, summary"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(16 * fontMetrics().averageCharWidth());
    m_count = new QLabel(tab);
    m_count->setObjectName(u"planCount"_s);
    auto* yearLabel = new QLabel(tr("&Fiscal year:"), tab);
    yearLabel->setBuddy(m_year);
    auto* unitLabel = new QLabel(tr("&Unit:"), tab);
    unitLabel->setBuddy(m_unit);
    auto* statusLabel = new QLabel(tr("S&tatus:"), tab);
    statusLabel->setBuddy(m_status);
    for (QWidget* w :
         std::initializer_list<QWidget*>{yearLabel, m_year, unitLabel, m_unit, statusLabel, m_status, m_overdueOnly})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    connect(m_year, &QComboBox::currentIndexChanged, this, &RemediationPage::applyFilters);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RemediationPage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RemediationPage::applyFilters);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &RemediationPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &RemediationPage::applyFilters);

    m_table = new QTableView(tab);
    m_table->setObjectName(u"planTable"_s);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    // Every column but the finding as wide as its texts (judged on the first few hundred rows, so that tens of
    // thousands of plans stay quick), the finding the rest.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(300);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PlanTableModel::FindingColumn, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RemediationPage::showPlan);

    // The list above, the chosen plan below: both get the full width for titles and narratives.
    auto* splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(u"planSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 480});
    layout->addWidget(splitter, 1);

    struct ButtonSpec
    {
        const char16_t* name;
        QString text;
        void (RemediationPage::*slot)();
    };
    const ButtonSpec specs[] = {
        {u"proposePlan", tr("Propose a plan…"), &RemediationPage::proposePlan},
        {u"addAction", tr("Add action…"), &RemediationPage::addAction},
        {u"completeAction", tr("Action done"), &RemediationPage::completeAction},
        {u"startPlan", tr("Start"), &RemediationPage::startPlan},
        {u"reportCompletion", tr("Report completion"), &RemediationPage::reportCompletion},
        {u"addProgress", tr("Report progress…"), &RemediationPage::addProgressReport},
        {u"verifyPlan", tr("Verify…"), &RemediationPage::verifyPlan},
        {u"sendBackPlan", tr("Send back…"), &RemediationPage::sendBack},
        {u"acceptRisk", tr("Accept risk…"), &RemediationPage::acceptRisk},
        {u"askCrossCheck", tr("Ask other units…"), &RemediationPage::askCrossCheck},
    };
    // Two rows of five, so that the window fits a small screen.
    auto* buttons = new QGridLayout;
    int index = 0;
    for (const ButtonSpec& spec : specs) {
        auto* button = new QPushButton(spec.text, tab);
        const QString name = QString::fromUtf16(spec.name);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, spec.slot);
        buttons->addWidget(button, index / 5, index % 5);
        ++index;
        m_buttons.insert(name, button);
    }
    buttons->setColumnStretch(5, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* RemediationPage::createDetail()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"planDetail"_s);
    scroll->setWidgetResizable(true);
    auto* detail = new QWidget(scroll);
    auto* layout = new QVBoxLayout(detail);
    m_heading = new QLabel(detail);
    m_heading->setObjectName(u"planHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_info = new QLabel(detail);
    m_info->setObjectName(u"planInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_info);
    auto* planHistory = new QPushButton(tr("Plan history…"), detail);
    planHistory->setObjectName(u"planHistory"_s);
    planHistory->setToolTip(tr("Who changed this plan, its actions and progress reports, and when"));
    connect(planHistory, &QPushButton::clicked, this, [this] {
        const RemediationPlan plan = m_current;
        if (plan.id)
            HistoryDialog::showHistory(this, tr("the plan for 「%1」").arg(plan.findingTitle),
                                       [&] { return m_workspace.history().plan(plan.id); });
    });
    layout->addWidget(planHistory, 0, Qt::AlignLeft);
    m_buttons.insert(u"planHistory"_s, planHistory);

    auto* actions = new QGroupBox(tr("Actions"), detail);
    auto* actionsLayout = new QVBoxLayout(actions);
    m_actions = new QTableWidget(0, 4, actions);
    m_actions->setObjectName(u"planActions"_s);
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Done")});
    m_actions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actions->verticalHeader()->hide();
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->setMinimumHeight(120);
    connect(m_actions, &QTableWidget::itemSelectionChanged, this, &RemediationPage::updateButtons);
    actionsLayout->addWidget(m_actions);
    layout->addWidget(actions, 1);

    auto* history = new QGroupBox(tr("Progress reports"), detail);
    auto* historyLayout = new QVBoxLayout(history);
    m_history = new QTableWidget(0, 5, history);
    m_history->setObjectName(u"progressHistory"_s);
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Progress"), tr("What was done"), tr("Evidence"), tr("Entered")});
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(true);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_history->setMinimumHeight(140);
    historyLayout->addWidget(m_history);
    auto* immutable = new QLabel(tr("Reports are kept as entered; a correction is a new report."), history);
    immutable->setWordWrap(true);
    historyLayout->addWidget(immutable);
    layout->addWidget(history, 1);
    scroll->setWidget(detail);
    scroll->setMinimumWidth(420);
    return scroll;
}

void RemediationPage::reloadNames()
{
    attempt(this, tr("Remediation"), [this] {
        const QHash<qint64, QString> units = unitNames(m_workspace.organisation());
        m_model->setUnitNames(units);
        m_people.clear();
        for (const Person& person : m_workspace.organisation().people())
            m_people.insert(person.id, person.name);
        m_findingTitles.clear();
        for (const CrossCheck& check : m_workspace.remediation().crossChecks())
            m_findingTitles.insert(check.findingId, check.findingTitle);
    });
    // The years and units offered follow the data, not each filter's change.
    fillFilters();
    showPlan();
}

void RemediationPage::fillFilters()
{
    const QSignalBlocker yearBlock(m_year);
    const QSignalBlocker unitBlock(m_unit);
    const int current = JapaneseCalendar::fiscalYearOf(QDate::currentDate());
    const int chosenYear = m_year->count() ? m_year->currentData().toInt() : current;
    std::set<int, std::greater<>> years{current};
    // The plans' years are read once the list is, when the area is first shown.
    if (m_model->loaded()) {
        for (int year : m_workspace.remediation().planYears())
            years.insert(year);
    }
    m_year->clear();
    for (int year : years)
        m_year->addItem(year == current ? tr("%1 (current)").arg(formatFiscalYear(year)) : formatFiscalYear(year),
                        year);
    m_year->addItem(tr("All years"), 0);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosenYear)));

    const qint64 chosenUnit = m_unit->count() ? m_unit->currentData().toLongLong() : -1;
    m_unit->clear();
    m_unit->addItem(tr("All units"), -1);
    QHash<qint64, int> depth;
    try {
        for (const Unit& unit : m_workspace.organisation().units()) {
            depth.insert(unit.id, unit.parentId ? depth.value(unit.parentId) + 1 : 0);
            if (m_workspace.remediation().canRead(unit.id) || m_workspace.remediation().readsAll())
                m_unit->addItem(QString(depth.value(unit.id) * 2, u' ') % unit.name, unit.id);
        }
    } catch (const Error&) {
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(chosenUnit)));
}

void RemediationPage::applyFilters()
{
    const int year = m_year->currentData().toInt();
    m_model->setReferenceYear(year ? year : JapaneseCalendar::fiscalYearOf(QDate::currentDate()));
    PlanFilter filter;
    filter.fiscalYear = year;
    QSet<qint64> units;
    const qint64 unit = m_unit->currentData().toLongLong();
    if (unit > 0) {
        // The unit and every unit below it.
        units.insert(unit);
        QHash<qint64, QList<qint64>> children;
        for (const Unit& u : m_workspace.organisation().units())
            children[u.parentId] << u.id;
        QList<qint64> pending{unit};
        while (!pending.isEmpty()) {
            for (qint64 child : children.value(pending.takeLast())) {
                units.insert(child);
                pending << child;
            }
        }
    }
    filter.units = units;
    const int status = m_status->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional(static_cast<PlanStatus>(status));
    filter.overdueOnly = m_overdueOnly->isChecked();
    filter.search = m_search->text();
    m_model->setFilter(filter);
    if (!currentPlanId() && m_model->rowCount() > 0)
        m_table->selectRow(0);
    showPlan();
}

qint64 RemediationPage::currentPlanId() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    return index.isValid() ? index.data(PlanTableModel::PlanIdRole).toLongLong() : 0;
}

bool RemediationPage::selectPlan(qint64 planId, bool keepFilters)
{
    int row = m_model->rowOf(planId);
    if (row < 0 && keepFilters)
        return false;
    if (row < 0) {
        // Hidden by a filter: show every plan.
        const QSignalBlocker blockers[] = {QSignalBlocker(m_year), QSignalBlocker(m_unit), QSignalBlocker(m_status),
                                           QSignalBlocker(m_overdueOnly), QSignalBlocker(m_search)};
        m_year->setCurrentIndex(m_year->findData(0));
        m_unit->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_overdueOnly->setChecked(false);
        m_search->clear();
        applyFilters();
        row = m_model->rowOf(planId);
        if (row < 0)
            return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showPlan();
    return true;
}

QString RemediationPage::exceptionText(qint64 exceptionId)
{
    for (const SecurityException& e : m_workspace.remediation().exceptions()) {
        if (e.id == exceptionId)
            return tr("%1 — %2, valid %3 to %4")
                .arg(e.items, RemediationTexts::name(e.decision), formatDate(e.validFrom), formatDate(e.validUntil));
    }
    return tr("exception #%1").arg(exceptionId);
}

void RemediationPage::showPlan()
{
    const qint64 id = currentPlanId();
    m_current = {};
    m_actions->setRowCount(0);
    m_history->setRowCount(0);
    if (!id) {
        m_heading->setText(tr("<i>Choose a plan in the list.</i>"));
        m_info->clear();
        updateButtons();
        return;
    }
    m_current = m_model->planAt(m_table->selectionModel()->currentIndex().row());
    const QDate today = m_model->today();
    const bool overdue = m_current.overdue(today);
    QStringList facts{AuditTexts::name(AuditTexts::severity(m_current.severity)), m_model->unitName(m_current.unitId),
                      formatFiscalYear(m_current.fiscalYear), RemediationTexts::name(m_current.status)};
    if (m_current.carriedOver(JapaneseCalendar::fiscalYearOf(today)))
        facts << tr("carried over");
    QString heading = u"<b>"_s % escaped(m_current.findingTitle) % u"</b><br>"_s % escaped(facts.join(u" · "_s));
    if (overdue)
        heading += u"<br><span style=\"color:#b00020\">"_s % u"⚠ "_s %
                   escaped(tr("Overdue: an action is past its due date.")) % u"</span>"_s;
    m_heading->setText(heading);

    QString info = u"<b>"_s % escaped(tr("Summary")) % u"</b><br>"_s % escaped(m_current.summary);
    if (m_current.originFindingId) {
        const QString origin =
            m_findingTitles.value(m_current.originFindingId, tr("finding #%1").arg(m_current.originFindingId));
        info += u"<p><b>"_s % escaped(tr("Raised by a cross-department check of")) % u"</b><br>"_s % escaped(origin) %
                u"</p>"_s;
    }
    if (!m_current.verificationNote.isEmpty())
        info += u"<p><b>"_s % escaped(tr("Verification note")) % u"</b><br>"_s % escaped(m_current.verificationNote) %
                u"</p>"_s;
    if (!m_current.verificationEvidence.isEmpty())
        info += u"<p><b>"_s % escaped(tr("Evidence seen")) % u"</b><br>"_s % escaped(m_current.verificationEvidence) %
                u"</p>"_s;
    if (m_current.exceptionId)
        info += u"<p><b>"_s % escaped(tr("Exception (risk accepted)")) % u"</b><br>"_s %
                escaped(exceptionText(m_current.exceptionId)) % u"</p>"_s;
    if (m_current.closedOn.isValid())
        info += u"<p>"_s % escaped(tr("Closed on %1").arg(formatDate(m_current.closedOn))) % u"</p>"_s;
    m_info->setText(info);

    m_actions->setRowCount(static_cast<int>(m_current.actions.size()));
    for (int r = 0; r < m_current.actions.size(); ++r) {
        const RemediationAction& action = m_current.actions[r];
        auto* description = remediationCell(action.description, action.id);
        description->setData(Qt::UserRole + 1, action.stamp.version);
        m_actions->setItem(r, 0, description);
        m_actions->setItem(r, 1, remediationCell(m_people.value(action.ownerId), action.ownerId));
        auto* due = remediationCell(formatDate(action.dueOn), action.dueOn);
        if (action.overdue(today))
            markWarning(due, this, tr("%1 (overdue)").arg(formatDate(action.dueOn)));
        m_actions->setItem(r, 2, due);
        m_actions->setItem(r, 3, remediationCell(action.done ? tr("✓ Done") : tr("Open"), action.done));
    }
    m_actions->resizeColumnToContents(1);
    m_actions->resizeColumnToContents(2);
    m_actions->resizeColumnToContents(3);

    attempt(this, tr("Progress reports"), [this] {
        const QList<ProgressReport> reports = m_workspace.remediation().progressReports(m_current.id);
        m_history->setRowCount(static_cast<int>(reports.size()));
        for (int r = 0; r < reports.size(); ++r) {
            const ProgressReport& report = reports[r];
            m_history->setItem(r, 0, remediationCell(formatDate(report.reportedOn), report.id));
            m_history->setItem(r, 1, remediationCell(u"%1%"_s.arg(report.percent), report.percent));
            m_history->setItem(r, 2, remediationCell(report.narrative, {}));
            m_history->setItem(r, 3, remediationCell(report.evidence, {}));
            const QDateTime at = report.createdAt.toLocalTime();
            m_history->setItem(r, 4,
                               remediationCell(report.createdBy % u'\n' % formatDate(at.date()) % u' ' %
                                                   at.time().toString(u"HH:mm"_s),
                                               report.createdAt));
        }
        for (int c : {0, 1, 4})
            m_history->resizeColumnToContents(c);
        m_history->setColumnWidth(3, 90);
        m_history->resizeRowsToContents();
    });
    updateButtons();
}

void RemediationPage::updateButtons()
{
    const Session& session = m_workspace.session();
    const bool selected = m_current.id != 0;
    const bool mine = selected && session.unitId && session.unitId == m_current.unitId;
    const bool open = selected && m_current.open();
    const int actionRow = m_actions->currentRow();
    const bool actionOpen = actionRow >= 0 && !m_actions->item(actionRow, 3)->data(Qt::UserRole).toBool();
    const bool auditor = session.has(Role::ChiefAuditor) || session.has(Role::Auditor);
    m_buttons[u"proposePlan"_s]->setEnabled(session.unitId != 0);
    m_buttons[u"planHistory"_s]->setEnabled(selected);
    m_buttons[u"addAction"_s]->setEnabled(mine && open);
    m_buttons[u"completeAction"_s]->setEnabled(mine && open && actionOpen);
    m_buttons[u"startPlan"_s]->setEnabled(mine && m_current.status == PlanStatus::NotStarted);
    m_buttons[u"reportCompletion"_s]->setEnabled(mine && m_current.status == PlanStatus::InProgress);
    m_buttons[u"addProgress"_s]->setEnabled(mine && open);
    m_buttons[u"verifyPlan"_s]->setEnabled(auditor && selected && m_current.status == PlanStatus::Completed);
    m_buttons[u"sendBackPlan"_s]->setEnabled(auditor && selected && m_current.status == PlanStatus::Completed);
    m_buttons[u"acceptRisk"_s]->setEnabled(
        session.has(Role::Ciso) && selected &&
        (m_current.status == PlanStatus::NotStarted || m_current.status == PlanStatus::InProgress));
    m_buttons[u"askCrossCheck"_s]->setEnabled(selected && (session.has(Role::Ciso) || session.has(Role::ChiefAuditor)));
}

void RemediationPage::proposePlan()
{
    QList<UnplannedFinding> findings;
    if (!attempt(this, tr("Propose a plan"), [&] { findings = m_workspace.remediation().findingsWithoutPlan(); }))
        return;
    if (findings.isEmpty()) {
        MessageBox::information(this, tr("Propose a plan"), tr("Every finding of your unit already has a plan."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"proposePlanDialog"_s);
    dialog.setWindowTitle(tr("Propose a remediation plan"));
    auto* form = new QFormLayout(&dialog);
    auto* finding = new QComboBox(&dialog);
    finding->setObjectName(u"planFinding"_s);
    for (const UnplannedFinding& f : findings)
        finding->addItem(u"%1 [%2] %3"_s.arg(formatFiscalYear(f.fiscalYear),
                                             AuditTexts::name(AuditTexts::severity(f.severity)), f.title),
                         f.findingId);
    // What the auditor found and recommended, beside the plan being written.
    auto* found = new QTextBrowser(&dialog);
    found->setObjectName(u"planFindingText"_s);
    found->setMaximumHeight(120);
    const auto showFinding = [found, finding, findings] {
        const UnplannedFinding& f = findings.at(std::max(0, finding->currentIndex()));
        found->setHtml(u"<p><b>"_s % tr("Condition found").toHtmlEscaped() % u"</b><br>"_s %
                       f.condition.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s) % u"</p><p><b>"_s %
                       tr("Recommendation").toHtmlEscaped() % u"</b><br>"_s %
                       f.recommendation.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s) % u"</p>"_s);
    };
    connect(finding, &QComboBox::currentIndexChanged, found, showFinding);
    showFinding();
    auto* summary = new QPlainTextEdit(&dialog);
    summary->setObjectName(u"planSummary"_s);
    summary->setTabChangesFocus(true);
    summary->setMaximumHeight(100);
    form->addRow(tr("&Finding:"), finding);
    form->addRow(QString(), found);
    form->addRow(tr("&Summary:"), summary);
    form->addRow(new QLabel(tr("First action (add more afterwards):"), &dialog));
    ActionFields fields(&dialog, form, m_workspace.organisation().people(), m_workspace.session().unitId,
                        m_workspace.session().personId);
    RequiredFields required;
    required.add(summary, tr("&Summary:"));
    form->addRow(okCancelButtons(&dialog, fields.requiredIn(required)));
    dialog.resize(640, 520);
    qint64 id = 0;
    if (applyDialog(dialog, dialog.windowTitle(), [&] {
            id = m_workspace.remediation().proposePlan(finding->currentData().toLongLong(), summary->toPlainText(),
                                                       {fields.action()});
        }))
        selectPlan(id);
}

void RemediationPage::addAction()
{
    if (!m_current.id)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"actionDialog"_s);
    dialog.setWindowTitle(tr("Add an action"));
    auto* form = new QFormLayout(&dialog);
    ActionFields fields(&dialog, form, m_workspace.organisation().people(), m_current.unitId,
                        m_workspace.session().personId);
    RequiredFields required;
    form->addRow(okCancelButtons(&dialog, fields.requiredIn(required)));
    dialog.resize(520, 200);
    const qint64 planId = m_current.id;
    applyDialog(dialog, dialog.windowTitle(), [&] { m_workspace.remediation().addAction(planId, fields.action()); });
}

void RemediationPage::completeAction()
{
    const int row = m_actions->currentRow();
    if (!m_current.id || row < 0)
        return;
    const QTableWidgetItem* item = m_actions->item(row, 0);
    attempt(this, tr("Action done"), [&] {
        m_workspace.remediation().completeAction(item->data(Qt::UserRole).toLongLong(),
                                                 item->data(Qt::UserRole + 1).toInt());
    });
}

void RemediationPage::startPlan()
{
    if (!m_current.id)
        return;
    const RemediationPlan plan = m_current;
    attempt(this, tr("Start"),
            [&] { m_workspace.remediation().setStatus(plan.id, plan.stamp.version, PlanStatus::InProgress); });
}

void RemediationPage::reportCompletion()
{
    if (!m_current.id)
        return;
    const RemediationPlan plan = m_current;
    if (!MessageBox::confirm(
            this, tr("Report completion"),
            tr("Report the plan for “%1” as completed? An auditor then verifies it.").arg(plan.findingTitle)))
        return;
    attempt(this, tr("Report completion"),
            [&] { m_workspace.remediation().setStatus(plan.id, plan.stamp.version, PlanStatus::Completed); });
}

void RemediationPage::addProgressReport()
{
    if (!m_current.id)
        return;
    const qint64 planId = m_current.id;
    const int last =
        m_history->rowCount() ? m_history->item(m_history->rowCount() - 1, 1)->data(Qt::UserRole).toInt() : 0;
    ProgressReportDialog dialog(m_current.findingTitle, last, this);
    applyDialog(dialog, dialog.windowTitle(),
                [&] { m_workspace.remediation().addProgressReport(planId, dialog.report()); });
}

void RemediationPage::setStatusWithNote(PlanStatus status, const QString& title, const QString& prompt)
{
    if (!m_current.id)
        return;
    const RemediationPlan plan = m_current;
    QDialog dialog(this);
    dialog.setObjectName(u"verificationDialog"_s);
    dialog.setWindowTitle(title);
    auto* form = new QFormLayout(&dialog);
    auto* heading = new QLabel(plan.findingTitle, &dialog);
    heading->setWordWrap(true);
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"verificationNote"_s);
    note->setTabChangesFocus(true);
    form->addRow(tr("Finding:"), heading);
    form->addRow(prompt, note);
    // Verifying also names the evidence seen.
    const bool verifying = status == PlanStatus::Verified;
    auto* evidence = new QPlainTextEdit(&dialog);
    evidence->setObjectName(u"verificationEvidence"_s);
    evidence->setTabChangesFocus(true);
    evidence->setVisible(verifying);
    RequiredFields required;
    required.add(note, prompt);
    if (verifying) {
        form->addRow(tr("&Evidence seen:"), evidence);
        required.add(evidence, tr("&Evidence seen:"));
    }
    form->addRow(okCancelButtons(&dialog, required));
    dialog.resize(560, verifying ? 380 : 300);
    applyDialog(dialog, title, [&] {
        m_workspace.remediation().setStatus(plan.id, plan.stamp.version, status, note->toPlainText(), 0,
                                            evidence->toPlainText());
    });
}

void RemediationPage::verifyPlan()
{
    setStatusWithNote(PlanStatus::Verified, tr("Verify the plan"), tr("&What was checked:"));
}

void RemediationPage::sendBack()
{
    setStatusWithNote(PlanStatus::InProgress, tr("Send the plan back"), tr("&What is missing:"));
}

void RemediationPage::acceptRisk()
{
    if (!m_current.id)
        return;
    const RemediationPlan plan = m_current;
    const QDate today = QDate::currentDate();
    QList<SecurityException> usable;
    if (!attempt(this, tr("Accept risk"), [&] { usable = m_workspace.remediation().exceptions(); }))
        return;
    usable.removeIf([&](const SecurityException& e) {
        return e.unitId != plan.unitId || e.decision != ExceptionDecision::Approved || e.expired(today);
    });
    if (usable.isEmpty()) {
        MessageBox::information(this, tr("Accept risk"),
                                tr("%1 has no approved exception that is still valid. The unit requests one in the "
                                   "exceptions register first.")
                                    .arg(m_model->unitName(plan.unitId)));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"acceptRiskDialog"_s);
    dialog.setWindowTitle(tr("Accept the risk"));
    auto* form = new QFormLayout(&dialog);
    auto* exception = new QComboBox(&dialog);
    exception->setObjectName(u"riskException"_s);
    for (const SecurityException& e : usable)
        exception->addItem(tr("%1 (valid until %2)").arg(e.items, formatDate(e.validUntil)), e.id);
    auto* heading = new QLabel(plan.findingTitle, &dialog);
    heading->setWordWrap(true);
    form->addRow(tr("Finding:"), heading);
    form->addRow(tr("&Exception:"), exception);
    form->addRow(okCancelButtons(&dialog));
    applyDialog(dialog, dialog.windowTitle(), [&] {
        m_workspace.remediation().setStatus(plan.id, plan.stamp.version, PlanStatus::RiskAccepted, {},
                                            exception->currentData().toLongLong());
    });
}

void RemediationPage::askCrossCheck()
{
    if (!m_current.id)
        return;
    const RemediationPlan plan = m_current;
    QDialog dialog(this);
    dialog.setObjectName(u"crossCheckDialog"_s);
    dialog.setWindowTitle(tr("Ask other units to check"));
    auto* form = new QFormLayout(&dialog);
    auto* heading = new QLabel(plan.findingTitle, &dialog);
    heading->setWordWrap(true);
    auto* question = new QPlainTextEdit(&dialog);
    question->setObjectName(u"crossCheckQuestion"_s);
    question->setTabChangesFocus(true);
    question->setMaximumHeight(90);
    auto* due = new DateField(QDate::currentDate().addDays(21), &dialog);
    due->setObjectName(u"crossCheckDue"_s);
    auto* all = new QCheckBox(tr("&All units (every section but the finding's own)"), &dialog);
    all->setObjectName(u"crossCheckAllUnits"_s);
    auto* units = new QListWidget(&dialog);
    units->setObjectName(u"crossCheckUnitList"_s);
    QSet<qint64> parents;
    const QList<Unit> allUnits = m_workspace.organisation().units();
    for (const Unit& unit : allUnits)
        parents.insert(unit.parentId);
    for (const Unit& unit : allUnits) {
        if (unit.id == plan.unitId || parents.contains(unit.id))
            continue;
        auto* item = new QListWidgetItem(unit.name, units);
        item->setData(Qt::UserRole, unit.id);
        item->setCheckState(Qt::Unchecked);
    }
    connect(all, &QCheckBox::toggled, units, [units](bool on) {
        units->setEnabled(!on);
        for (int i = 0; i < units->count(); ++i)
            units->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    });
    form->addRow(tr("Finding:"), heading);
    form->addRow(tr("&Question:"), question);
    form->addRow(tr("&Answer by:"), due);
    form->addRow(all);
    form->addRow(tr("&Units:"), units);
    form->addRow(
        okCancelButtons(&dialog, RequiredFields().add(question, tr("&Question:")).add(due, tr("&Answer by:"))));
    dialog.resize(560, 560);
    applyDialog(dialog, dialog.windowTitle(), [&] {
        QList<qint64> chosen;
        if (!all->isChecked()) {
            for (int i = 0; i < units->count(); ++i) {
                if (units->item(i)->checkState() == Qt::Checked)
                    chosen << units->item(i)->data(Qt::UserRole).toLongLong();
            }
            if (chosen.isEmpty())
                throw Error(tr("Choose the units to ask, or all units."));
        }
        m_workspace.remediation().askCrossCheck(plan.findingId, question->toPlainText(), chosen, due->date());
    });
}

} // namespace kansa
