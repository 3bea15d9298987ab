#include "AuditPlanDialog.h"

#include "audit/AuditPlanService.h"
#include "checklist/ChecklistLibrary.h"
#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/RequiredFields.h"
#include "common/WindowSize.h"
#include "org/OrganisationService.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString language()
{
    return QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

DateField* optionalDate(QWidget* parent)
{
    auto* edit = new DateField({}, parent);
    edit->setOptional(AuditPlanDialog::tr("(not set)"));
    return edit;
}

} // namespace

AuditPlanDialog::AuditPlanDialog(AuditPlanService& plans, OrganisationService& organisation,
                                 ChecklistLibrary& checklists, qint64 auditId, QWidget* parent)
    : QDialog(parent)
    , m_plans(plans)
    , m_organisation(organisation)
    , m_checklists(checklists)
    , m_auditId(auditId)
{
    setObjectName(u"auditPlanDialog"_s);
    setWindowTitle(tr("Audit plan"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralTab(), tr("&General"));
    m_tabs->addTab(createScopeTab(), tr("&Scope and schedule"));
    m_tabs->addTab(createTeamTab(), tr("&Team"));
    m_tabs->addTab(createAssignmentsTab(), tr("&Assignments"));
    layout->addWidget(m_tabs, 1);
    auto* close = okCancelButtons(this, QDialogButtonBox::Close);
    layout->addWidget(close);
    resizeWithinScreen(this, {900, 680});
    load();
}

QWidget* AuditPlanDialog::createGeneralTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_title = new QLineEdit(tab);
    m_title->setObjectName(u"planTitle"_s);
    m_year = new FiscalYearField(tab);
    m_purpose = new QPlainTextEdit(tab);
    m_method = new QPlainTextEdit(tab);
    m_systems = new QPlainTextEdit(tab);
    m_systems->setObjectName(u"auditSystems"_s);
    m_systems->setMaximumHeight(50);
    m_purpose->setMaximumHeight(70);
    m_method->setMaximumHeight(70);
    m_checklist = new QComboBox(tab);
    for (const ChecklistEntry& entry : m_checklists.checklists())
        m_checklist->addItem(tr("%1 (version %2)").arg(entry.title.in(language())).arg(entry.currentVersion),
                             entry.key);
    m_checklist->setCurrentIndex(std::max(0, m_checklist->findData(u"yomogita-standards"_s)));
    m_chapters = new QListWidget(tab);
    m_chapters->setMaximumHeight(150);
    auto fillChapters = [this] {
        m_chapters->clear();
        try {
            for (const ChecklistChapter& chapter : m_checklists.load(m_checklist->currentData().toString()).chapters) {
                auto* item = new QListWidgetItem(chapter.number % u"  "_s % chapter.title.in(language()), m_chapters);
                item->setData(Qt::UserRole, chapter.number);
                item->setCheckState(Qt::Checked);
            }
        } catch (const Error&) {
        }
    };
    connect(m_checklist, &QComboBox::currentIndexChanged, this, fillChapters);
    fillChapters();
    m_chief = new QComboBox(tab);
    m_chief->addItem(tr("(none)"), 0);
    for (const Person& person : m_organisation.people()) {
        if (person.roles.contains(Role::ChiefAuditor))
            m_chief->addItem(person.name, person.id);
    }
    m_from = optionalDate(tab);
    m_to = optionalDate(tab);
    m_approved = optionalDate(tab);
    m_approved->setObjectName(u"planApprovedOn"_s);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(u"〜"_s, tab));
    period->addWidget(m_to);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Fiscal year:"), m_year);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("Information s&ystems:"), m_systems);
    form->addRow(tr("Criteria (checklist):"), m_checklist);
    form->addRow(tr("Chapters in scope:"), m_chapters);
    form->addRow(tr("&Chief auditor:"), m_chief);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Approved by the security committee on:"), m_approved);
    auto* save = new QPushButton(tr("Save"), tab);
    save->setObjectName(u"savePlan"_s);
    connect(save, &QPushButton::clicked, this, &AuditPlanDialog::saveGeneral);
    form->addRow(QString(), save);
    return tab;
}

QWidget* AuditPlanDialog::createScopeTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(
        new QLabel(tr("Tick the units to audit and give the day of each visit (double-click the date)."), tab));
    m_units = new QTreeWidget(tab);
    m_units->setObjectName(u"planUnits"_s);
    m_units->setHeaderLabels({tr("Unit"), tr("Visit")});
    QHash<qint64, QTreeWidgetItem*> items;
    for (const Unit& unit : m_organisation.units()) {
        auto* item = unit.parentId && items.contains(unit.parentId) ? new QTreeWidgetItem(items.value(unit.parentId))
                                                                    : new QTreeWidgetItem(m_units);
        item->setText(0, unit.name);
        item->setData(0, Qt::UserRole, unit.id);
        item->setCheckState(0, Qt::Unchecked);
        items.insert(unit.id, item);
    }
    m_units->expandAll();
    m_units->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_units, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 1 || item->checkState(0) != Qt::Checked || !m_auditId)
            return;
        QDialog dialog(this);
        auto* date = new DateField(QDate::currentDate(), &dialog);
        auto* form = new QFormLayout(&dialog);
        const QString label = tr("Visit to %1 on:").arg(item->text(0));
        form->addRow(label, date);
        form->addRow(okCancelButtons(&dialog, RequiredFields().add(date, label)));
        if (dialog.exec() != QDialog::Accepted)
            return;
        try {
            m_plans.setSchedule(m_auditId, item->data(0, Qt::UserRole).toLongLong(), date->date());
            load();
        } catch (const Error& error) {
            MessageBox::error(this, tr("Audit plan"), error.message());
        }
    });
    layout->addWidget(m_units, 1);
    auto* save = new QPushButton(tr("Save scope"), tab);
    save->setObjectName(u"saveScope"_s);
    connect(save, &QPushButton::clicked, this, &AuditPlanDialog::saveScope);
    layout->addWidget(save, 0, Qt::AlignRight);
    return tab;
}

QWidget* AuditPlanDialog::createTeamTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("The audit team: people holding the role of auditor or chief auditor."), tab));
    m_team = new QListWidget(tab);
    m_team->setObjectName(u"planTeam"_s);
    QHash<qint64, QString> unitNames;
    for (const Unit& unit : m_organisation.units())
        unitNames.insert(unit.id, unit.name);
    for (const Person& person : m_organisation.people()) {
        if (!person.roles.contains(Role::Auditor) && !person.roles.contains(Role::ChiefAuditor))
            continue;
        auto* item = new QListWidgetItem(person.name % u"  ("_s % unitNames.value(person.unitId) % u')', m_team);
        item->setData(Qt::UserRole, person.id);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_team, 1);
    auto* save = new QPushButton(tr("Save team"), tab);
    connect(save, &QPushButton::clicked, this, &AuditPlanDialog::saveTeam);
    layout->addWidget(save, 0, Qt::AlignRight);
    return tab;
}

QWidget* AuditPlanDialog::createAssignmentsTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_assignments = new QTableWidget(tab);
    m_assignments->setObjectName(u"planAssignments"_s);
    m_assignments->setColumnCount(3);
    m_assignments->setHorizontalHeaderLabels({tr("Unit"), tr("Auditor"), tr("Exception to independence (reason)")});
    m_assignments->horizontalHeader()->setStretchLastSection(true);
    m_assignments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assignments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assignments->verticalHeader()->hide();
    layout->addWidget(m_assignments, 1);
    auto* row = new QHBoxLayout;
    m_assignUnit = new QComboBox(tab);
    m_assignPerson = new QComboBox(tab);
    auto* assign = new QPushButton(tr("Assign"), tab);
    auto* remove = new QPushButton(tr("Remove"), tab);
    connect(assign, &QPushButton::clicked, this, &AuditPlanDialog::assign);
    connect(remove, &QPushButton::clicked, this, &AuditPlanDialog::unassign);
    row->addWidget(m_assignUnit, 1);
    row->addWidget(m_assignPerson, 1);
    row->addWidget(assign);
    row->addWidget(remove);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("An auditor may not audit their own unit or a unit above it (対策基準 1(8)②); "
                                    "where it cannot be avoided the reason is recorded and listed here."),
                                 tab));
    return tab;
}

void AuditPlanDialog::setOtherTabsEnabled(bool enabled)
{
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, enabled);
}

void AuditPlanDialog::load()
{
    setOtherTabsEnabled(m_auditId != 0);
    if (!m_auditId)
        return;
    try {
        const AuditPlan plan = m_plans.audit(m_auditId);
        m_title->setText(plan.title);
        m_year->setValue(plan.fiscalYear);
        m_purpose->setPlainText(plan.purpose);
        m_method->setPlainText(plan.method);
        m_systems->setPlainText(plan.systems);
        m_checklist->setCurrentIndex(std::max(0, m_checklist->findData(plan.checklistKey)));
        for (int i = 0; i < m_chapters->count(); ++i) {
            QListWidgetItem* item = m_chapters->item(i);
            const bool in = plan.chapters.isEmpty() || plan.chapters.contains(item->data(Qt::UserRole).toString());
            item->setCheckState(in ? Qt::Checked : Qt::Unchecked);
        }
        m_chief->setCurrentIndex(std::max(0, m_chief->findData(plan.chiefAuditorId)));
        m_from->setDate(plan.periodFrom);
        m_to->setDate(plan.periodTo);
        m_approved->setDate(plan.approvedOn);
        setWindowTitle(tr("Audit plan: %1 (%2)").arg(plan.title, AuditTexts::name(plan.status)));

        QHash<qint64, QDate> scope;
        for (const AuditedUnit& unit : m_plans.units(m_auditId))
            scope.insert(unit.unitId, unit.scheduledOn);
        m_assignUnit->clear();
        for (QTreeWidgetItemIterator it(m_units); *it; ++it) {
            const qint64 id = (*it)->data(0, Qt::UserRole).toLongLong();
            (*it)->setCheckState(0, scope.contains(id) ? Qt::Checked : Qt::Unchecked);
            (*it)->setText(1, scope.contains(id) ? formatDate(scope.value(id)) : QString());
            if (scope.contains(id))
                m_assignUnit->addItem((*it)->text(0), id);
        }
        const QList<qint64> team = m_plans.team(m_auditId);
        m_assignPerson->clear();
        for (int i = 0; i < m_team->count(); ++i) {
            QListWidgetItem* item = m_team->item(i);
            const bool member = team.contains(item->data(Qt::UserRole).toLongLong());
            item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
            if (member)
                m_assignPerson->addItem(item->text(), item->data(Qt::UserRole));
        }
        reloadAssignments();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

void AuditPlanDialog::saveGeneral()
{
    if (!RequiredFields()
             .add(m_from, tr("Period:"))
             .add(m_to, tr("Period:"))
             .add(m_approved, tr("Approved by the security committee on:"))
             .check(this))
        return;
    try {
        AuditPlan plan = m_auditId ? m_plans.audit(m_auditId) : AuditPlan{};
        plan.title = m_title->text();
        plan.fiscalYear = m_year->value();
        plan.purpose = m_purpose->toPlainText();
        plan.method = m_method->toPlainText();
        plan.systems = m_systems->toPlainText();
        if (plan.checklistKey != m_checklist->currentData().toString())
            plan.checklistVersion = 0;
        plan.checklistKey = m_checklist->currentData().toString();
        plan.chapters.clear();
        bool all = true;
        for (int i = 0; i < m_chapters->count(); ++i) {
            if (m_chapters->item(i)->checkState() == Qt::Checked)
                plan.chapters << m_chapters->item(i)->data(Qt::UserRole).toString();
            else
                all = false;
        }
        if (all)
            plan.chapters.clear();
        plan.chiefAuditorId = m_chief->currentData().toLongLong();
        plan.periodFrom = m_from->date();
        plan.periodTo = m_to->date();
        plan.approvedOn = m_approved->date();
        if (m_auditId)
            m_plans.updateAudit(plan);
        else
            m_auditId = m_plans.createAudit(plan);
        load();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

void AuditPlanDialog::saveScope()
{
    QList<qint64> units;
    for (QTreeWidgetItemIterator it(m_units); *it; ++it) {
        if ((*it)->checkState(0) == Qt::Checked)
            units << (*it)->data(0, Qt::UserRole).toLongLong();
    }
    try {
        m_plans.setUnits(m_auditId, units);
        load();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

void AuditPlanDialog::saveTeam()
{
    QList<qint64> team;
    for (int i = 0; i < m_team->count(); ++i) {
        if (m_team->item(i)->checkState() == Qt::Checked)
            team << m_team->item(i)->data(Qt::UserRole).toLongLong();
    }
    try {
        m_plans.setTeam(m_auditId, team);
        load();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

void AuditPlanDialog::reloadAssignments()
{
    QHash<qint64, QString> unitNames;
    for (const Unit& unit : m_organisation.units())
        unitNames.insert(unit.id, unit.name);
    QHash<qint64, QString> people;
    for (const Person& person : m_organisation.people())
        people.insert(person.id, person.name);
    const QList<Assignment> assignments = m_plans.assignments(m_auditId);
    m_assignments->setRowCount(static_cast<int>(assignments.size()));
    for (int row = 0; row < assignments.size(); ++row) {
        const Assignment& a = assignments[row];
        auto* unit = new QTableWidgetItem(unitNames.value(a.unitId));
        unit->setData(Qt::UserRole, a.id);
        unit->setData(Qt::UserRole + 1, a.stamp.version);
        m_assignments->setItem(row, 0, unit);
        m_assignments->setItem(row, 1, new QTableWidgetItem(people.value(a.personId)));
        auto* reason = new QTableWidgetItem(a.exceptionReason.isEmpty() ? QString() : u"⚠ "_s % a.exceptionReason);
        m_assignments->setItem(row, 2, reason);
    }
    m_assignments->resizeColumnsToContents();
}

void AuditPlanDialog::assign()
{
    const qint64 unit = m_assignUnit->currentData().toLongLong();
    const qint64 person = m_assignPerson->currentData().toLongLong();
    if (!unit || !person)
        return;
    try {
        QString reason;
        if (!m_plans.isIndependent(person, unit)) {
            bool ok = false;
            reason =
                QInputDialog::getText(this, tr("Exception to independence"),
                                      tr("%1 belongs to %2 or a unit below it (対策基準 1(8)② 兼務の禁止). Why can "
                                         "it not be avoided?")
                                          .arg(m_assignPerson->currentText(), m_assignUnit->currentText()),
                                      QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
        }
        m_plans.assign(m_auditId, unit, person, reason);
        reloadAssignments();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

void AuditPlanDialog::unassign()
{
    const int row = m_assignments->currentRow();
    if (row < 0)
        return;
    try {
        m_plans.unassign(m_assignments->item(row, 0)->data(Qt::UserRole).toLongLong(),
                         m_assignments->item(row, 0)->data(Qt::UserRole + 1).toInt());
        reloadAssignments();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Audit plan"), error.message());
    }
}

} // namespace kansa
