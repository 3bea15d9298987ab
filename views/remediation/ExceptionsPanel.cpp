#include "ExceptionsPanel.h"

#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/HistoryDialog.h"
#include "common/Tables.h"
#include "remediation/RemediationWidgets.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

enum Column
{
    UnitColumn,
    ItemsColumn,
    ReasonColumn,
    MeasuresColumn,
    RequestedColumn,
    DecisionColumn,
    TermColumn,
    ReviewColumn,
    StateColumn
};

} // namespace

ExceptionsPanel::ExceptionsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(readOnlyTable({tr("Unit"), tr("Items"), tr("Reason"), tr("Compensating measures"), tr("Requested"),
                             tr("Decision"), tr("Valid"), tr("Next review"), tr("State")},
                            u"exceptionsTable"_s, this))
    , m_attentionOnly(new QCheckBox(tr("Only those &expired or due for review"), this))
    , m_decide(new QPushButton(tr("Decide…"), this))
    , m_history(new QPushButton(tr("History…"), this))
{
    setObjectName(u"exceptionsPanel"_s);
    m_attentionOnly->setObjectName(u"exceptionsAttentionOnly"_s);
    m_decide->setObjectName(u"decideException"_s);
    m_table->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_attentionOnly);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* request = new QPushButton(tr("Request an exception…"), this);
    request->setObjectName(u"requestException"_s);
    request->setEnabled(workspace.session().unitId != 0 || workspace.session().administrator);
    connect(request, &QPushButton::clicked, this, &ExceptionsPanel::requestException);
    connect(m_decide, &QPushButton::clicked, this, &ExceptionsPanel::decideException);
    m_history->setObjectName(u"exceptionHistory"_s);
    connect(m_history, &QPushButton::clicked, this, &ExceptionsPanel::showHistory);
    connect(m_attentionOnly, &QCheckBox::toggled, this, &ExceptionsPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExceptionsPanel::updateButtons);
    buttons->addWidget(request);
    buttons->addWidget(m_decide);
    buttons->addWidget(m_history);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(&workspace.remediation(), &RemediationService::changed, this, &ExceptionsPanel::reload);
    reload();
}

void ExceptionsPanel::reload()
{
    const qint64 selected = m_table->currentRow() >= 0
                                ? m_table->item(m_table->currentRow(), UnitColumn)->data(Qt::UserRole).toLongLong()
                                : 0;
    attempt(this, tr("Exceptions"), [this] {
        const QHash<qint64, QString> names = unitNames(m_workspace.organisation());
        const QDate today = QDate::currentDate();
        const QList<SecurityException> list =
            m_workspace.remediation().exceptions(m_attentionOnly->isChecked() ? 0 : -1, today);
        m_table->setRowCount(static_cast<int>(list.size()));
        for (int row = 0; row < list.size(); ++row) {
            const SecurityException& e = list[row];
            auto* unit = remediationCell(names.value(e.unitId), e.id);
            unit->setData(Qt::UserRole + 1, e.stamp.version);
            unit->setData(Qt::UserRole + 2, static_cast<int>(e.decision));
            m_table->setItem(row, UnitColumn, unit);
            m_table->setItem(row, ItemsColumn, remediationCell(e.items, {}));
            m_table->setItem(row, ReasonColumn, remediationCell(e.reason, {}));
            m_table->setItem(row, MeasuresColumn, remediationCell(e.compensatingMeasures, {}));
            m_table->setItem(row, RequestedColumn,
                             remediationCell(tr("%1\n%2").arg(e.requestedBy, formatDate(e.requestedOn)), {}));
            QString decision = RemediationTexts::name(e.decision);
            if (e.decidedOn.isValid())
                decision = tr("%1\n%2").arg(decision, formatDate(e.decidedOn));
            if (!e.decisionComment.isEmpty())
                decision = tr("%1\n%2").arg(decision, e.decisionComment);
            auto* decisionCell = remediationCell(decision, static_cast<int>(e.decision));
            decisionCell->setToolTip(decision);
            m_table->setItem(row, DecisionColumn, decisionCell);
            const QString term = e.validFrom.isValid() || e.validUntil.isValid()
                                     ? tr("%1 –\n%2").arg(formatDate(e.validFrom), formatDate(e.validUntil))
                                     : QString();
            auto* termCell = remediationCell(term, e.validUntil);
            auto* review = remediationCell(formatDate(e.nextReviewOn), e.nextReviewOn);
            auto* state = remediationCell(QString(), {});
            const bool approved = e.decision == ExceptionDecision::Approved;
            if (approved && e.expired(today)) {
                markWarning(termCell, this, term);
                markWarning(state, this, tr("Expired"));
            } else if (approved && e.reviewDue(today)) {
                markWarning(review, this, tr("%1 (review due)").arg(formatDate(e.nextReviewOn)));
                markWarning(state, this, tr("Review due"));
            } else if (approved) {
                state->setText(tr("In force"));
            } else if (e.decision == ExceptionDecision::Pending) {
                state->setText(tr("Awaiting the CISO"));
            } else {
                state->setText(tr("Not granted"));
            }
            m_table->setItem(row, TermColumn, termCell);
            m_table->setItem(row, ReviewColumn, review);
            m_table->setItem(row, StateColumn, state);
        }
        m_table->resizeColumnsToContents();
        for (int column : {ItemsColumn, ReasonColumn, MeasuresColumn, DecisionColumn})
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 240));
        m_table->resizeRowsToContents();
    });
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, UnitColumn)->data(Qt::UserRole).toLongLong() == selected)
            m_table->setCurrentCell(row, 0);
    }
    updateButtons();
}

void ExceptionsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    m_decide->setEnabled(m_workspace.session().has(Role::Ciso) && row >= 0);
    m_history->setEnabled(row >= 0);
}

void ExceptionsPanel::requestException()
{
    const Session& session = m_workspace.session();
    QDialog dialog(this);
    dialog.setObjectName(u"exceptionRequestDialog"_s);
    dialog.setWindowTitle(tr("Request an exception"));
    auto* form = new QFormLayout(&dialog);
    auto* unit = new QComboBox(&dialog);
    unit->setObjectName(u"exceptionUnit"_s);
    for (const Unit& u : m_workspace.organisation().units()) {
        if (u.id == session.unitId || session.administrator)
            unit->addItem(u.name, u.id);
    }
    auto* items = new QLineEdit(&dialog);
    items->setObjectName(u"exceptionItems"_s);
    items->setPlaceholderText(tr("The clauses or checklist items departed from, e.g. 5.1(1)③"));
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(u"exceptionReason"_s);
    reason->setTabChangesFocus(true);
    auto* measures = new QPlainTextEdit(&dialog);
    measures->setObjectName(u"exceptionMeasures"_s);
    measures->setTabChangesFocus(true);
    form->addRow(tr("&Unit:"), unit);
    form->addRow(tr("&Items:"), items);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Compensating measures:"), measures);
    form->addRow(okCancelButtons(
        &dialog, RequiredFields().add(unit, tr("&Unit:")).add(items, tr("&Items:")).add(reason, tr("&Reason:"))));
    dialog.resize(560, 400);
    applyDialog(dialog, dialog.windowTitle(), [&] {
        SecurityException e;
        e.unitId = unit->currentData().toLongLong();
        e.items = items->text();
        e.reason = reason->toPlainText();
        e.compensatingMeasures = measures->toPlainText().trimmed();
        m_workspace.remediation().requestException(e);
    });
}

void ExceptionsPanel::showHistory()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, UnitColumn)->data(Qt::UserRole).toLongLong();
    HistoryDialog::showHistory(
        this,
        tr("the exception of %1 for %2")
            .arg(m_table->item(row, UnitColumn)->text(), m_table->item(row, ItemsColumn)->text()),
        [&] { return m_workspace.history().exception(id); });
}

void ExceptionsPanel::decideException()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QTableWidgetItem* key = m_table->item(row, UnitColumn);
    const qint64 id = key->data(Qt::UserRole).toLongLong();
    const int version = key->data(Qt::UserRole + 1).toInt();
    QDialog dialog(this);
    dialog.setObjectName(u"exceptionDecisionDialog"_s);
    dialog.setWindowTitle(tr("Decide the exception"));
    auto* form = new QFormLayout(&dialog);
    auto* what = new QLabel(
        m_table->item(row, ItemsColumn)->text() % u"\n"_s % m_table->item(row, ReasonColumn)->text(), &dialog);
    what->setWordWrap(true);
    auto* approve = new QRadioButton(tr("&Approve"), &dialog);
    approve->setObjectName(u"approveException"_s);
    approve->setChecked(true);
    auto* reject = new QRadioButton(tr("&Reject"), &dialog);
    reject->setObjectName(u"rejectException"_s);
    const QDate today = QDate::currentDate();
    auto* from = new DateField(today, &dialog);
    from->setObjectName(u"exceptionValidFrom"_s);
    auto* until = new DateField(today.addYears(1).addDays(-1), &dialog);
    until->setObjectName(u"exceptionValidUntil"_s);
    auto* review = new DateField(today.addMonths(6), &dialog);
    review->setObjectName(u"exceptionNextReview"_s);
    connect(approve, &QRadioButton::toggled, &dialog, [from, until, review](bool on) {
        for (DateField* date : {from, until, review})
            date->setEnabled(on);
    });
    form->addRow(tr("Exception:"), what);
    form->addRow(approve);
    form->addRow(reject);
    form->addRow(tr("Valid &from:"), from);
    form->addRow(tr("Valid &until:"), until);
    form->addRow(tr("Next re&view:"), review);
    auto* comment = new QPlainTextEdit(&dialog);
    comment->setObjectName(u"exceptionDecisionComment"_s);
    comment->setTabChangesFocus(true);
    comment->setPlaceholderText(tr("Why it is approved or rejected, and on what conditions"));
    comment->setMaximumHeight(90);
    form->addRow(tr("Rea&son:"), comment);
    form->addRow(okCancelButtons(&dialog, RequiredFields()
                                              .add(from, tr("Valid &from:"))
                                              .add(until, tr("Valid &until:"))
                                              .add(review, tr("Next re&view:"))
                                              .add(comment, tr("Rea&son:"))));
    dialog.resize(520, 420);
    applyDialog(dialog, dialog.windowTitle(), [&] {
        const bool approved = approve->isChecked();
        m_workspace.remediation().decideException(
            id, version, approved ? ExceptionDecision::Approved : ExceptionDecision::Rejected, comment->toPlainText(),
            approved ? from->date() : QDate(), approved ? until->date() : QDate(), approved ? review->date() : QDate());
    });
}

} // namespace kansa
