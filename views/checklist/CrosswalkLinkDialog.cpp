#include "CrosswalkLinkDialog.h"

#include "checklist/ChecklistLibrary.h"
#include "common/DialogButtons.h"
#include "common/MessageBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

CrosswalkLinkDialog::CrosswalkLinkDialog(ChecklistLibrary& library, const CrosswalkLink& link, const QString& language,
                                         QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_link(link)
    , m_language(language)
    , m_checklist(new QComboBox(this))
    , m_version(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_items(new QListWidget(this))
    , m_relation(new QComboBox(this))
    , m_note(new QLineEdit(link.note, this))
{
    setWindowTitle(link.id ? tr("Change the link of %1").arg(link.fromItem) : tr("Link %1").arg(link.fromItem));
    m_checklist->setObjectName(u"linkChecklist"_s);
    m_version->setObjectName(u"linkVersion"_s);
    m_search->setObjectName(u"linkSearch"_s);
    m_items->setObjectName(u"linkItems"_s);
    m_relation->setObjectName(u"linkRelation"_s);
    m_note->setObjectName(u"linkNote"_s);
    m_search->setPlaceholderText(tr("Search clauses and questions"));
    m_search->setClearButtonEnabled(true);
    for (const ChecklistEntry& entry : m_library.checklists())
        m_checklist->addItem(entry.title.in(m_language), entry.key);
    for (CrosswalkRelation relation : Crosswalk::relations())
        m_relation->addItem(Crosswalk::name(relation), Crosswalk::key(relation));
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(Crosswalk::key(link.relation))));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Checklist:"), m_checklist);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Item:"), m_search);
    form->addRow(m_items);
    form->addRow(tr("Relation:"), m_relation);
    form->addRow(tr("Note:"), m_note);
    form->addRow(okCancelButtons(this));

    if (!link.to.key.isEmpty())
        m_checklist->setCurrentIndex(std::max(0, m_checklist->findData(link.to.key)));
    showVersions();
    connect(m_checklist, &QComboBox::currentIndexChanged, this, &CrosswalkLinkDialog::showVersions);
    connect(m_version, &QComboBox::currentIndexChanged, this, &CrosswalkLinkDialog::showItems);
    connect(m_search, &QLineEdit::textChanged, this, &CrosswalkLinkDialog::applySearch);
    // A stored link keeps its two items.
    for (QWidget* picker : std::initializer_list<QWidget*>{m_checklist, m_version, m_search, m_items})
        picker->setEnabled(!link.id);
    resize(560, 520);
}

void CrosswalkLinkDialog::showVersions()
{
    const QSignalBlocker blocker(m_version);
    m_version->clear();
    const QString key = m_checklist->currentData().toString();
    const QList<ChecklistVersion> versions = key.isEmpty() ? QList<ChecklistVersion>() : m_library.versions(key);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) // the newest first
        m_version->addItem(tr("Version %1").arg(it->version), it->version);
    if (key == m_link.to.key)
        m_version->setCurrentIndex(std::max(0, m_version->findData(m_link.to.version)));
    showItems();
}

void CrosswalkLinkDialog::showItems()
{
    m_items->clear();
    const QString key = m_checklist->currentData().toString();
    if (key.isEmpty() || m_version->currentIndex() < 0)
        return;
    const Checklist checklist = m_library.load(key, m_version->currentData().toInt());
    for (const ChecklistItem* item : checklist.items()) {
        auto* row = new QListWidgetItem(item->ref % u"  "_s % item->question.in(m_language), m_items);
        row->setData(Qt::UserRole, item->id);
        row->setToolTip(item->id % u": "_s % item->source);
        if (key == m_link.to.key && checklist.version == m_link.to.version && item->id == m_link.toItem)
            m_items->setCurrentItem(row);
    }
    applySearch();
}

void CrosswalkLinkDialog::applySearch()
{
    const QString text = m_search->text().trimmed();
    for (int i = 0; i < m_items->count(); ++i) {
        QListWidgetItem* row = m_items->item(i);
        row->setHidden(!text.isEmpty() && !row->text().contains(text, Qt::CaseInsensitive) &&
                       !row->toolTip().contains(text, Qt::CaseInsensitive));
    }
}

void CrosswalkLinkDialog::accept()
{
    if (!m_link.id && !m_items->currentItem()) {
        MessageBox::error(this, windowTitle(), tr("Choose the item to link to."));
        m_search->setFocus();
        return;
    }
    QDialog::accept();
}

CrosswalkLink CrosswalkLinkDialog::link() const
{
    CrosswalkLink link = m_link;
    if (const QListWidgetItem* row = m_items->currentItem(); row && !m_link.id) {
        link.to = {m_checklist->currentData().toString(), m_version->currentData().toInt()};
        link.toItem = row->data(Qt::UserRole).toString();
    }
    link.relation = Crosswalk::relation(m_relation->currentData().toString()).value_or(CrosswalkRelation::Related);
    link.note = m_note->text().trimmed();
    return link;
}

} // namespace kansa
