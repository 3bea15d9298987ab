#pragma once

#include "policy/DraftReview.h"
#include "policy/DraftReviewModel.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QTextBrowser;

namespace kansa {

class AutosaveField;
class ChecklistLibrary;
class CrosswalkService;

// The review of a checklist drafted from the municipality's own policy, in three columns: the policy's clause,
// the item proposed for it, and the shipped item it was matched to (with the similarity). Driven by the
// keyboard: A accept, R reject, E edit the question, S split, M merge with the next, N the next open item, / search.
// Every decision and every edit is kept at once (the question as it is typed, by the autosaving field), so that
// the review continues where it stood; the result is saved as the organisation's own checklist, versioned.
class PolicyReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // crosswalks (when given) keeps the links of the saved items to the checklist they were matched against.
    PolicyReviewDialog(ChecklistLibrary& library, CrosswalkService* crosswalks, DraftReview review,
                       const Checklist& against, QWidget* parent = nullptr);
    ~PolicyReviewDialog() override;

    DraftReviewModel& model() { return *m_model; }
    int currentRow() const; // in the review, -1: none
    void showRow(int row);
    // Saves the accepted items (and the open ones when includeOpen) as the organisation's checklist id, with their
    // links to the checklist they were matched against in the same transaction; problems are shown. Returns
    // whether it was saved.
    bool saveAsChecklist(const QString& id, const LocalizedText& title, bool includeOpen);

public Q_SLOTS:
    void done(int result) override;

private:
    void showCurrent();
    void showProgress();
    void decide(DraftReview::Decision decision);
    void split();
    void merge();
    void nextOpen();
    void saveAsked();
    void saveFields(const QVariant& record);
    void flush();
    QWidget* createColumns();

    ChecklistLibrary& m_library;
    QPointer<CrosswalkService> m_crosswalks;
    DraftReview m_review;
    QHash<QString, const ChecklistItem*> m_shipped;
    Checklist m_against;
    DraftReviewModel* m_model;
    DraftReviewFilter* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_show;
    QLabel* m_progressText;
    QProgressBar* m_progress;
    QTextBrowser* m_clause;
    QTextBrowser* m_matched;
    QPlainTextEdit* m_questionJa;
    QPlainTextEdit* m_questionEn;
    QPlainTextEdit* m_evidence;
    QComboBox* m_level;
    QListWidget* m_roles;
    AutosaveField* m_questionJaField;
    AutosaveField* m_questionEnField;
    AutosaveField* m_evidenceField;
    bool m_loading = false;
};

} // namespace kansa
