#include "CrossChecksPanel.h"

#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/Tables.h"
#include "remediation/RemediationWidgets.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QButtonGroup>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

CrossChecksPanel::CrossChecksPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_checks(
          readOnlyTable({tr("Finding"), tr("Unit of the finding"), tr("Question"), tr("Answer by"), tr("Answered")},
                        u"crossChecks"_s, this))
    , m_units(readOnlyTable({tr("Unit"), tr("Answer"), tr("Note"), tr("Answered on"), tr("By")}, u"crossCheckAnswers"_s,
                            this))
    , m_answer(new QPushButton(tr("Answer for my unit…"), this))
{
    setObjectName(u"crossChecksPanel"_s);
    m_answer->setObjectName(u"answerCrossCheck"_s);
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_checks);
    splitter->addWidget(m_units);
    layout->addWidget(splitter, 1);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("Show the plan"), this);
    open->setObjectName(u"showCrossCheckPlan"_s);
    buttons->addWidget(m_answer);
    buttons->addWidget(open);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto* hint = new QLabel(tr("The CISO or the chief auditor asks other units from a plan with “Ask other "
                               "units…”. A unit that finds the same problem gets a linked finding and plan."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    connect(m_answer, &QPushButton::clicked, this, &CrossChecksPanel::answer);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_units->currentRow();
        const qint64 raised = row >= 0 ? m_units->item(row, 1)->data(Qt::UserRole).toLongLong() : 0;
        const int check = m_checks->currentRow();
        if (raised)
            Q_EMIT findingRequested(raised);
        else if (check >= 0)
            Q_EMIT findingRequested(m_checks->item(check, 1)->data(Qt::UserRole).toLongLong());
    });
    connect(m_checks, &QTableWidget::currentCellChanged, this, &CrossChecksPanel::showUnits);
    connect(m_units, &QTableWidget::currentCellChanged, this, [this] {
        const int row = m_units->currentRow();
        m_answer->setEnabled(row >= 0 && m_units->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(&workspace.remediation(), &RemediationService::changed, this, &CrossChecksPanel::reload);
    reload();
}

void CrossChecksPanel::reload()
{
    const int current = std::max(0, m_checks->currentRow());
    attempt(this, tr("Cross-department checks"), [this] {
        const QHash<qint64, QString> names = unitNames(m_workspace.organisation());
        const QList<CrossCheck> checks = m_workspace.remediation().crossChecks();
        const QDate today = QDate::currentDate();
        m_checks->setRowCount(static_cast<int>(checks.size()));
        for (int row = 0; row < checks.size(); ++row) {
            const CrossCheck& check = checks[row];
            m_checks->setItem(row, 0, remediationCell(check.findingTitle, check.id));
            m_checks->setItem(row, 1, remediationCell(names.value(check.findingUnitId), check.findingId));
            m_checks->setItem(row, 2, remediationCell(check.question, {}));
            auto* due = remediationCell(formatDate(check.dueOn), check.dueOn);
            if (check.pending() && check.dueOn.isValid() && check.dueOn < today)
                markWarning(due, this, tr("%1 (late)").arg(formatDate(check.dueOn)));
            m_checks->setItem(row, 3, due);
            m_checks->setItem(
                row, 4,
                remediationCell(tr("%1 of %2").arg(check.units.size() - check.pending()).arg(check.units.size()),
                                check.pending()));
        }
        m_checks->resizeColumnsToContents();
        m_checks->setColumnWidth(2, std::min(m_checks->columnWidth(2), 420));
    });
    if (m_checks->rowCount() > 0)
        m_checks->setCurrentCell(std::min(current, m_checks->rowCount() - 1), 0);
    showUnits();
}

void CrossChecksPanel::showUnits()
{
    m_units->setRowCount(0);
    m_answer->setEnabled(false);
    const int row = m_checks->currentRow();
    if (row < 0)
        return;
    const qint64 checkId = m_checks->item(row, 0)->data(Qt::UserRole).toLongLong();
    attempt(this, tr("Cross-department checks"), [this, checkId] {
        const QHash<qint64, QString> names = unitNames(m_workspace.organisation());
        const qint64 myUnit = m_workspace.session().unitId;
        for (const CrossCheck& check : m_workspace.remediation().crossChecks()) {
            if (check.id != checkId)
                continue;
            m_units->setRowCount(static_cast<int>(check.units.size()));
            for (int r = 0; r < check.units.size(); ++r) {
                const CrossCheckUnit& unit = check.units[r];
                const bool pending = unit.answer == CrossCheckAnswer::Pending;
                auto* name = remediationCell(names.value(unit.unitId), unit.id);
                name->setData(Qt::UserRole + 1, pending && myUnit && unit.unitId == myUnit);
                name->setData(Qt::UserRole + 2, unit.stamp.version);
                m_units->setItem(r, 0, name);
                auto* answer = remediationCell(RemediationTexts::name(unit.answer), unit.createdFindingId);
                if (unit.answer == CrossCheckAnswer::Exists)
                    markWarning(answer, this, RemediationTexts::name(unit.answer));
                m_units->setItem(r, 1, answer);
                m_units->setItem(r, 2, remediationCell(unit.note, {}));
                m_units->setItem(r, 3, remediationCell(formatDate(unit.answeredOn), unit.answeredOn));
                m_units->setItem(r, 4, remediationCell(unit.answeredBy, {}));
            }
        }
        m_units->resizeColumnsToContents();
    });
    for (int r = 0; r < m_units->rowCount(); ++r) {
        if (m_units->item(r, 0)->data(Qt::UserRole + 1).toBool()) {
            m_units->setCurrentCell(r, 0);
            break;
        }
    }
}

void CrossChecksPanel::answer()
{
    const int row = m_units->currentRow();
    const int checkRow = m_checks->currentRow();
    if (row < 0 || checkRow < 0)
        return;
    const qint64 id = m_units->item(row, 0)->data(Qt::UserRole).toLongLong();
    const int version = m_units->item(row, 0)->data(Qt::UserRole + 2).toInt();
    QDialog dialog(this);
    dialog.setObjectName(u"crossCheckAnswerDialog"_s);
    dialog.setWindowTitle(tr("Answer the cross-department check"));
    auto* form = new QFormLayout(&dialog);
    auto* question = new QLabel(m_checks->item(checkRow, 2)->text(), &dialog);
    question->setWordWrap(true);
    auto* exists = new QRadioButton(tr("The same problem &exists in our unit"), &dialog);
    exists->setObjectName(u"answerExists"_s);
    auto* absent = new QRadioButton(tr("It does &not exist in our unit"), &dialog);
    absent->setObjectName(u"answerAbsent"_s);
    auto* note = new QPlainTextEdit(&dialog);
    note->setObjectName(u"answerNote"_s);
    note->setTabChangesFocus(true);
    note->setPlaceholderText(tr("What was checked, and what was found"));
    form->addRow(tr("Question:"), question);
    form->addRow(exists);
    form->addRow(absent);
    form->addRow(tr("&Note:"), note);
    form->addRow(okCancelButtons(&dialog, RequiredFields().add(note, tr("&Note:"))));
    dialog.resize(560, 320);
    qint64 raised = 0;
    if (applyDialog(dialog, dialog.windowTitle(),
                    [&] {
                        const CrossCheckAnswer answer = exists->isChecked()   ? CrossCheckAnswer::Exists
                                                        : absent->isChecked() ? CrossCheckAnswer::Absent
                                                                              : CrossCheckAnswer::Pending;
                        raised = m_workspace.remediation().answerCrossCheck(id, version, answer, note->toPlainText());
                    }) &&
        raised)
        Q_EMIT findingRequested(raised);
}

} // namespace kansa
