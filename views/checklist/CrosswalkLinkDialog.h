#pragma once

#include "checklist/Crosswalk.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace kansa {

class ChecklistLibrary;

// A crosswalk link from an item to an item of another checklist version: the checklist, its version and the item
// (from a list searched as one types), the relation and a note. A stored link (link.id set) keeps its two items:
// only its relation and note change.
class CrosswalkLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    CrosswalkLinkDialog(ChecklistLibrary& library, const CrosswalkLink& link, const QString& language,
                        QWidget* parent = nullptr);

    // The link as chosen: the item picked, the relation and the note.
    CrosswalkLink link() const;
    void accept() override; // asks for the item when none is chosen

private:
    void showVersions();
    void showItems();
    void applySearch();

    ChecklistLibrary& m_library;
    CrosswalkLink m_link;
    QString m_language;
    QComboBox* m_checklist;
    QComboBox* m_version;
    QLineEdit* m_search;
    QListWidget* m_items;
    QComboBox* m_relation;
    QLineEdit* m_note;
};

} // namespace kansa
