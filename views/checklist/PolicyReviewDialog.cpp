#include "PolicyReviewDialog.h"

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistNames.h"
#include "checklist/CrosswalkService.h"
#include "common/AutosaveField.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/WindowSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// Evidence as it is edited: one per line, the Japanese and the English separated by " | ".
QString evidenceText(const QList<LocalizedText>& evidence)
{
    QStringList lines;
    for (const LocalizedText& text : evidence)
        lines << (text.en.isEmpty() ? text.ja : text.ja % u" | "_s % text.en);
    return lines.join(u'\n');
}

QList<LocalizedText> evidenceFrom(const QString& text)
{
    QList<LocalizedText> evidence;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            evidence << LocalizedText{line.section(u'|', 0, 0).trimmed(), line.section(u'|', 1).trimmed()};
    }
    return evidence;
}

QString kindName(const QString& kind)
{
    if (kind == u"obligation"_s)
        return PolicyReviewDialog::tr("obligation");
    if (kind == u"prohibition"_s)
        return PolicyReviewDialog::tr("prohibition");
    if (kind == u"best_effort"_s)
        return PolicyReviewDialog::tr("best effort");
    if (kind == u"authority"_s)
        return PolicyReviewDialog::tr("authority or permission");
    if (kind == u"definition"_s)
        return PolicyReviewDialog::tr("definition");
    return PolicyReviewDialog::tr("other");
}

} // namespace

PolicyReviewDialog::PolicyReviewDialog(ChecklistLibrary& library, CrosswalkService* crosswalks, DraftReview review,
                                       const Checklist& against, QWidget* parent)
    : QDialog(parent)
    , m_library(library)
    , m_crosswalks(crosswalks)
    , m_review(std::move(review))
    , m_against(against)
    , m_model(new DraftReviewModel(m_review, this))
    , m_filter(new DraftReviewFilter(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_show(new QComboBox(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"policyReview"_s);
    setWindowTitle(tr("Review the checklist drafted from %1").arg(m_review.policyName()));
    for (const ChecklistItem* item : m_against.items())
        m_shipped.insert(item->id, item);

    m_search->setObjectName(u"reviewSearch"_s);
    m_search->setPlaceholderText(tr("Search the clauses, questions and matches (/)"));
    m_search->setClearButtonEnabled(true);
    m_show->setObjectName(u"reviewShow"_s);
    m_show->addItem(tr("All items"), int(DraftReviewFilter::Show::All));
    m_show->addItem(tr("Not reviewed yet"), int(DraftReviewFilter::Show::Open));
    m_show->addItem(tr("New (no shipped item matched)"), int(DraftReviewFilter::Show::New));
    m_show->addItem(tr("Weak matches (below 50%)"), int(DraftReviewFilter::Show::Weak));
    m_progressText->setObjectName(u"reviewProgress"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_show, 1);
    top->addWidget(m_progress, 1);
    top->addWidget(m_progressText);

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"reviewItems"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DraftReviewModel::ClauseColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DraftReviewModel::QuestionColumn, QHeaderView::Stretch);

    // The review's keys, on the list of items (where no text is typed); the buttons' mnemonics work anywhere.
    auto key = [this](const QKeySequence& sequence, auto slot) {
        auto* shortcut = new QShortcut(sequence, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_A, [this] { decide(DraftReview::Decision::Accepted); });
    key(Qt::Key_R, [this] { decide(DraftReview::Decision::Rejected); });
    key(Qt::Key_U, [this] { decide(DraftReview::Decision::Open); });
    key(Qt::Key_E, [this] { m_questionJa->setFocus(); });
    key(Qt::Key_S, &PolicyReviewDialog::split);
    key(Qt::Key_M, &PolicyReviewDialog::merge);
    key(Qt::Key_N, &PolicyReviewDialog::nextOpen);
    key(Qt::Key_Slash, [this] { m_search->setFocus(); });
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_search, qOverload<>(&QWidget::setFocus));
    connect(m_search, &QLineEdit::returnPressed, m_table, qOverload<>(&QWidget::setFocus));

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Accept (A)"), u"reviewAccept"_s, [this] { decide(DraftReview::Decision::Accepted); });
    button(tr("&Edit (E)"), u"reviewEdit"_s, [this] { m_questionJa->setFocus(); });
    button(tr("&Reject (R)"), u"reviewReject"_s, [this] { decide(DraftReview::Decision::Rejected); });
    button(tr("&Split (S)"), u"reviewSplit"_s, &PolicyReviewDialog::split);
    button(tr("&Merge with next (M)"), u"reviewMerge"_s, &PolicyReviewDialog::merge);
    button(tr("&Next to review (N)"), u"reviewNext"_s, &PolicyReviewDialog::nextOpen);
    buttons->addStretch();
    button(tr("Save as our checklist…"), u"reviewSave"_s, &PolicyReviewDialog::saveAsked);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(createColumns());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 420});

    // 「MICモデルにあり、貴団体のポリシーにない項目」: what the shipped checklist asks that the policy does not say.
    auto* missing = new QTableWidget(int(m_review.missing().size()), 3, this);
    missing->setObjectName(u"reviewMissing"_s);
    missing->setHorizontalHeaderLabels({tr("Item"), tr("Clause"), tr("Question")});
    missing->setEditTriggers(QAbstractItemView::NoEditTriggers);
    missing->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    missing->verticalHeader()->hide();
    for (int row = 0; row < missing->rowCount(); ++row) {
        const ChecklistItem& item = m_review.missing().at(row);
        missing->setItem(row, 0, new QTableWidgetItem(item.id));
        missing->setItem(row, 1, new QTableWidgetItem(item.ref));
        missing->setItem(row, 2, new QTableWidgetItem(item.question.ja));
    }
    auto* tabs = new QTabWidget(this);
    auto* reviewTab = new QWidget(this);
    auto* reviewLayout = new QVBoxLayout(reviewTab);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addLayout(top);
    reviewLayout->addWidget(splitter, 1);
    reviewLayout->addLayout(buttons);
    tabs->addTab(reviewTab, tr("Proposed items"));
    tabs->addTab(missing, tr("In the model checklist, not in your policy (%1)").arg(m_review.missing().size()));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    resizeWithinScreen(this, {1380, 880});

    connect(m_search, &QLineEdit::textChanged, m_filter, &DraftReviewFilter::setSearch);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(DraftReviewFilter::Show(m_show->currentData().toInt())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PolicyReviewDialog::showCurrent);
    connect(m_model, &DraftReviewModel::reviewChanged, this, &PolicyReviewDialog::showProgress);
    showProgress();
    showRow(0);
}

PolicyReviewDialog::~PolicyReviewDialog() = default;

QWidget* PolicyReviewDialog::createColumns()
{
    auto* columns = new QWidget(this);
    auto* row = new QHBoxLayout(columns);
    row->setContentsMargins(0, 0, 0, 0);

    auto* clauseBox = new QGroupBox(tr("Your policy's clause"), columns);
    m_clause = new QTextBrowser(clauseBox);
    m_clause->setObjectName(u"reviewClause"_s);
    (new QVBoxLayout(clauseBox))->addWidget(m_clause);

    auto* proposedBox = new QGroupBox(tr("The item proposed"), columns);
    m_questionJa = new QPlainTextEdit(proposedBox);
    m_questionJa->setObjectName(u"reviewQuestionJa"_s);
    m_questionEn = new QPlainTextEdit(proposedBox);
    m_questionEn->setObjectName(u"reviewQuestionEn"_s);
    m_evidence = new QPlainTextEdit(proposedBox);
    m_evidence->setObjectName(u"reviewEvidence"_s);
    m_evidence->setToolTip(tr("One per line: Japanese | English"));
    for (QPlainTextEdit* editor : {m_questionJa, m_questionEn, m_evidence})
        editor->setTabChangesFocus(true);
    m_level = new QComboBox(proposedBox);
    m_level->setObjectName(u"reviewLevel"_s);
    for (const QString& level : Checklist::levels())
        m_level->addItem(ChecklistNames::level(level), level);
    m_roles = new QListWidget(proposedBox);
    m_roles->setObjectName(u"reviewRoles"_s);
    for (const QString& key : Checklist::roleKeys()) {
        auto* item = new QListWidgetItem(ChecklistNames::role(key), m_roles);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* form = new QFormLayout(proposedBox);
    form->addRow(tr("Question:"), m_questionJa);
    form->addRow(tr("In English:"), m_questionEn);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Asked of:"), m_roles);
    form->addRow(tr("Evidence:"), m_evidence);

    auto* matchedBox = new QGroupBox(tr("The model checklist's item it matches"), columns);
    m_matched = new QTextBrowser(matchedBox);
    m_matched->setObjectName(u"reviewMatched"_s);
    (new QVBoxLayout(matchedBox))->addWidget(m_matched);

    row->addWidget(clauseBox, 1);
    row->addWidget(proposedBox, 1);
    row->addWidget(matchedBox, 1);

    // What is typed belongs to the item it was typed for, saved onto it even when another item is shown by then.
    const auto save = [this](const QVariant& record, const QString&) { saveFields(record); };
    m_questionJaField = new AutosaveField(m_questionJa, tr("Review"), save, this);
    m_questionEnField = new AutosaveField(m_questionEn, tr("Review"), save, this);
    m_evidenceField = new AutosaveField(m_evidence, tr("Review"), save, this);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            saveFields(m_questionJaField->record());
    });
    connect(m_roles, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            saveFields(m_questionJaField->record());
    });
    return columns;
}

int PolicyReviewDialog::currentRow() const
{
    const QModelIndex index = m_filter->mapToSource(m_table->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void PolicyReviewDialog::showRow(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    showCurrent();
}

// The fields as they stand, onto the item they were loaded for (its id, which a split or merge does not change).
void PolicyReviewDialog::saveFields(const QVariant& record)
{
    const int row = m_review.rowOf(record.toString());
    if (row < 0)
        return;
    ChecklistItem item = m_review.item(row);
    item.question = {m_questionJa->toPlainText().trimmed(), m_questionEn->toPlainText().trimmed()};
    item.evidence = evidenceFrom(m_evidence->toPlainText());
    item.level = m_level->currentData().toString();
    item.roles.clear();
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->checkState() == Qt::Checked)
            item.roles << m_roles->item(i)->data(Qt::UserRole).toString();
    }
    try {
        m_model->edit(row, item);
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
        throw;
    }
}

void PolicyReviewDialog::showCurrent()
{
    const int row = currentRow();
    m_loading = true;
    if (row < 0) {
        for (AutosaveField* field : {m_questionJaField, m_questionEnField, m_evidenceField})
            field->unload();
        m_clause->clear();
        m_matched->clear();
        m_loading = false;
        return;
    }
    const ChecklistItem& item = m_review.item(row);
    const DraftReview::Entry& entry = m_review.entry(row);
    m_questionJaField->load(item.id, item.question.ja, true);
    m_questionEnField->load(item.id, item.question.en, true);
    m_evidenceField->load(item.id, evidenceText(item.evidence), true);
    m_level->setCurrentIndex(std::max(0, m_level->findData(item.level)));
    for (int i = 0; i < m_roles->count(); ++i)
        m_roles->item(i)->setCheckState(
            item.roles.contains(m_roles->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_clause->setHtml(u"<p style='color:#555'>"_s % entry.headingPath.join(u" › "_s).toHtmlEscaped() % u"</p><h3>"_s %
                      item.ref.toHtmlEscaped() % u"</h3><p><i>"_s % kindName(entry.kind).toHtmlEscaped() %
                      u"</i></p><blockquote style='background:#f4f4f4'>"_s % item.source.toHtmlEscaped() %
                      u"</blockquote>"_s);
    const ChecklistItem* matched = m_shipped.value(entry.matchedId);
    const QString score = tr("Similarity %1%").arg(QString::number(entry.score * 100, 'f', 0));
    if (!matched)
        m_matched->setHtml(u"<p>"_s % tr("No item of the model checklist matches.").toHtmlEscaped() % u"</p>"_s);
    else
        m_matched->setHtml(
            u"<p><b>"_s %
            (entry.isNew ? tr("Closest, too weak to take from: %1").arg(score) : tr("Taken from: %1").arg(score))
                .toHtmlEscaped() %
            u"</b></p>"_s %
            ChecklistNames::itemHtml(m_against, *matched,
                                     QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s));
    m_loading = false;
}

void PolicyReviewDialog::showProgress()
{
    const DraftReview::Counts counts = m_review.counts();
    m_progress->setRange(0, std::max(1, counts.total));
    m_progress->setValue(counts.accepted + counts.rejected);
    m_progressText->setText(tr("%1 of %2 reviewed: %3 accepted, %4 rejected, %5 edited")
                                .arg(counts.accepted + counts.rejected)
                                .arg(counts.total)
                                .arg(counts.accepted)
                                .arg(counts.rejected)
                                .arg(counts.edited));
}

void PolicyReviewDialog::flush()
{
    for (AutosaveField* field : {m_questionJaField, m_questionEnField, m_evidenceField})
        field->flush();
}

void PolicyReviewDialog::decide(DraftReview::Decision decision)
{
    const int row = currentRow();
    if (row < 0)
        return;
    flush();
    m_model->decide(row, decision);
    if (decision != DraftReview::Decision::Open)
        nextOpen();
}

void PolicyReviewDialog::split()
{
    const int row = currentRow();
    if (row < 0)
        return;
    flush();
    showRow(m_model->split(row));
    m_questionJa->setFocus();
}

void PolicyReviewDialog::merge()
{
    const int row = currentRow();
    if (row < 0)
        return;
    flush();
    const QString id = m_review.item(row).id;
    if (!m_model->merge(row))
        MessageBox::information(this, windowTitle(), tr("The next item is in another section: it cannot be merged."));
    showRow(m_review.rowOf(id));
}

// The next item not reviewed yet, after the current one (then from the start).
void PolicyReviewDialog::nextOpen()
{
    const int from = currentRow();
    for (int step = 1; step <= m_review.size(); ++step) {
        const int row = (from + step) % m_review.size();
        if (m_review.entry(row).decision == DraftReview::Decision::Open &&
            m_filter->mapFromSource(m_model->index(row, 0)).isValid()) {
            showRow(row);
            return;
        }
    }
}

bool PolicyReviewDialog::saveAsChecklist(const QString& id, const LocalizedText& title, bool includeOpen)
{
    flush();
    try {
        const Checklist result = m_review.result(id, title, includeOpen);
        const ChecklistLibrary::ImportOutcome outcome =
            m_crosswalks ? m_library.importDerived(result, m_review.derivationOf(result), m_against, *m_crosswalks)
                         : m_library.importOwn(result);
        MessageBox::information(this, windowTitle(),
                                tr("Saved as %1, version %2, with %n item(s).", nullptr, result.itemCount())
                                    .arg(outcome.key)
                                    .arg(outcome.version));
        return true;
    } catch (const Error& error) {
        MessageBox::error(this, windowTitle(), error.message());
        return false;
    }
}

void PolicyReviewDialog::saveAsked()
{
    flush();
    QDialog ask(this);
    ask.setWindowTitle(tr("Save as our checklist"));
    auto* id = new QLineEdit(m_review.checklist().id, &ask);
    auto* titleJa = new QLineEdit(m_review.checklist().title.ja, &ask);
    auto* titleEn = new QLineEdit(m_review.checklist().title.en, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Checklist id:"), id);
    form->addRow(tr("Title:"), titleJa);
    form->addRow(tr("Title in English:"), titleEn);
    form->addRow(okCancelButtons(&ask, QDialogButtonBox::Save | QDialogButtonBox::Cancel));
    if (ask.exec() != QDialog::Accepted)
        return;
    const DraftReview::Counts counts = m_review.counts();
    const bool includeOpen =
        counts.open() > 0 &&
        MessageBox::confirm(this, windowTitle(),
                            tr("%n item(s) are not reviewed yet. Save them as proposed (Yes), or only the accepted "
                               "ones (No)?",
                               nullptr, counts.open()));
    saveAsChecklist(id->text().trimmed(), {titleJa->text().trimmed(), titleEn->text().trimmed()}, includeOpen);
}

void PolicyReviewDialog::done(int result)
{
    flush(); // the review file keeps everything: closing, Escape or Close lose nothing typed
    QDialog::done(result);
}

} // namespace kansa
