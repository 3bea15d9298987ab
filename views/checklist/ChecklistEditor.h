#pragma once

#include "checklist/Checklist.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeView;
class QUndoStack;

namespace kansa {

class ChecklistLibrary;
class ChecklistTreeModel;

// Edits the organisation's own checklist: its items' questions, quotes, roles, level, evidence and priority;
// items added and removed. Every change can be undone (Ctrl+Z) and redone; Save stores a new version of the
// checklist, with the items added, changed and removed.
class ChecklistEditor final : public QDialog
{
    Q_OBJECT

public:
    ChecklistEditor(ChecklistLibrary& library, const QString& key, QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    const Checklist& draft() const { return m_draft; }
    // Selects the item (for tests and after an undo).
    void selectItem(const QString& id);
    // Applies the form to the selected item as one undoable change.
    void applyForm();
    void addItem();
    void removeItem();
    void accept() override;

    // The undo commands change the draft through these.
    void replaceItem(const QString& id, const ChecklistItem& item);
    void insertItem(int chapter, int section, int position, const ChecklistItem& item);
    ChecklistItem takeItem(const QString& id, int* chapter, int* section, int* position);

private:
    void refresh(const QString& selectId);
    void showSelected();
    ChecklistItem formItem(const ChecklistItem& base) const;
    QString newItemId() const;
    bool locate(const QString& id, int* chapter, int* section, int* position) const;

    ChecklistLibrary& m_library;
    Checklist m_draft;
    QUndoStack* m_undo;
    ChecklistTreeModel* m_model;
    QTreeView* m_tree;
    QLabel* m_itemId;
    QLineEdit* m_ref;
    QPlainTextEdit* m_source;
    QLineEdit* m_questionJa;
    QLineEdit* m_questionEn;
    QLineEdit* m_roles;
    QComboBox* m_level;
    QPlainTextEdit* m_evidence;
    QCheckBox* m_priority;
};

} // namespace kansa
