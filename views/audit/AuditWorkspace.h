#pragma once

#include "audit/Audit.h"
#include "audit/FieldworkService.h"

#include <QHash>
#include <QPair>
#include <QTemporaryDir>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTreeView;
class QUndoStack;

namespace kansa {

class RecordHistory;

class AutosaveField;
class ChecklistFilterModel;
class ChecklistTreeModel;
class AuditPlanService;
class OrganisationService;
struct ChecklistItem;

// The auditors' workspace for one audit: units on the left, the checklist with each item's result (and
// last year's) in the middle, the item's result, notes, evidence and findings on the right. Keyboard first:
// 1 適合, 2 一部適合, 3 不適合, 4 該当なし, 0 未評価 set the result and move on; arrows move; Ctrl+F searches;
// Ctrl+Z and Ctrl+Y undo and redo. Notes save themselves. Files dropped on the right pane become evidence.
class AuditWorkspace final : public QWidget
{
    Q_OBJECT

public:
    AuditWorkspace(AuditPlanService& plans, FieldworkService& fieldwork, OrganisationService& organisation,
                   RecordHistory& history, qint64 auditId, QWidget* parent = nullptr);
    ~AuditWorkspace() override; // saves the notes being typed

    qint64 auditId() const { return m_auditId; }
    void selectUnit(qint64 unitId); // FieldworkService::OrganisationScope for the organisation-level items
    void selectItem(const QString& itemId);
    QString currentItemId() const;
    // Records a result for the current item as one undoable step, then moves to the next item.
    void setCurrentResult(AuditResult result);
    // Saves the notes being typed onto the item they were typed for (before navigation, dialogs and closing).
    bool flushPendingEdits();
    QUndoStack* undoStack() const { return m_undo; }

    // One field of a result, as the undo steps change it: the result or the notes.
    enum class ResultField
    {
        Result,
        Notes
    };
    // Used by the undo steps: writes the field through the service (the other field as stored); a refusal is
    // shown and the screen re-reads what is stored. True when saved.
    bool applyField(qint64 unitId, const QString& itemId, ResultField field, const QVariant& value);
    // The item as the auditor knows it: its clause reference (「4.1(2)①」).
    QString itemLabel(const QString& itemId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reloadUnits();
    void showUnit();
    void refreshMarks();
    void showItem();
    void applyFilters();
    void addEvidence();
    void attachFiles(const QStringList& paths);
    void openSelectedFile();
    void raiseFinding();
    void editFinding();
    void showWorkingPapers();
    void showItemHistory();
    void moveToNextItem();
    void undoOrRedo(bool undo);
    // Writes a result through the service against the version last shown, then updates the marks, the unit's
    // progress and the header. Throws kansa::Error when refused.
    void store(qint64 unitId, const QString& itemId, AuditResult result, const QString& notes);
    void saveNotesOf(const QVariant& record, const QString& text);
    // The result as last read or saved, for the unit on screen; read from the service for another.
    ItemResult shownResult(qint64 unitId, const QString& itemId);
    void showProgress();
    const ChecklistItem* currentItem() const;
    qint64 currentUnit() const;

    AuditPlanService& m_plans;
    FieldworkService& m_fieldwork;
    OrganisationService& m_organisation;
    RecordHistory& m_history;
    qint64 m_auditId;
    QUndoStack* m_undo;
    ChecklistTreeModel* m_model;
    ChecklistFilterModel* m_filter;
    QListWidget* m_units;
    QCheckBox* m_mineOnly;
    QLabel* m_progress;
    QLineEdit* m_search;
    QComboBox* m_resultFilter;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    QLabel* m_resultLabel;
    QLabel* m_openLastYearLabel; // last year's findings of the item still open
    QPlainTextEdit* m_notes;
    AutosaveField* m_notesField;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QListWidget* m_evidence;
    QListWidget* m_findings;
    QTemporaryDir m_openedFiles;                              // copies handed to the system's viewer
    QHash<qint64, FieldworkService::Progress> m_unitProgress; // of the units listed, for the header
    QHash<QString, QString> m_itemLabels;
    // What the unit on screen holds (read by refreshMarks, kept up to date by the page's own writes): its items are
    // shown from it without asking the database again.
    FieldworkService::ScopeRecords m_records;
    qint64 m_recordsUnit = -1;
    // The version of each result as last shown: a write made against an older one is refused.
    QHash<QPair<qint64, QString>, int> m_versions;
};

} // namespace kansa
