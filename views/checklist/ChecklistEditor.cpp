#include "ChecklistEditor.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTreeModel.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/WindowSize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

class EditItemCommand final : public QUndoCommand
{
public:
    EditItemCommand(ChecklistEditor& editor, ChecklistItem before, ChecklistItem after)
        : QUndoCommand(ChecklistEditor::tr("Edit %1").arg(after.id))
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_editor.replaceItem(m_before.id, m_after); }
    void undo() override { m_editor.replaceItem(m_after.id, m_before); }

private:
    ChecklistEditor& m_editor;
    ChecklistItem m_before;
    ChecklistItem m_after;
};

// Adds (or, with `remove`, removes) one item at a place in the tree.
class AddRemoveItemCommand final : public QUndoCommand
{
public:
    AddRemoveItemCommand(ChecklistEditor& editor, ChecklistItem item, int chapter, int section, int position,
                         bool remove)
        : QUndoCommand(remove ? ChecklistEditor::tr("Remove %1").arg(item.id)
                              : ChecklistEditor::tr("Add %1").arg(item.id))
        , m_editor(editor)
        , m_item(std::move(item))
        , m_chapter(chapter)
        , m_section(section)
        , m_position(position)
        , m_remove(remove)
    {}
    void redo() override { m_remove ? take() : put(); }
    void undo() override { m_remove ? put() : take(); }

private:
    void put() { m_editor.insertItem(m_chapter, m_section, m_position, m_item); }
    void take() { m_item = m_editor.takeItem(m_item.id, &m_chapter, &m_section, &m_position); }

    ChecklistEditor& m_editor;
    ChecklistItem m_item;
    int m_chapter;
    int m_section;
    int m_position;
    bool m_remove;
};

QStringList lines(const QString& text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

ChecklistEditor::ChecklistEditor(ChecklistLibrary& library, const QString& key, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_draft(library.load(key))
    , m_undo(new QUndoStack(this))
    , m_model(new ChecklistTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_itemId(new QLabel(this))
    , m_ref(new QLineEdit(this))
    , m_source(new QPlainTextEdit(this))
    , m_questionJa(new QLineEdit(this))
    , m_questionEn(new QLineEdit(this))
    , m_roles(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_priority(new QCheckBox(tr("Priority item (重点項目)"), this))
{
    setObjectName(u"checklistEditor"_s);
    setWindowTitle(
        tr("Edit checklist: %1").arg(m_draft.title.in(QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s)));
    m_tree->setObjectName(u"editorTree"_s);
    m_questionJa->setObjectName(u"questionJa"_s);
    m_questionEn->setObjectName(u"questionEn"_s);
    m_roles->setToolTip(tr("Role keys separated by spaces: %1").arg(Checklist::roleKeys().join(u' ')));
    for (const QString& level : Checklist::levels())
        m_level->addItem(level, level);
    m_evidence->setToolTip(tr("One piece of evidence a line: Japanese | English"));
    m_source->setMaximumHeight(90);
    m_evidence->setMaximumHeight(90);
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto* layout = new QVBoxLayout(this);
    auto* tools = new QHBoxLayout;
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    for (QAction* action : {undo, redo}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        tools->addWidget(button);
    }
    auto* add = new QPushButton(tr("Add item"), this);
    auto* remove = new QPushButton(tr("Remove item"), this);
    connect(add, &QPushButton::clicked, this, &ChecklistEditor::addItem);
    connect(remove, &QPushButton::clicked, this, &ChecklistEditor::removeItem);
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addStretch();
    layout->addLayout(tools);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    auto* form = new QWidget(splitter);
    auto* formLayout = new QFormLayout(form);
    formLayout->addRow(tr("Id:"), m_itemId);
    formLayout->addRow(tr("Clause:"), m_ref);
    formLayout->addRow(tr("Quote:"), m_source);
    formLayout->addRow(tr("Question (Japanese):"), m_questionJa);
    formLayout->addRow(tr("Question (English):"), m_questionEn);
    formLayout->addRow(tr("Roles:"), m_roles);
    formLayout->addRow(tr("Level:"), m_level);
    formLayout->addRow(tr("Evidence:"), m_evidence);
    formLayout->addRow(QString(), m_priority);
    auto* apply = new QPushButton(tr("Apply to item"), form);
    apply->setObjectName(u"applyItem"_s);
    connect(apply, &QPushButton::clicked, this, &ChecklistEditor::applyForm);
    formLayout->addRow(QString(), apply);
    splitter->addWidget(form);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = okCancelButtons(this, QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {1200, 760});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistEditor::showSelected);
    refresh({});
}

void ChecklistEditor::refresh(const QString& selectId)
{
    m_model->setChecklist(m_draft, QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s);
    m_tree->expandAll();
    if (!selectId.isEmpty())
        selectItem(selectId);
}

void ChecklistEditor::selectItem(const QString& id)
{
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex chapter = m_model->index(c, 0);
        for (int s = 0; s < m_model->rowCount(chapter); ++s) {
            const QModelIndex section = m_model->index(s, 0, chapter);
            for (int i = 0; i < m_model->rowCount(section); ++i) {
                const QModelIndex item = m_model->index(i, 0, section);
                if (item.data(ChecklistTreeModel::ItemIdRole).toString() == id) {
                    m_tree->setCurrentIndex(item);
                    return;
                }
            }
        }
    }
}

void ChecklistEditor::showSelected()
{
    const ChecklistItem* item = m_model->itemAt(m_tree->currentIndex());
    const ChecklistItem empty;
    const ChecklistItem& shown = item ? *item : empty;
    m_itemId->setText(shown.id);
    m_ref->setText(shown.ref);
    m_source->setPlainText(shown.source);
    m_questionJa->setText(shown.question.ja);
    m_questionEn->setText(shown.question.en);
    m_roles->setText(shown.roles.join(u' '));
    m_level->setCurrentIndex(std::max(0, m_level->findData(shown.level)));
    QStringList evidence;
    for (const LocalizedText& e : shown.evidence)
        evidence << e.ja % u" | "_s % e.en;
    m_evidence->setPlainText(evidence.join(u'\n'));
    m_priority->setChecked(shown.priority);
}

ChecklistItem ChecklistEditor::formItem(const ChecklistItem& base) const
{
    ChecklistItem item = base;
    item.ref = m_ref->text().trimmed();
    item.source = m_source->toPlainText().trimmed();
    item.question = {m_questionJa->text().trimmed(), m_questionEn->text().trimmed()};
    item.roles = m_roles->text().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    item.level = m_level->currentData().toString();
    item.evidence.clear();
    for (const QString& line : lines(m_evidence->toPlainText()))
        item.evidence << LocalizedText{line.section(u'|', 0, 0).trimmed(), line.section(u'|', 1).trimmed()};
    item.priority = m_priority->isChecked();
    return item;
}

void ChecklistEditor::applyForm()
{
    const ChecklistItem* item = m_model->itemAt(m_tree->currentIndex());
    if (!item)
        return;
    const ChecklistItem changed = formItem(*item);
    if (!(changed == *item))
        m_undo->push(new EditItemCommand(*this, *item, changed));
}

QString ChecklistEditor::newItemId() const
{
    QSet<QString> used;
    for (const ChecklistItem* item : m_draft.items())
        used.insert(item->id);
    for (int n = 1;; ++n) {
        const QString id = m_draft.id % u"-new-"_s % QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

void ChecklistEditor::addItem()
{
    // The new item goes after the selected one, or at the end of the selected section.
    const QModelIndex current = m_tree->currentIndex();
    int chapter = 0;
    int section = 0;
    int position = 0;
    if (m_draft.chapters.isEmpty() || m_draft.chapters.first().sections.isEmpty())
        return;
    if (const ChecklistItem* item = m_model->itemAt(current)) {
        locate(item->id, &chapter, &section, &position);
        ++position;
    } else if (current.isValid() && current.parent().isValid()) {
        chapter = current.parent().row();
        section = current.row();
        position = static_cast<int>(m_draft.chapters[chapter].sections[section].items.size());
    }
    ChecklistItem item;
    item.id = newItemId();
    item.ref = tr("(clause)");
    item.source = tr("(quote the clause)");
    item.question = {tr("（質問）"), tr("(question)")};
    item.roles = {u"staff"_s};
    item.level = u"unit"_s;
    item.evidence = {{tr("（確認資料）"), tr("(evidence)")}};
    m_undo->push(new AddRemoveItemCommand(*this, item, chapter, section, position, false));
}

void ChecklistEditor::removeItem()
{
    const ChecklistItem* item = m_model->itemAt(m_tree->currentIndex());
    if (!item)
        return;
    int chapter = 0;
    int section = 0;
    int position = 0;
    const ChecklistItem removed = *item;
    locate(removed.id, &chapter, &section, &position);
    m_undo->push(new AddRemoveItemCommand(*this, removed, chapter, section, position, true));
}

void ChecklistEditor::replaceItem(const QString& id, const ChecklistItem& replacement)
{
    for (ChecklistChapter& chapter : m_draft.chapters) {
        for (ChecklistSection& section : chapter.sections) {
            for (ChecklistItem& item : section.items) {
                if (item.id == id)
                    item = replacement;
            }
        }
    }
    refresh(replacement.id);
}

void ChecklistEditor::insertItem(int chapter, int section, int position, const ChecklistItem& item)
{
    QList<ChecklistItem>& items = m_draft.chapters[chapter].sections[section].items;
    items.insert(std::clamp(position, 0, static_cast<int>(items.size())), item);
    refresh(item.id);
}

bool ChecklistEditor::locate(const QString& id, int* chapter, int* section, int* position) const
{
    for (int c = 0; c < m_draft.chapters.size(); ++c) {
        for (int s = 0; s < m_draft.chapters[c].sections.size(); ++s) {
            const QList<ChecklistItem>& items = m_draft.chapters[c].sections[s].items;
            for (int i = 0; i < items.size(); ++i) {
                if (items[i].id == id) {
                    *chapter = c;
                    *section = s;
                    *position = i;
                    return true;
                }
            }
        }
    }
    return false;
}

ChecklistItem ChecklistEditor::takeItem(const QString& id, int* chapter, int* section, int* position)
{
    if (!locate(id, chapter, section, position))
        return {};
    ChecklistItem item = m_draft.chapters[*chapter].sections[*section].items.takeAt(*position);
    refresh({});
    return item;
}

void ChecklistEditor::accept()
{
    try {
        const ChecklistLibrary::ImportOutcome outcome = m_library.saveEdited(m_draft);
        if (!outcome.diff.isEmpty())
            MessageBox::information(this, windowTitle(),
                                    tr("Saved as version %1: %2 items added, %3 changed, %4 removed.")
                                        .arg(outcome.version)
                                        .arg(outcome.diff.added.size())
                                        .arg(outcome.diff.changed.size())
                                        .arg(outcome.diff.removed.size()));
        QDialog::accept();
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
    }
}

} // namespace kansa
