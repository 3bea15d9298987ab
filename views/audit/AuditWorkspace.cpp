#include "AuditWorkspace.h"

#include "audit/AuditPlanService.h"
#include "audit/FieldworkService.h"
#include "audit/FindingDialog.h"
#include "audit/FindingsDialog.h"
#include "audit/ItemMarksDelegate.h"
#include "calendar/JapaneseCalendar.h"
#include "checklist/ChecklistTreeModel.h"
#include "common/AutosaveField.h"
#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "org/OrganisationService.h"
#include "selfinspection/SelfInspection.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

QString language()
{
    return QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

// One change of one field of a result — the result or the notes — pushed once it has been saved, so the
// first redo() has nothing to do. Undo puts back what the field held before; the other field stays as stored.
class ResultFieldCommand final : public QUndoCommand
{
public:
    using Field = AuditWorkspace::ResultField;

    ResultFieldCommand(AuditWorkspace& workspace, qint64 unitId, const QString& itemId, Field field, QVariant before,
                       QVariant after)
        : QUndoCommand(field == Field::Result ? AuditWorkspace::tr("result of %1 to %2")
                                                    .arg(workspace.itemLabel(itemId),
                                                         AuditTexts::name(static_cast<AuditResult>(after.toInt())))
                                              : AuditWorkspace::tr("notes on %1").arg(workspace.itemLabel(itemId)))
        , m_workspace(workspace)
        , m_unitId(unitId)
        , m_itemId(itemId)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        if (m_saved) {
            m_saved = false;
            return;
        }
        if (!m_workspace.applyField(m_unitId, m_itemId, m_field, m_after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_workspace.applyField(m_unitId, m_itemId, m_field, m_before))
            setObsolete(true);
    }

private:
    AuditWorkspace& m_workspace;
    qint64 m_unitId;
    QString m_itemId;
    Field m_field;
    QVariant m_before;
    QVariant m_after;
    bool m_saved = true;
};

QVariant notesRecord(qint64 unitId, const QString& itemId)
{
    return QVariantList{unitId, itemId};
}

constexpr struct
{
    int key;
    AuditResult result;
} ResultKeys[] = {{Qt::Key_1, AuditResult::Conforming},
                  {Qt::Key_2, AuditResult::PartlyConforming},
                  {Qt::Key_3, AuditResult::NonConforming},
                  {Qt::Key_4, AuditResult::NotApplicable},
                  {Qt::Key_0, AuditResult::NotAssessed}};

} // namespace

AuditWorkspace::AuditWorkspace(AuditPlanService& plans, FieldworkService& fieldwork, OrganisationService& organisation,
                               RecordHistory& history, qint64 auditId, QWidget* parent)
    : QWidget(parent)
    , m_plans(plans)
    , m_fieldwork(fieldwork)
    , m_organisation(organisation)
    , m_history(history)
    , m_auditId(auditId)
    , m_undo(new QUndoStack(this))
    , m_model(new ChecklistTreeModel(this))
    , m_filter(new ChecklistFilterModel(this))
    , m_units(new QListWidget(this))
    , m_mineOnly(new QCheckBox(tr("My assignments only"), this))
    , m_progress(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_resultFilter(new QComboBox(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_resultLabel(new QLabel(this))
    , m_openLastYearLabel(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesField(new AutosaveField(
          m_notes, tr("Notes"), [this](const QVariant& record, const QString& text) { saveNotesOf(record, text); },
          this))
    , m_undoAction(new QAction(tr("Undo"), this))
    , m_redoAction(new QAction(tr("Redo"), this))
    , m_evidence(new QListWidget(this))
    , m_findings(new QListWidget(this))
{
    setObjectName(u"auditWorkspace"_s);
    setAcceptDrops(true);
    m_units->setObjectName(u"auditUnits"_s);
    m_units->setUniformItemSizes(true);
    m_tree->setObjectName(u"auditTree"_s);
    m_search->setObjectName(u"auditSearch"_s);
    m_resultFilter->setObjectName(u"auditResultFilter"_s);
    m_notes->setObjectName(u"auditNotes"_s);
    m_evidence->setObjectName(u"auditEvidence"_s);
    m_findings->setObjectName(u"auditFindings"_s);
    m_progress->setObjectName(u"auditProgress"_s);
    m_openLastYearLabel->setObjectName(u"auditOpenLastYear"_s);
    m_openLastYearLabel->setWordWrap(true);
    m_openLastYearLabel->setTextFormat(Qt::RichText);
    m_openLastYearLabel->hide();
    m_filter->setSourceModel(m_model);

    const AuditPlan plan = plans.audit(auditId);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(u"<b>"_s % plan.title.toHtmlEscaped() % u"</b>  ("_s %
                                   formatFiscalYear(plan.fiscalYear) % u", "_s % AuditTexts::name(plan.status) % u')',
                               this);
    auto* top = new QHBoxLayout;
    heading->setWordWrap(true);
    top->addWidget(heading, 1);
    top->addWidget(m_progress);
    // Undo and redo name the step in the auditor's words (「4.1(2)① の結果を 不適合 に」). Ctrl+Y and
    // Ctrl+Shift+Z both redo, as on Windows and elsewhere.
    m_undoAction->setObjectName(u"auditUndo"_s);
    m_redoAction->setObjectName(u"auditRedo"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    // The buttons say 元に戻す and やり直し; what they would undo or redo is in the action's text and tooltip.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    const auto describe = [this] {
        m_undoAction->setText(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
        m_redoAction->setText(m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : tr("Redo"));
        m_undoAction->setToolTip(m_undoAction->text());
        m_redoAction->setToolTip(m_redoAction->text());
        m_undoAction->setEnabled(m_undo->canUndo() || m_notesField->isPending());
        m_redoAction->setEnabled(m_undo->canRedo());
    };
    connect(m_undo, &QUndoStack::indexChanged, this, describe);
    connect(m_undo, &QUndoStack::cleanChanged, this, describe);
    connect(m_notes, &QPlainTextEdit::textChanged, this, describe);
    describe();
    for (QAction* action : {m_undoAction, m_redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        top->addWidget(button);
    }
    layout->addLayout(top);

    auto* splitter = new QSplitter(this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Units"), left));
    leftLayout->addWidget(m_units, 1);
    leftLayout->addWidget(m_mineOnly);
    auto* papers = new QPushButton(tr("Working papers…"), left);
    papers->setObjectName(u"workingPapers"_s);
    connect(papers, &QPushButton::clicked, this, &AuditWorkspace::showWorkingPapers);
    leftLayout->addWidget(papers);
    auto* allFindings = new QPushButton(tr("All findings…"), left);
    connect(allFindings, &QPushButton::clicked, this, [this] {
        flushPendingEdits();
        FindingsDialog dialog(m_fieldwork, m_organisation, m_history, m_auditId, this);
        dialog.exec();
    });
    leftLayout->addWidget(allFindings);

    auto* middle = new QWidget(splitter);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_resultFilter->addItem(tr("All items"), QStringList());
    m_resultFilter->addItem(tr("Not yet assessed"), QStringList{QString(), AuditTexts::key(AuditResult::NotAssessed)});
    m_resultFilter->addItem(
        tr("Non-conforming or partly"),
        QStringList{AuditTexts::key(AuditResult::NonConforming), AuditTexts::key(AuditResult::PartlyConforming)});
    filters->addWidget(m_search, 1);
    filters->addWidget(m_resultFilter);
    middleLayout->addLayout(filters);
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->hideColumn(ChecklistTreeModel::CountColumn);
    m_tree->header()->setSectionResizeMode(ChecklistTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // The clause and question get the width; the result (with the item's marks) and last year's stay narrow.
    // The whole question is in the row's tooltip.
    m_model->setClauseInTitle(true);
    m_tree->hideColumn(ChecklistTreeModel::RefColumn);
    m_tree->setItemDelegateForColumn(ChecklistTreeModel::MarkColumn, new ItemMarksDelegate(m_tree));
    // As wide as the longest short result name, and as the column's heading.
    const auto widthFor = [this](int column) {
        int width = fontMetrics().horizontalAdvance(m_filter->headerData(column, Qt::Horizontal).toString());
        for (AuditResult result : {AuditResult::NotAssessed, AuditResult::Conforming, AuditResult::PartlyConforming,
                                   AuditResult::NonConforming, AuditResult::NotApplicable})
            width = std::max(width, fontMetrics().horizontalAdvance(AuditTexts::shortName(result)));
        return width + 2 * fontMetrics().height();
    };
    m_tree->header()->resizeSection(ChecklistTreeModel::MarkColumn,
                                    widthFor(ChecklistTreeModel::MarkColumn) + 3 * fontMetrics().height());
    m_tree->header()->resizeSection(ChecklistTreeModel::PreviousColumn, widthFor(ChecklistTreeModel::PreviousColumn));
    m_tree->installEventFilter(this);
    m_tree->setMinimumWidth(300);
    m_tree->setIndentation(fontMetrics().height()); // deep clauses keep room for their question
    // The lists of the right pane give way on a small screen (1024×768) rather than growing the window.
    for (QWidget* list : std::initializer_list<QWidget*>{m_evidence, m_findings, m_notes, m_detail})
        list->setMinimumHeight(3 * fontMetrics().height());
    middleLayout->addWidget(m_tree, 1);
    auto* keys =
        new QLabel(tr("Keys: 1 Conforming · 2 Partly · 3 Non-conforming · 4 Not applicable · 0 Not assessed"), middle);
    keys->setWordWrap(true);
    middleLayout->addWidget(keys);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 2);
    rightLayout->addWidget(m_resultLabel);
    rightLayout->addWidget(m_openLastYearLabel);
    auto* resultRow = new QGridLayout; // in rows of two, so that the pane stays narrow
    int resultIndex = 0;
    for (const auto& [key, result] : ResultKeys) {
        // Short names keep the pane narrow (Conf., Partly, …); the full name is the tooltip.
        auto* button =
            new QPushButton(QString(QChar(u'0' + (key - Qt::Key_0))) % u' ' % AuditTexts::shortName(result), right);
        button->setToolTip(AuditTexts::name(result));
        button->setObjectName(u"result_"_s % AuditTexts::key(result));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, result = result] { setCurrentResult(result); });
        resultRow->addWidget(button, resultIndex / 2, resultIndex % 2);
        ++resultIndex;
    }
    rightLayout->addLayout(resultRow);
    rightLayout->addWidget(new QLabel(tr("Notes (saved as you type)"), right));
    m_notes->setTabChangesFocus(true);
    // Undo in the notes is the workspace's: the typed text becomes its own step (「… のメモ」) and is undone as
    // one, in order with the results.
    m_notes->setUndoRedoEnabled(false);
    rightLayout->addWidget(m_notes, 1);
    auto* evidenceBox = new QGroupBox(tr("Evidence (drop files here)"), right);
    auto* evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    auto* evidenceButtons = new QGridLayout; // in rows of two, as the results
    auto* addEvidenceButton = new QPushButton(tr("Add evidence…"), evidenceBox);
    addEvidenceButton->setObjectName(u"addEvidence"_s);
    auto* attach = new QPushButton(tr("Attach files…"), evidenceBox);
    auto* open = new QPushButton(tr("Open file"), evidenceBox);
    connect(addEvidenceButton, &QPushButton::clicked, this, &AuditWorkspace::addEvidence);
    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach evidence files"));
        if (!paths.isEmpty())
            attachFiles(paths);
    });
    connect(open, &QPushButton::clicked, this, &AuditWorkspace::openSelectedFile);
    connect(m_evidence, &QListWidget::itemDoubleClicked, this, &AuditWorkspace::openSelectedFile);
    evidenceButtons->addWidget(addEvidenceButton, 0, 0);
    evidenceButtons->addWidget(attach, 0, 1);
    evidenceButtons->addWidget(open, 1, 0);
    auto* itemHistory = new QPushButton(tr("Item history…"), evidenceBox);
    itemHistory->setObjectName(u"itemHistory"_s);
    itemHistory->setToolTip(tr("Who recorded this item's result, notes and evidence, and when"));
    connect(itemHistory, &QPushButton::clicked, this, &AuditWorkspace::showItemHistory);
    evidenceButtons->addWidget(itemHistory, 1, 1);
    evidenceLayout->addLayout(evidenceButtons);
    rightLayout->addWidget(evidenceBox, 1);
    auto* findingsBox = new QGroupBox(tr("Findings of this item"), right);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings);
    auto* raise = new QPushButton(tr("Raise a finding…"), findingsBox);
    raise->setToolTip(tr("Raise a finding on this item (Ctrl+Shift+N)"));
    auto* raiseKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(raiseKey, &QShortcut::activated, this, &AuditWorkspace::raiseFinding);
    connect(raise, &QPushButton::clicked, this, &AuditWorkspace::raiseFinding);
    connect(m_findings, &QListWidget::itemDoubleClicked, this, &AuditWorkspace::editFinding);
    findingsLayout->addWidget(raise);
    rightLayout->addWidget(findingsBox, 1);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({160, 800, 380});
    layout->addWidget(splitter, 1);

    m_notes->installEventFilter(this);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &AuditWorkspace::applyFilters);
    connect(m_resultFilter, &QComboBox::currentIndexChanged, this, &AuditWorkspace::applyFilters);
    connect(m_mineOnly, &QCheckBox::toggled, this, &AuditWorkspace::reloadUnits);
    connect(m_units, &QListWidget::currentRowChanged, this, &AuditWorkspace::showUnit);
    // Showing another item first saves the notes typed onto the item they were typed for (AutosaveField).
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditWorkspace::showItem);
    reloadUnits();
}

AuditWorkspace::~AuditWorkspace()
{
    flushPendingEdits();
}

void AuditWorkspace::reloadUnits()
{
    const qint64 selected = m_units->currentItem() ? m_units->currentItem()->data(Qt::UserRole).toLongLong() : -1;
    const QSignalBlocker blocker(m_units);
    m_units->clear();
    QList<qint64> ids{FieldworkService::OrganisationScope};
    for (const AuditedUnit& unit : m_plans.units(m_auditId))
        ids << unit.unitId;
    m_unitProgress.clear();
    const QHash<qint64, FieldworkService::UnitSummary> summary = m_fieldwork.summary(m_auditId);
    const QSet<qint64> editable = m_fieldwork.editableScopes(m_auditId);
    QHash<qint64, QString> names;
    for (const Unit& unit : m_organisation.units())
        names.insert(unit.id, unit.name);
    for (qint64 id : ids) {
        if (!summary.contains(id) || (m_mineOnly->isChecked() && !editable.contains(id)))
            continue;
        const FieldworkService::Progress progress = summary.value(id).progress;
        m_unitProgress.insert(id, progress);
        const QString name = id == FieldworkService::OrganisationScope ? tr("Whole organisation") : names.value(id);
        auto* item =
            new QListWidgetItem(u"%1  (%2/%3)"_s.arg(name).arg(progress.assessed).arg(progress.total), m_units);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, name);
        if (editable.contains(id))
            item->setToolTip(tr("Assigned to you"));
        else
            item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    // Every unit's name and progress readable, up to a sixth of the screen's width.
    const int widest = m_units->sizeHintForColumn(0);
    const int namesWidth = widest + 2 * m_units->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    // The list lays out every row at the first row's size (uniform sizes): a progress that changes then redraws its
    // row instead of measuring all of them again. The first row is as wide as the widest, with room to grow.
    if (m_units->count() > 0)
        m_units->item(0)->setSizeHint(
            QSize(widest + fontMetrics().horizontalAdvance(u"00"_s), m_units->sizeHintForRow(0)));
    m_units->setMinimumWidth(std::min(namesWidth, screen()->availableSize().width() / 6));
    showProgress();
    int row = 0;
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->data(Qt::UserRole).toLongLong() == selected)
            row = i;
    }
    m_units->setCurrentRow(row);
    if (selected < 0 || m_units->currentRow() >= 0)
        showUnit();
}

qint64 AuditWorkspace::currentUnit() const
{
    return m_units->currentItem() ? m_units->currentItem()->data(Qt::UserRole).toLongLong() : -1;
}

void AuditWorkspace::selectUnit(qint64 unitId)
{
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->data(Qt::UserRole).toLongLong() == unitId)
            m_units->setCurrentRow(i);
    }
}

void AuditWorkspace::showProgress()
{
    FieldworkService::Progress all;
    for (const FieldworkService::Progress& progress : std::as_const(m_unitProgress))
        all += progress;
    m_progress->setText(tr("Assessed %1 of %2 (%3%)").arg(all.assessed).arg(all.total).arg(all.percent()));
}

void AuditWorkspace::showUnit()
{
    flushPendingEdits();
    const qint64 unit = currentUnit();
    if (unit < 0)
        return;
    attempt(this, tr("Audit"), [&] {
        // The tree holds the items in scope at this unit, in the checklist's order.
        const QList<const ChecklistItem*> items = m_fieldwork.itemsInScope(m_auditId, unit);
        QSet<QString> wanted;
        for (const ChecklistItem* item : items)
            wanted.insert(item->id);
        Checklist scoped = m_fieldwork.checklist(m_auditId);
        for (ChecklistChapter& chapter : scoped.chapters) {
            for (ChecklistSection& section : chapter.sections)
                section.items.removeIf([&](const ChecklistItem& item) { return !wanted.contains(item.id); });
            chapter.sections.removeIf([](const ChecklistSection& section) { return section.items.isEmpty(); });
        }
        scoped.chapters.removeIf([](const ChecklistChapter& chapter) { return chapter.sections.isEmpty(); });
        m_model->setChecklist(scoped, language());
        refreshMarks();
        applyFilters();
        // Start at the first item not yet assessed (or the first item when all are).
        for (const ChecklistItem* item : items) {
            if (m_records.results.value(item->id).result == AuditResult::NotAssessed) {
                selectItem(item->id);
                return;
            }
        }
        if (!items.isEmpty())
            selectItem(items.first()->id);
        else
            showItem(); // nothing to show: the notes field lets go of the previous unit's item
    });
}

void AuditWorkspace::refreshMarks()
{
    const qint64 unit = currentUnit();
    m_records = m_fieldwork.scopeRecords(m_auditId, unit);
    m_recordsUnit = unit;
    const QHash<QString, ItemResult>& results = m_records.results;
    const FieldworkService::PreviousYear& previous = m_records.previous;
    const QHash<QString, int> annotations = m_records.annotations();
    for (const ItemResult& result : results)
        m_versions.insert({unit, result.itemKey}, result.stamp.version);
    QHash<QString, ChecklistTreeModel::Mark> marks;
    for (const ChecklistItem* item : m_model->checklist().items()) {
        ChecklistTreeModel::Mark mark;
        const auto found = results.constFind(item->id);
        if (found != results.cend() && found->result != AuditResult::NotAssessed) {
            mark.key = AuditTexts::key(found->result);
            mark.text = AuditTexts::shortName(found->result);
        }
        if (previous.results.contains(item->id))
            mark.previousText = AuditTexts::shortName(previous.results.value(item->id));
        mark.annotations = annotations.value(item->id) |
                           (previous.openFindings.contains(item->id) ? FieldworkService::HasOpenFindingLastYear : 0);
        mark.annotationText = ItemMarksDelegate::describe(mark.annotations);
        marks.insert(item->id, mark);
    }
    m_model->setMarks(marks, tr("Result"), tr("Last year"));
}

void AuditWorkspace::applyFilters()
{
    flushPendingEdits();
    m_filter->setFilters({m_search->text(), {}, {}, false, m_resultFilter->currentData().toStringList()});
    m_tree->expandAll();
    // The item shown may have been filtered out without the tree saying so.
    const QString shown = currentItemId();
    if (m_notesField->record() != (shown.isEmpty() ? QVariant() : notesRecord(currentUnit(), shown)))
        showItem();
}

const ChecklistItem* AuditWorkspace::currentItem() const
{
    return m_model->itemAt(m_filter->mapToSource(m_tree->currentIndex()));
}

QString AuditWorkspace::currentItemId() const
{
    const ChecklistItem* item = currentItem();
    return item ? item->id : QString();
}

void AuditWorkspace::selectItem(const QString& itemId)
{
    for (int c = 0; c < m_filter->rowCount(); ++c) {
        const QModelIndex chapter = m_filter->index(c, 0);
        for (int s = 0; s < m_filter->rowCount(chapter); ++s) {
            const QModelIndex section = m_filter->index(s, 0, chapter);
            for (int i = 0; i < m_filter->rowCount(section); ++i) {
                const QModelIndex index = m_filter->index(i, 0, section);
                if (index.data(ChecklistTreeModel::ItemIdRole).toString() == itemId) {
                    m_tree->setCurrentIndex(index);
                    m_tree->scrollTo(index);
                    return;
                }
            }
        }
    }
}

void AuditWorkspace::showItem()
{
    const ChecklistItem* item = currentItem();
    m_notesField->flush();
    m_evidence->clear();
    m_findings->clear();
    if (!item) {
        m_detail->clear();
        m_notesField->unload();
        m_resultLabel->clear();
        m_openLastYearLabel->hide();
        return;
    }
    const qint64 unit = currentUnit();
    const ItemResult result = shownResult(unit, item->id);
    m_detail->setHtml(u"<p style='color:#555'>"_s % item->ref.toHtmlEscaped() % u"</p><h3>"_s %
                      item->question.in(language()).toHtmlEscaped() %
                      u"</h3><blockquote style='background:#f4f4f4'>"_s % item->source.toHtmlEscaped() %
                      u"</blockquote>"_s);
    QString resultText = tr("Result: <b>%1</b>").arg(AuditTexts::name(result.result));
    // The unit's own answer in this year's self-inspection, beside the auditor's result.
    if (const auto self = m_records.selfInspection.constFind(item->id); self != m_records.selfInspection.cend()) {
        const Answer answer = SelfInspectionTexts::answer(self->answer);
        resultText +=
            u"　　"_s % tr("Self-inspection: <b>%1</b>").arg(SelfInspectionTexts::name(answer).toHtmlEscaped());
        if (!self->comment.isEmpty())
            resultText += u" ("_s % self->comment.toHtmlEscaped() % u')';
        if (answer == Answer::Yes && result.result == AuditResult::NonConforming)
            resultText +=
                u" <span style='color:#b00020'>⚠ "_s % tr("answered ○ but audited non-conforming") % u"</span>"_s;
    }
    m_resultLabel->setText(resultText);
    // Last year's findings of the same item (through the crosswalk when the checklist was revised) not yet remedied.
    const QList<FieldworkService::OpenFinding> open = m_records.previous.openFindings.value(item->id);
    QString openText;
    for (const FieldworkService::OpenFinding& finding : open)
        openText +=
            u"<br>["_s % AuditTexts::name(finding.severity).toHtmlEscaped() % u"] "_s % finding.title.toHtmlEscaped() %
            u" — "_s %
            (finding.planStatus ? RemediationTexts::name(*finding.planStatus) : tr("no plan yet")).toHtmlEscaped();
    m_openLastYearLabel->setText(u"<b>"_s % tr("Last year's findings still open").toHtmlEscaped() % u"</b>"_s %
                                 openText);
    m_openLastYearLabel->setVisible(!open.isEmpty());
    m_notesField->load(notesRecord(unit, item->id), result.notes, m_records.editable);
    for (const Evidence& evidence : std::as_const(m_records.evidence)) {
        if (evidence.itemKey != item->id)
            continue;
        auto* row = new QListWidgetItem(
            u"["_s % AuditTexts::name(evidence.kind) % u"] "_s % evidence.description %
                (evidence.observedOn.isValid() ? u" ("_s % formatDate(evidence.observedOn) % u')' : QString()),
            m_evidence);
        row->setData(Qt::UserRole, evidence.id);
        for (const EvidenceFile& file : evidence.files) {
            auto* fileRow = new QListWidgetItem(u"    "_s % tr("File:") % u' ' % file.fileName % u"  ("_s %
                                                    QLocale().formattedDataSize(file.size) % u')',
                                                m_evidence);
            fileRow->setData(Qt::UserRole, evidence.id);
            fileRow->setData(Qt::UserRole + 1, file.id);
        }
    }
    for (const Finding& finding : std::as_const(m_records.findings)) {
        if (finding.itemKey != item->id)
            continue;
        auto* row =
            new QListWidgetItem(u"["_s % AuditTexts::name(finding.severity) % u"] "_s % finding.title, m_findings);
        row->setData(Qt::UserRole, finding.id);
    }
}

ItemResult AuditWorkspace::shownResult(qint64 unitId, const QString& itemId)
{
    if (unitId != m_recordsUnit)
        return m_fieldwork.result(m_auditId, unitId, itemId);
    return m_records.results.value(itemId, ItemResult{0, unitId, itemId, AuditResult::NotAssessed, {}, {}});
}

void AuditWorkspace::store(qint64 unitId, const QString& itemId, AuditResult result, const QString& notes)
{
    const ItemResult saved =
        m_fieldwork.setResult(m_auditId, unitId, itemId, result, notes, m_versions.value({unitId, itemId}, 0));
    m_versions.insert({unitId, itemId}, saved.stamp.version);
    if (unitId == m_recordsUnit)
        m_records.results.insert(itemId, saved);
    if (unitId == currentUnit()) {
        ChecklistTreeModel::Mark mark = m_model->mark(itemId);
        mark.key.clear();
        mark.text.clear();
        mark.annotations = notes.isEmpty() ? mark.annotations & ~FieldworkService::HasNotes
                                           : mark.annotations | FieldworkService::HasNotes;
        mark.annotationText = ItemMarksDelegate::describe(mark.annotations);
        if (result != AuditResult::NotAssessed) {
            mark.key = AuditTexts::key(result);
            mark.text = AuditTexts::shortName(result);
        }
        m_model->setMark(itemId, mark); // last year's result is the mark's already
    }
    // The unit on screen counts from what it shows: its items in scope are the tree's.
    const FieldworkService::Progress progress = unitId == m_recordsUnit
                                                    ? m_records.progress(m_model->checklist().items())
                                                    : m_fieldwork.progress(m_auditId, unitId);
    m_unitProgress.insert(unitId, progress);
    for (int i = 0; i < m_units->count(); ++i) {
        if (m_units->item(i)->data(Qt::UserRole).toLongLong() != unitId)
            continue;
        QString text = m_units->item(i)->text();
        text.truncate(text.lastIndexOf(u"  ("_s));
        m_units->item(i)->setText(u"%1  (%2/%3)"_s.arg(text).arg(progress.assessed).arg(progress.total));
    }
    showProgress();
}

bool AuditWorkspace::applyField(qint64 unitId, const QString& itemId, ResultField field, const QVariant& value)
{
    const bool saved = attempt(
        this, tr("Audit"),
        [&] {
            const ItemResult stored = m_fieldwork.result(m_auditId, unitId, itemId);
            store(unitId, itemId,
                  field == ResultField::Result ? static_cast<AuditResult>(value.toInt()) : stored.result,
                  field == ResultField::Notes ? value.toString() : stored.notes);
        },
        [this] { refreshMarks(); });
    // The item on screen shows what is stored now (its notes field is bound to it and has nothing pending).
    if (unitId == currentUnit() && itemId == currentItemId())
        showItem();
    return saved;
}

void AuditWorkspace::setCurrentResult(AuditResult result)
{
    const ChecklistItem* item = currentItem();
    if (!item)
        return;
    // Notes typed on this item are their own step, before the result.
    if (!m_notesField->flush())
        return;
    const qint64 unit = currentUnit();
    const QString itemId = item->id;
    const bool saved = attempt(
        this, tr("Audit"),
        [&] {
            const ItemResult before = shownResult(unit, itemId);
            if (before.result == result)
                return; // nothing changes, so there is nothing to undo
            store(unit, itemId, result, before.notes);
            m_undo->push(new ResultFieldCommand(*this, unit, itemId, ResultField::Result,
                                                static_cast<int>(before.result), static_cast<int>(result)));
        },
        [this] {
            refreshMarks();
            showItem();
        });
    if (saved)
        moveToNextItem();
}

void AuditWorkspace::saveNotesOf(const QVariant& record, const QString& text)
{
    const qint64 unit = record.toList().value(0).toLongLong();
    const QString itemId = record.toList().value(1).toString();
    const ItemResult before = shownResult(unit, itemId);
    if (before.notes == text)
        return;
    store(unit, itemId, before.result, text);
    m_undo->push(new ResultFieldCommand(*this, unit, itemId, ResultField::Notes, before.notes, text));
}

bool AuditWorkspace::flushPendingEdits()
{
    return m_notesField->flush();
}

void AuditWorkspace::undoOrRedo(bool undo)
{
    // What is being typed is saved as a step first, so Ctrl+Z takes back exactly that.
    if (!flushPendingEdits())
        return;
    if (undo)
        m_undo->undo();
    else
        m_undo->redo();
}

QString AuditWorkspace::itemLabel(const QString& itemId)
{
    if (m_itemLabels.isEmpty()) {
        for (const ChecklistItem* item : m_fieldwork.checklist(m_auditId).items())
            m_itemLabels.insert(item->id, item->ref.isEmpty() ? item->question.in(language()).left(20) : item->ref);
    }
    return m_itemLabels.value(itemId, itemId);
}

void AuditWorkspace::moveToNextItem()
{
    const QModelIndex current = m_tree->currentIndex();
    QModelIndex next = m_tree->indexBelow(current);
    while (next.isValid() && next.data(ChecklistTreeModel::KindRole).toString() != u"item"_s)
        next = m_tree->indexBelow(next);
    if (next.isValid())
        m_tree->setCurrentIndex(next);
}

bool AuditWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        for (const auto& [code, result] : ResultKeys) {
            if (key->key() == code) {
                setCurrentResult(result);
                return true;
            }
        }
    }
    // The notes field would take Ctrl+Z for itself: it is the workspace's undo there too.
    if (watched == m_notes && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undoOrRedo(undo);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuditWorkspace::addEvidence()
{
    flushPendingEdits();
    const ChecklistItem* item = currentItem();
    if (!item)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add evidence"));
    auto* kind = new QComboBox(&dialog);
    for (EvidenceKind k :
         {EvidenceKind::Document, EvidenceKind::Interview, EvidenceKind::Observation, EvidenceKind::File})
        kind->addItem(AuditTexts::name(k), static_cast<int>(k));
    auto* description = new QLineEdit(&dialog);
    description->setObjectName(u"evidenceDescription"_s);
    auto* date = new DateField(QDate::currentDate(), &dialog);
    date->setObjectName(u"evidenceDate"_s);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("D&ate:"), date);
    form->addRow(
        okCancelButtons(&dialog, RequiredFields().add(description, tr("&Description:")).add(date, tr("D&ate:"))));
    dialog.resize(520, dialog.sizeHint().height());
    const QString itemId = item->id;
    applyDialog(dialog, tr("Add evidence"), [&] {
        Evidence evidence;
        evidence.unitId = currentUnit();
        evidence.itemKey = itemId;
        evidence.kind = static_cast<EvidenceKind>(kind->currentData().toInt());
        evidence.description = description->text();
        evidence.observedOn = date->date();
        m_fieldwork.addEvidence(m_auditId, evidence);
    });
    refreshMarks(); // the item's marks: evidence, findings
    showItem();
}

void AuditWorkspace::attachFiles(const QStringList& paths)
{
    flushPendingEdits();
    const ChecklistItem* item = currentItem();
    if (!item)
        return;
    attempt(this, tr("Attach evidence files"), [&] {
        // Files go to the selected evidence, or to a new "file" evidence of this item.
        qint64 evidenceId = m_evidence->currentItem() ? m_evidence->currentItem()->data(Qt::UserRole).toLongLong() : 0;
        for (const QString& path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
            if (file.size() > m_fieldwork.evidenceFileLimit())
                throw Error(
                    tr("%1 is larger than the limit for evidence files (%2).")
                        .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(m_fieldwork.evidenceFileLimit())));
            if (!evidenceId) {
                Evidence evidence;
                evidence.unitId = currentUnit();
                evidence.itemKey = item->id;
                evidence.kind = EvidenceKind::File;
                evidence.description = QFileInfo(path).fileName();
                evidence.observedOn = QDate::currentDate();
                evidenceId = m_fieldwork.addEvidence(m_auditId, evidence);
            }
            m_fieldwork.attachFile(m_auditId, evidenceId, QFileInfo(path).fileName(), file.readAll());
        }
    });
    refreshMarks(); // the item's marks: evidence, findings
    showItem();
}

void AuditWorkspace::openSelectedFile()
{
    const QListWidgetItem* row = m_evidence->currentItem();
    if (!row || !row->data(Qt::UserRole + 1).isValid())
        return;
    attempt(this, tr("Open file"), [&] {
        QString name;
        const QByteArray content = m_fieldwork.fileContent(m_auditId, row->data(Qt::UserRole + 1).toLongLong(), &name);
        // A temporary copy for the system's viewer; the folder goes when the workspace closes.
        const QString path = QDir(m_openedFiles.path())
                                 .filePath(QString::number(row->data(Qt::UserRole + 1).toLongLong()) % u'-' %
                                           QFileInfo(name).fileName());
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(content) != content.size())
            throw Error(tr("Cannot write a temporary copy of %1: %2").arg(name, copy.errorString()));
        copy.close();
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void AuditWorkspace::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && currentItem())
        event->acceptProposedAction();
}

void AuditWorkspace::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        attachFiles(paths);
        event->acceptProposedAction();
    }
}

void AuditWorkspace::raiseFinding()
{
    flushPendingEdits();
    const ChecklistItem* item = currentItem();
    if (!item)
        return;
    Finding finding;
    finding.auditId = m_auditId;
    finding.unitId = currentUnit();
    finding.itemKey = item->id;
    // The criterion (監査基準) is the clause the finding departs from, quoted from the policy.
    finding.criterion = item->ref % u" 「"_s % item->source % u"」"_s;
    finding.condition = m_notes->toPlainText();
    if (finding.unitId == FieldworkService::OrganisationScope) {
        MessageBox::error(this, tr("Raise a finding"),
                          tr("A finding belongs to a unit: raise it from the unit responsible for this item."));
        return;
    }
    FindingDialog dialog(finding, this);
    applyDialog(dialog, tr("Raise a finding"), [&] { m_fieldwork.addFinding(dialog.finding()); });
    refreshMarks(); // the item's marks: evidence, findings
    showItem();
}

void AuditWorkspace::editFinding()
{
    flushPendingEdits();
    const QListWidgetItem* row = m_findings->currentItem();
    if (!row)
        return;
    for (const Finding& finding : m_fieldwork.findings(m_auditId)) {
        if (finding.id != row->data(Qt::UserRole).toLongLong())
            continue;
        FindingDialog dialog(finding, this);
        dialog.offerHistory(m_history);
        applyDialog(dialog, tr("Edit finding"), [&] { m_fieldwork.updateFinding(dialog.finding()); });
        showItem();
        return;
    }
}

void AuditWorkspace::showItemHistory()
{
    flushPendingEdits();
    const ChecklistItem* item = currentItem();
    const qint64 unit = currentUnit();
    if (!item || unit < 0)
        return;
    const QString unitName = m_units->currentItem()->data(Qt::UserRole + 1).toString();
    HistoryDialog::showHistory(this, tr("%1 at %2").arg(itemLabel(item->id), unitName),
                               [&] { return m_history.auditItem(m_auditId, unit, item->id); });
}

void AuditWorkspace::showWorkingPapers()
{
    flushPendingEdits();
    const qint64 unit = currentUnit();
    if (unit <= 0) {
        MessageBox::information(this, tr("Working papers"),
                                tr("Working papers record a visit to a unit: choose the unit."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Working papers"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* list = new QTextBrowser(&dialog);
    QString html;
    for (const WorkingPaper& paper : m_fieldwork.workingPapers(m_auditId, unit))
        html += u"<h4>"_s % formatDate(paper.visitedOn) % u" · "_s % paper.place.toHtmlEscaped() % u"</h4><p><b>"_s %
                tr("Attendees").toHtmlEscaped() % u":</b> "_s % paper.attendees.toHtmlEscaped() % u"<br><b>"_s %
                tr("Documents received").toHtmlEscaped() % u":</b> "_s % paper.documentsReceived.toHtmlEscaped() %
                u"</p><p>"_s % paper.summary.toHtmlEscaped().replace(u"\n"_s, u"<br>"_s) % u"</p>"_s;
    list->setHtml(html.isEmpty() ? tr("No visit recorded yet.") : html);
    layout->addWidget(list, 1);
    auto* form = new QFormLayout;
    auto* date = new DateField(QDate::currentDate(), &dialog);
    date->setObjectName(u"paperVisitedOn"_s);
    auto* place = new QLineEdit(&dialog);
    auto* attendees = new QLineEdit(&dialog);
    auto* documents = new QLineEdit(&dialog);
    auto* summary = new QPlainTextEdit(&dialog);
    summary->setObjectName(u"paperSummary"_s);
    summary->setMaximumHeight(100);
    form->addRow(tr("Visited on:"), date);
    form->addRow(tr("Place:"), place);
    form->addRow(tr("Attendees:"), attendees);
    form->addRow(tr("Documents received:"), documents);
    form->addRow(tr("Summary:"), summary);
    layout->addWidget(new QLabel(tr("Record a visit"), &dialog));
    layout->addLayout(form);
    auto* buttons = okCancelButtons(&dialog, RequiredFields().add(date, tr("Visited on:")).add(summary, tr("Summary:")),
                                    QDialogButtonBox::Save | QDialogButtonBox::Close);
    layout->addWidget(buttons);
    dialog.resize(640, 620);
    applyDialog(dialog, tr("Working papers"), [&] {
        WorkingPaper paper;
        paper.auditId = m_auditId;
        paper.unitId = unit;
        paper.visitedOn = date->date();
        paper.place = place->text();
        paper.attendees = attendees->text();
        paper.documentsReceived = documents->text();
        paper.summary = summary->toPlainText();
        m_fieldwork.addWorkingPaper(paper);
    });
}

} // namespace kansa
