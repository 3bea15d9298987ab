#include "FindingDialog.h"

#include "common/DialogButtons.h"
#include "common/HistoryDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

FindingDialog::FindingDialog(const Finding& finding, QWidget* parent)
    : QDialog(parent)
    , m_finding(finding)
    , m_severity(new QComboBox(this))
    , m_title(new QLineEdit(finding.title, this))
    , m_condition(new QPlainTextEdit(finding.condition, this))
    , m_criterion(new QPlainTextEdit(finding.criterion, this))
    , m_cause(new QPlainTextEdit(finding.cause, this))
    , m_effect(new QPlainTextEdit(finding.effect, this))
    , m_recommendation(new QPlainTextEdit(finding.recommendation, this))
{
    setWindowTitle(finding.id ? tr("Edit finding") : tr("Raise a finding"));
    setObjectName(u"findingDialog"_s);
    m_title->setObjectName(u"findingTitle"_s);
    m_condition->setObjectName(u"findingCondition"_s);
    for (Severity severity : {Severity::Major, Severity::Minor, Severity::Advice})
        m_severity->addItem(AuditTexts::name(severity), static_cast<int>(severity));
    m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(finding.severity)));
    for (QPlainTextEdit* edit : {m_condition, m_criterion, m_cause, m_effect, m_recommendation}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(80);
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Condition found:"), m_condition);
    m_required.add(m_title, tr("&Title:")).add(m_condition, tr("&Condition found:"));
    form->addRow(tr("C&riterion:"), m_criterion);
    form->addRow(tr("C&ause:"), m_cause);
    form->addRow(tr("&Effect:"), m_effect);
    form->addRow(tr("Recommen&dation:"), m_recommendation);
    m_buttons = okCancelButtons(this);
    form->addRow(m_buttons);
    resize(640, 560);
}

void FindingDialog::accept()
{
    if (m_required.check(this))
        QDialog::accept();
}

Finding FindingDialog::finding() const
{
    Finding finding = m_finding;
    finding.severity = static_cast<Severity>(m_severity->currentData().toInt());
    finding.title = m_title->text().trimmed();
    finding.condition = m_condition->toPlainText().trimmed();
    finding.criterion = m_criterion->toPlainText().trimmed();
    finding.cause = m_cause->toPlainText().trimmed();
    finding.effect = m_effect->toPlainText().trimmed();
    finding.recommendation = m_recommendation->toPlainText().trimmed();
    return finding;
}

void FindingDialog::offerHistory(RecordHistory& history)
{
    if (!m_finding.id)
        return;
    QPushButton* button = m_buttons->addButton(tr("History…"), QDialogButtonBox::ActionRole);
    button->setObjectName(u"findingHistory"_s);
    connect(button, &QPushButton::clicked, this, [this, &history] {
        HistoryDialog::showHistory(this, tr("the finding 「%1」").arg(m_finding.title),
                                   [&] { return history.finding(m_finding.id); });
    });
}

} // namespace kansa
