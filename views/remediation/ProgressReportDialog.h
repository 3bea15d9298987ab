#pragma once

#include "remediation/Remediation.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kansa {

class DateField;

// A new progress report (進捗状況の報告) on a plan: its date, the percentage done, what was done and the
// evidence. Reports are never edited: a correction is a new report.
class ProgressReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ProgressReportDialog(const QString& findingTitle, int lastPercent, QWidget* parent = nullptr);

    ProgressReport report() const;

private:
    DateField* m_date;
    QSpinBox* m_percent;
    QPlainTextEdit* m_narrative;
    QLineEdit* m_evidence;
};

} // namespace kansa
