#include "ChecklistsPage.h"

#include "checklist/ChecklistNames.h"

#include "checklist/ChecklistEditor.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistReader.h"
#include "checklist/ChecklistTable.h"
#include "checklist/ChecklistTreeModel.h"
#include "checklist/ChecklistWriter.h"
#include "checklist/CrosswalkLinkDialog.h"
#include "checklist/CrosswalkService.h"
#include "checklist/PolicyReviewDialog.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "exchange/OutputFile.h"
#include "org/Role.h"
#include "policy/ChecklistDerivation.h"
#include "policy/DraftReview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ChecklistsPage::ChecklistsPage(ChecklistLibrary& library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_language(QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s)
    , m_model(new ChecklistTreeModel(this))
    , m_filter(new ChecklistFilterModel(this))
    , m_checklists(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_priority(new QCheckBox(tr("Priority items only"), this))
    , m_matches(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_itemLinks(new QListWidget(this))
    , m_addLink(new QPushButton(tr("Add a link…"), this))
    , m_editLink(new QPushButton(tr("Change…"), this))
    , m_removeLink(new QPushButton(tr("Remove"), this))
{
    setObjectName(u"checklistsPage"_s);
    m_checklists->setObjectName(u"checklistChoice"_s);
    m_search->setObjectName(u"checklistSearch"_s);
    m_role->setObjectName(u"checklistRoleFilter"_s);
    m_level->setObjectName(u"checklistLevelFilter"_s);
    m_priority->setObjectName(u"checklistPriorityOnly"_s);
    m_matches->setObjectName(u"checklistMatches"_s);
    m_tree->setObjectName(u"checklistTree"_s);
    m_detail->setObjectName(u"checklistItemDetail"_s);
    m_summary->setWordWrap(true);
    m_filter->setSourceModel(m_model);

    // Long titles and role names do not widen the window past a small screen; the lists show them whole.
    for (const auto& [combo, characters] : {std::pair{m_checklists, 20}, {m_role, 10}, {m_level, 8}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(characters);
    }
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Checklist:"), this));
    top->addWidget(m_checklists, 1);
    auto* copy = new QPushButton(tr("Copy and edit…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editChecklist"_s);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        ChecklistEditor editor(m_library, m_checklists->currentData().toString(), this);
        editor.exec();
    });
    auto* import = new QPushButton(tr("Import…"), this);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    copy->setObjectName(u"copyChecklist"_s);
    import->setObjectName(u"importChecklist"_s);
    const bool manager = library.session().canManageChecklists();
    copy->setEnabled(manager);
    import->setEnabled(manager);
    connect(copy, &QPushButton::clicked, this, &ChecklistsPage::copyChecklist);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a checklist"), QString(),
                                                          tr("Checklists (*.json *.csv *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &ChecklistsPage::exportChecklist);
    auto* derive = new QPushButton(tr("Draft from our policy…"), this);
    derive->setObjectName(u"derivePolicy"_s);
    derive->setToolTip(tr("Reads your own policy (text, Word or PDF) and drafts a checklist of it, each item "
                          "matched to the checklist shown, to review item by item."));
    derive->setEnabled(manager);
    connect(derive, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Draft a checklist from our policy"), QString(),
                                                          tr("Policies (*.txt *.docx *.pdf);;All files (*)"));
        if (!path.isEmpty())
            derivePolicy(path);
    });
    top->addWidget(derive);
    top->addWidget(copy);
    top->addWidget(m_edit);
    top->addWidget(import);
    top->addWidget(exportButton);
    layout->addLayout(top);
    layout->addWidget(m_summary);

    auto* filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search questions, quotes, clauses and evidence (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_role->addItem(tr("All roles"), QString());
    for (const QString& key : Checklist::roleKeys())
        m_role->addItem(ChecklistNames::role(key), key);
    m_level->addItem(tr("All levels"), QString());
    for (const QString& level : Checklist::levels())
        m_level->addItem(ChecklistNames::level(level), level);
    filters->addWidget(m_search, 3);
    filters->addWidget(m_role, 1);
    filters->addWidget(m_level, 1);
    filters->addWidget(m_priority);
    filters->addWidget(m_matches);
    layout->addLayout(filters);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto* splitter = new QSplitter(this);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::RefColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->hideColumn(ChecklistTreeModel::MarkColumn);
    m_tree->hideColumn(ChecklistTreeModel::PreviousColumn);
    splitter->addWidget(m_tree);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 3);
    // The item's crosswalk links, kept by whoever keeps the library.
    rightLayout->addWidget(new QLabel(tr("Links to other checklists:"), right));
    m_itemLinks->setObjectName(u"itemLinks"_s);
    rightLayout->addWidget(m_itemLinks, 1);
    auto* linkButtons = new QHBoxLayout;
    for (const auto& [button, name] : {std::pair{m_addLink, u"addItemLink"_s},
                                       {m_editLink, u"editItemLink"_s},
                                       {m_removeLink, u"removeItemLink"_s}}) {
        button->setObjectName(name);
        linkButtons->addWidget(button);
    }
    linkButtons->addStretch();
    rightLayout->addLayout(linkButtons);
    connect(m_addLink, &QPushButton::clicked, this, &ChecklistsPage::addLink);
    connect(m_editLink, &QPushButton::clicked, this, &ChecklistsPage::editLink);
    connect(m_itemLinks, &QListWidget::itemDoubleClicked, this, &ChecklistsPage::editLink);
    connect(m_removeLink, &QPushButton::clicked, this, &ChecklistsPage::removeLink);
    connect(m_itemLinks, &QListWidget::currentRowChanged, this, &ChecklistsPage::enableLinkButtons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ChecklistsPage::applyFilters);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ChecklistsPage::applyFilters);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ChecklistsPage::applyFilters);
    connect(m_priority, &QCheckBox::toggled, this, &ChecklistsPage::applyFilters);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistsPage::showCurrentItem);
    connect(m_checklists, &QComboBox::currentIndexChanged, this,
            [this] { showChecklist(m_checklists->currentData().toString()); });
    connect(&library, &ChecklistLibrary::changed, this, &ChecklistsPage::reloadLibrary);
    reloadLibrary();
    enableLinkButtons();
}

void ChecklistsPage::reloadLibrary()
{
    const QString current = m_checklists->currentData().toString();
    {
        const QSignalBlocker blocker(m_checklists);
        m_checklists->clear();
        for (const ChecklistEntry& entry : m_library.checklists()) {
            const QString origin =
                entry.origin == QString::fromUtf16(ChecklistLibrary::Shipped) ? tr("shipped") : tr("own");
            m_checklists->addItem(
                tr("%1 (version %2, %3)").arg(entry.title.in(m_language)).arg(entry.currentVersion).arg(origin),
                entry.key);
        }
        m_checklists->setCurrentIndex(std::max(0, m_checklists->findData(current)));
    }
    showChecklist(m_checklists->currentData().toString());
}

void ChecklistsPage::showChecklist(const QString& key)
{
    if (key.isEmpty())
        return;
    try {
        const Checklist checklist = m_library.load(key);
        m_checklists->setCurrentIndex(m_checklists->findData(key));
        m_links = m_crosswalks ? m_crosswalks->linksByItem({checklist.id, checklist.version})
                               : QHash<QString, QList<CrosswalkLink>>();
        m_model->setChecklist(checklist, m_language);
        bool own = false;
        for (const ChecklistEntry& entry : m_library.checklists())
            own |= entry.key == key && entry.origin == QString::fromUtf16(ChecklistLibrary::Own);
        m_edit->setEnabled(own && m_library.session().canManageChecklists());
        QStringList documents;
        for (const SourceDocument& document : checklist.documents)
            documents << document.title;
        int priority = 0;
        for (const ChecklistItem* item : checklist.items())
            priority += item->priority ? 1 : 0;
        m_summary->setText(tr("%1 chapters, %2 items (%3 priority). Derived from: %4.")
                               .arg(checklist.chapters.size())
                               .arg(checklist.itemCount())
                               .arg(priority)
                               .arg(documents.join(tr(", "))));
        applyFilters();
        showCurrentItem(); // a new tree has no item selected yet
    } catch (const Error& error) {
        MessageBox::error(this, tr("Checklists"), error.message());
    }
}

void ChecklistsPage::applyFilters()
{
    m_filter->setFilters({m_search->text(),
                          m_role->currentData().toString(),
                          m_level->currentData().toString(),
                          m_priority->isChecked(),
                          {}});
    if (m_filter->isFiltering()) {
        int matches = 0;
        for (int c = 0; c < m_filter->rowCount(); ++c) {
            const QModelIndex chapter = m_filter->index(c, 0);
            for (int s = 0; s < m_filter->rowCount(chapter); ++s)
                matches += m_filter->rowCount(m_filter->index(s, 0, chapter));
        }
        m_matches->setText(tr("%n match(es)", nullptr, matches));
        m_tree->expandAll();
    } else {
        m_matches->clear();
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
    }
}

PolicyReviewDialog* ChecklistsPage::derivePolicy(const QString& path)
{
    try {
        m_library.requireManage();
        const QString against = m_checklists->currentData().toString();
        const Checklist model = m_library.load(against);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
        hash.addData(QByteArray(QByteArray("\n") + against.toUtf8()));
        file.close();
        ChecklistDerivation::Options options;
        options.id = u"own-"_s % model.kind.toLower().replace(u'_', u'-');
        const Derivation derivation = ChecklistDerivation::deriveFromFile(path, model, options);
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) % u"/policy-reviews"_s;
        DraftReview review = DraftReview::resume(folder, derivation, QFileInfo(path).fileName(),
                                                 QString::fromLatin1(hash.result().toHex()));
        review.save();
        auto* dialog = new PolicyReviewDialog(m_library, m_crosswalks, std::move(review), model, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    } catch (const Error& error) {
        MessageBox::error(this, tr("Draft a checklist from our policy"), error.message());
        return nullptr;
    }
}

void ChecklistsPage::setCrosswalks(CrosswalkService* crosswalks)
{
    m_crosswalks = crosswalks;
    if (crosswalks)
        connect(crosswalks, &CrosswalkService::changed, this,
                [this] { showChecklist(m_checklists->currentData().toString()); });
    showChecklist(m_checklists->currentData().toString());
}

QString ChecklistsPage::linkText(const CrosswalkLink& link)
{
    return tr("%1: %2 version %3, %4")
        .arg(Crosswalk::name(link.relation), link.to.key)
        .arg(link.to.version)
        .arg(link.toItem);
}

// What a crosswalk maps the item to in other checklists, for its detail.
QString ChecklistsPage::linksHtml(const ChecklistItem& item) const
{
    QString html;
    const QList<CrosswalkLink> links = m_links.value(item.id);
    if (!links.isEmpty()) {
        html += u"<p><b>"_s % tr("Maps to").toHtmlEscaped() % u"</b></p><ul>"_s;
        for (const CrosswalkLink& link : links)
            html += u"<li>"_s % linkText(link).toHtmlEscaped() %
                    (link.note.isEmpty() ? QString() : u" — "_s % link.note.toHtmlEscaped()) % u"</li>"_s;
        html += u"</ul>"_s;
    }
    return html;
}

const ChecklistItem* ChecklistsPage::currentItem() const
{
    return m_model->itemAt(m_filter->mapToSource(m_tree->currentIndex()));
}

void ChecklistsPage::showCurrentItem()
{
    const QModelIndex index = m_filter->mapToSource(m_tree->currentIndex());
    m_itemLinks->clear();
    if (const ChecklistItem* item = m_model->itemAt(index)) {
        m_detail->setHtml(ChecklistNames::itemHtml(m_model->checklist(), *item, m_language) % linksHtml(*item));
        for (const CrosswalkLink& link : m_links.value(item->id)) {
            auto* row = new QListWidgetItem(linkText(link), m_itemLinks);
            row->setData(Qt::UserRole, link.id);
            row->setToolTip(link.note);
        }
    } else if (const ChecklistChapter* chapter = m_model->chapterAt(index)) {
        m_detail->setHtml(u"<h3>"_s % chapter->number.toHtmlEscaped() % u" "_s %
                          chapter->title.in(m_language).toHtmlEscaped() % u"</h3><p>"_s %
                          index.siblingAtColumn(ChecklistTreeModel::CountColumn).data().toString().toHtmlEscaped() %
                          u"</p>"_s);
    } else {
        m_detail->clear();
    }
    enableLinkButtons();
}

void ChecklistsPage::enableLinkButtons()
{
    // The service decides; the buttons follow who keeps the library.
    const bool manage = m_crosswalks && m_library.session().canManageChecklists();
    m_addLink->setEnabled(manage && currentItem());
    m_editLink->setEnabled(manage && m_itemLinks->currentItem());
    m_removeLink->setEnabled(manage && m_itemLinks->currentItem());
}

std::optional<CrosswalkLink> ChecklistsPage::currentLink() const
{
    const ChecklistItem* item = currentItem();
    const QListWidgetItem* row = m_itemLinks->currentItem();
    if (!item || !row)
        return std::nullopt;
    for (const CrosswalkLink& link : m_links.value(item->id)) {
        if (link.id == row->data(Qt::UserRole).toLongLong())
            return link;
    }
    return std::nullopt;
}

void ChecklistsPage::editLinkIn(const CrosswalkLink& link)
{
    CrosswalkLinkDialog dialog(m_library, link, m_language, this);
    const QString title = dialog.windowTitle();
    const QString item = link.fromItem;
    applyDialog(
        dialog, title,
        [&] {
            const CrosswalkLink chosen = dialog.link();
            if (chosen.id)
                m_crosswalks->update(chosen);
            else
                m_crosswalks->add(chosen);
        },
        [this] { rereadLinks(); });
    selectItem(item);
}

void ChecklistsPage::addLink()
{
    const ChecklistItem* item = currentItem();
    if (!item || !m_crosswalks)
        return;
    CrosswalkLink link;
    link.from = {m_model->checklist().id, m_model->checklist().version};
    link.fromItem = item->id;
    link.relation = CrosswalkRelation::Equal;
    editLinkIn(link);
}

void ChecklistsPage::editLink()
{
    if (const std::optional<CrosswalkLink> link = currentLink(); link && m_crosswalks)
        editLinkIn(*link);
}

void ChecklistsPage::removeLink()
{
    const std::optional<CrosswalkLink> link = currentLink();
    if (!link || !m_crosswalks ||
        !MessageBox::confirm(this, tr("Remove the link"), tr("Remove the link %1?").arg(linkText(*link))))
        return;
    const QString item = link->fromItem;
    attempt(
        this, tr("Remove the link"), [&] { m_crosswalks->remove(link->id, link->stamp.version); },
        [this] { rereadLinks(); });
    selectItem(item);
}

void ChecklistsPage::rereadLinks()
{
    const QString item = currentItem() ? currentItem()->id : QString();
    showChecklist(m_checklists->currentData().toString());
    selectItem(item);
}

void ChecklistsPage::selectItem(const QString& itemId)
{
    if (itemId.isEmpty())
        return;
    const QModelIndexList found = m_filter->match(m_filter->index(0, 0), ChecklistTreeModel::ItemIdRole, itemId, 1,
                                                  Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty()) {
        m_tree->setCurrentIndex(found.first());
        m_tree->scrollTo(found.first());
    }
}

void ChecklistsPage::importFile(const QString& path)
{
    ChecklistReader::Result read;
    try {
        read = m_library.readImport(path); // asks for the permission before the file is read
    } catch (const Error& error) {
        MessageBox::error(this, tr("Import a checklist"), error.message());
        return;
    }
    QStringList lines;
    for (const ChecklistProblem& problem : read.problems.mid(0, 30))
        lines << problem.toString();
    if (read.problems.size() > 30)
        lines << tr("… and %1 more.").arg(read.problems.size() - 30);
    if (!read.ok()) {
        MessageBox::error(
            this, tr("Import a checklist"),
            tr("Nothing was imported: the file has %n problem(s).", nullptr, static_cast<int>(read.problems.size())) %
                u"\n\n"_s % lines.join(u'\n'));
        return;
    }
    // Warnings (a question phrased negatively, priority marks that differ between siblings) do not stop the
    // import; they are shown with its outcome, for the author to look at.
    const QString warnings =
        read.problems.isEmpty()
            ? QString()
            : u"\n\n"_s % tr("%n warning(s) to look at:", nullptr, static_cast<int>(read.problems.size())) % u'\n' %
                  lines.join(u'\n');
    try {
        const ChecklistLibrary::ImportOutcome outcome = m_library.importOwn(read.checklist);
        if (outcome.diff.isEmpty())
            MessageBox::information(this, tr("Import a checklist"),
                                    tr("%1 is the same as version %2 already in the library; nothing changed.")
                                            .arg(outcome.key)
                                            .arg(outcome.version) %
                                        warnings);
        else
            MessageBox::information(this, tr("Import a checklist"),
                                    tr("%1 version %2: %3 items added, %4 changed, %5 removed.")
                                            .arg(outcome.key)
                                            .arg(outcome.version)
                                            .arg(outcome.diff.added.size())
                                            .arg(outcome.diff.changed.size())
                                            .arg(outcome.diff.removed.size()) %
                                        warnings);
        showChecklist(outcome.key);
    } catch (const Error& error) {
        MessageBox::error(this, tr("Import a checklist"), error.message());
    }
}

void ChecklistsPage::copyChecklist()
{
    const QString key = m_checklists->currentData().toString();
    if (key.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Copy and edit"));
    auto* newKey = new QLineEdit(key % u"-own"_s, &dialog);
    const Checklist checklist = m_model->checklist();
    auto* titleJa = new QLineEdit(checklist.title.ja % u"（独自）"_s, &dialog);
    auto* titleEn = new QLineEdit(checklist.title.en % u" (own)"_s, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The copy is the organisation's own checklist: it can be edited and is never "
                               "changed by an update of Kansa."),
                            &dialog));
    form->addRow(tr("&Id:"), newKey);
    form->addRow(tr("Title (&Japanese):"), titleJa);
    form->addRow(tr("Title (&English):"), titleEn);
    auto* buttons = okCancelButtons(&dialog);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        showChecklist(m_library.copy(key, newKey->text().trimmed(), {titleJa->text(), titleEn->text()}));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Copy and edit"), error.message());
    }
}

void ChecklistsPage::exportChecklist()
{
    const QString key = m_checklists->currentData().toString();
    if (key.isEmpty())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export a checklist"), key % u".xlsx"_s,
                                     tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"xlsx"_s) {
            ChecklistTable::writeXlsx(m_model->checklist(), path);
            return;
        }
        OutputFile::write(path, suffix == u"csv"_s ? ChecklistTable::toCsv(m_model->checklist())
                                                   : ChecklistWriter::toJson(m_model->checklist()));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Export a checklist"), error.message());
    }
}

} // namespace kansa
