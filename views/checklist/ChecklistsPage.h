#pragma once

#include "checklist/Crosswalk.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace kansa {

class PolicyReviewDialog;
class ChecklistFilterModel;
class ChecklistLibrary;
class ChecklistTreeModel;
class CrosswalkService;
struct ChecklistItem;

// The checklist browser: the library's checklists as trees of chapters, sections and items, with search,
// filters, a detail pane and coverage per chapter; import, export and copy of checklists.
class ChecklistsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistsPage(ChecklistLibrary& library, QWidget* parent = nullptr);

    void showChecklist(const QString& key);
    void importFile(const QString& path);
    // Drafts a checklist from the policy at path, matched to the checklist shown, and opens its review (kept
    // where it stood if this policy was reviewed before); problems are shown and give no review.
    PolicyReviewDialog* derivePolicy(const QString& path);
    // The crosswalks whose links an item's detail lists (what it maps to in other checklists).
    void setCrosswalks(CrosswalkService* crosswalks);

private:
    void reloadLibrary();
    void showCurrentItem();
    const ChecklistItem* currentItem() const;
    void selectItem(const QString& itemId);
    QString linksHtml(const ChecklistItem& item) const;
    static QString linkText(const CrosswalkLink& link); // 「Equal: key version 1, item」
    // The crosswalk links of the item shown: added, changed and removed through the service.
    void enableLinkButtons();
    std::optional<CrosswalkLink> currentLink() const;
    void addLink();
    void editLink();
    void editLinkIn(const CrosswalkLink& link);
    void removeLink();
    void rereadLinks();
    void applyFilters();
    void copyChecklist();
    void exportChecklist();

    ChecklistLibrary& m_library;
    QString m_language;
    ChecklistTreeModel* m_model;
    ChecklistFilterModel* m_filter;
    QComboBox* m_checklists;
    QPushButton* m_edit = nullptr;
    QLabel* m_summary;
    QLineEdit* m_search;
    QComboBox* m_role;
    QComboBox* m_level;
    QCheckBox* m_priority;
    QLabel* m_matches;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    QListWidget* m_itemLinks;
    QPushButton* m_addLink;
    QPushButton* m_editLink;
    QPushButton* m_removeLink;
    QPointer<CrosswalkService> m_crosswalks;
    // The links of the shown checklist version's items, read once per checklist shown.
    QHash<QString, QList<CrosswalkLink>> m_links;
};

} // namespace kansa
