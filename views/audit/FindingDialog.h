#pragma once

#include "audit/Audit.h"
#include "common/RequiredFields.h"

#include <QDialog>

class QDialogButtonBox;

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace kansa {

class RecordHistory;

// Raises or edits a finding (指摘事項): severity, title, condition, criterion, cause, effect, recommendation.
class FindingDialog final : public QDialog
{
    Q_OBJECT

public:
    FindingDialog(const Finding& finding, QWidget* parent = nullptr);
    Finding finding() const;
    void accept() override; // only with a title and the condition found
    // Offers the stored finding's history (History…).
    void offerHistory(RecordHistory& history);

private:
    RequiredFields m_required;
    QDialogButtonBox* m_buttons;
    Finding m_finding;
    QComboBox* m_severity;
    QLineEdit* m_title;
    QPlainTextEdit* m_condition;
    QPlainTextEdit* m_criterion;
    QPlainTextEdit* m_cause;
    QPlainTextEdit* m_effect;
    QPlainTextEdit* m_recommendation;
};

} // namespace kansa
