#include "ProgressReportDialog.h"

#include "common/DateField.h"
#include "common/DialogButtons.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ProgressReportDialog::ProgressReportDialog(const QString& findingTitle, int lastPercent, QWidget* parent)
    : QDialog(parent)
    , m_date(new DateField(QDate::currentDate(), this))
    , m_percent(new QSpinBox(this))
    , m_narrative(new QPlainTextEdit(this))
    , m_evidence(new QLineEdit(this))
{
    setObjectName(u"progressReportDialog"_s);
    setWindowTitle(tr("Report progress"));
    m_date->setObjectName(u"progressDate"_s);
    m_percent->setObjectName(u"progressPercent"_s);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(u"%"_s);
    m_percent->setValue(std::max(0, lastPercent));
    m_narrative->setObjectName(u"progressNarrative"_s);
    m_narrative->setTabChangesFocus(true);
    m_narrative->setPlaceholderText(tr("What was done since the last report"));
    m_evidence->setObjectName(u"progressEvidence"_s);
    m_evidence->setPlaceholderText(tr("Documents or records that show it"));
    auto* form = new QFormLayout(this);
    auto* heading = new QLabel(findingTitle, this);
    heading->setWordWrap(true);
    form->addRow(tr("Finding:"), heading);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Percent done:"), m_percent);
    form->addRow(tr("&What was done:"), m_narrative);
    form->addRow(tr("&Evidence:"), m_evidence);
    auto* note = new QLabel(tr("A report cannot be changed afterwards; a correction is a new report."), this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(
        okCancelButtons(this, RequiredFields().add(m_date, tr("&Date:")).add(m_narrative, tr("&What was done:"))));
    resize(560, 380);
}

ProgressReport ProgressReportDialog::report() const
{
    ProgressReport report;
    report.reportedOn = m_date->date();
    report.percent = m_percent->value();
    report.narrative = m_narrative->toPlainText().trimmed();
    report.evidence = m_evidence->text().trimmed();
    return report;
}

} // namespace kansa
