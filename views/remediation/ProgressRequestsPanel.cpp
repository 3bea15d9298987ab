#include "ProgressRequestsPanel.h"

#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/ErrorBoundary.h"
#include "common/Tables.h"
#include "remediation/RemediationWidgets.h"
#include "settings/AppSettings.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ProgressRequestsPanel::ProgressRequestsPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_requests(
          readOnlyTable({tr("Requested on"), tr("Units"), tr("Report by"), tr("Message")}, u"progressRequests"_s, this))
    , m_owed(readOnlyTable({tr("Unit"), tr("Finding"), tr("Report by"), tr("Message")}, u"owedReports"_s, this))
{
    setObjectName(u"progressRequestsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    auto* requests = new QGroupBox(tr("Requests for progress reports"), this);
    auto* requestsLayout = new QVBoxLayout(requests);
    requestsLayout->addWidget(m_requests);
    auto* buttons = new QHBoxLayout;
    auto* request = new QPushButton(tr("Request progress…"), requests);
    request->setObjectName(u"requestProgress"_s);
    request->setEnabled(workspace.session().has(Role::Ciso));
    connect(request, &QPushButton::clicked, this, &ProgressRequestsPanel::requestProgress);
    buttons->addWidget(request);
    buttons->addStretch();
    requestsLayout->addLayout(buttons);
    layout->addWidget(requests, 1);

    auto* owed = new QGroupBox(tr("Reports owed (open plans not reported on since the request)"), this);
    auto* owedLayout = new QVBoxLayout(owed);
    owedLayout->addWidget(m_owed);
    layout->addWidget(owed, 2);
    connect(m_owed, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { Q_EMIT planRequested(m_owed->item(row, 1)->data(Qt::UserRole).toLongLong()); });
    connect(&workspace.remediation(), &RemediationService::changed, this, &ProgressRequestsPanel::reload);
    reload();
}

void ProgressRequestsPanel::reload()
{
    attempt(this, tr("Progress requests"), [this] {
        const QHash<qint64, QString> names = unitNames(m_workspace.organisation());
        const QList<ProgressRequest> requests = m_workspace.remediation().progressRequests();
        m_requests->setRowCount(static_cast<int>(requests.size()));
        for (int row = 0; row < requests.size(); ++row) {
            const ProgressRequest& r = requests[row];
            m_requests->setItem(row, 0, remediationCell(formatDate(r.requestedOn), r.id));
            m_requests->setItem(
                row, 1, remediationCell(r.unitId ? names.value(r.unitId) : tr("All units with open plans"), r.unitId));
            m_requests->setItem(row, 2, remediationCell(formatDate(r.dueOn), r.dueOn));
            m_requests->setItem(row, 3, remediationCell(r.message, {}));
        }
        m_requests->resizeColumnsToContents();

        const QDate today = QDate::currentDate();
        const QList<OwedReport> owed = m_workspace.remediation().owedReports();
        m_owed->setRowCount(static_cast<int>(owed.size()));
        for (int row = 0; row < owed.size(); ++row) {
            const OwedReport& o = owed[row];
            m_owed->setItem(row, 0, remediationCell(names.value(o.unitId), o.unitId));
            m_owed->setItem(row, 1, remediationCell(o.findingTitle, o.planId));
            auto* due = remediationCell(formatDate(o.dueOn), o.late(today));
            if (o.late(today))
                markWarning(due, this, tr("%1 (late)").arg(formatDate(o.dueOn)));
            m_owed->setItem(row, 2, due);
            m_owed->setItem(row, 3, remediationCell(o.message, {}));
        }
        m_owed->resizeColumnsToContents();
    });
}

void ProgressRequestsPanel::requestProgress()
{
    QDialog dialog(this);
    dialog.setObjectName(u"progressRequestDialog"_s);
    dialog.setWindowTitle(tr("Request progress reports"));
    auto* form = new QFormLayout(&dialog);
    auto* unit = new QComboBox(&dialog);
    unit->setObjectName(u"requestUnit"_s);
    unit->addItem(tr("All units with open plans"), 0);
    for (const Unit& u : m_workspace.organisation().units())
        unit->addItem(u.name, u.id);
    auto* due = new DateField(QDate::currentDate().addDays(14), &dialog);
    due->setObjectName(u"requestDue"_s);
    auto* message = new QPlainTextEdit(&dialog);
    message->setObjectName(u"requestMessage"_s);
    message->setTabChangesFocus(true);
    message->setPlainText(tr("Please report the progress of your remediation plans."));
    form->addRow(tr("&Units:"), unit);
    form->addRow(tr("&Report by:"), due);
    form->addRow(tr("&Message:"), message);
    form->addRow(okCancelButtons(&dialog, RequiredFields().add(due, tr("&Report by:"))));
    dialog.resize(520, 280);
    applyDialog(dialog, dialog.windowTitle(), [&] {
        m_workspace.remediation().requestProgress(unit->currentData().toLongLong(), due->date(),
                                                  message->toPlainText());
    });
}

} // namespace kansa
