#include "SelfInspectionsPage.h"

#include "checklist/ChecklistLibrary.h"
#include "common/DateField.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/ErrorBoundary.h"
#include "common/MessageBox.h"
#include "common/Tables.h"
#include "common/WindowSize.h"
#include "org/OrganisationService.h"
#include "selfinspection/CampaignWorkbook.h"
#include "selfinspection/SelfInspectionService.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// The item id of an answer row's first cell (Qt::UserRole holds the answer's version).
constexpr int ItemIdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text, const QVariant& data = {})
{
    auto* item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

} // namespace

SelfInspectionsPage::SelfInspectionsPage(SelfInspectionService& service, OrganisationService& organisation,
                                         ChecklistLibrary& checklists, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_organisation(organisation)
    , m_checklists(checklists)
    , m_campaigns(
          readOnlyTable({tr("Fiscal year"), tr("Campaign"), tr("Deadline"), tr("Submitted")}, u"campaigns"_s, this))
    , m_tabs(new QTabWidget(this))
    , m_units(
          readOnlyTable({tr("Unit"), tr("Status"), tr("Answered"), tr("Returned because")}, u"campaignUnits"_s, this))
    , m_matrix(new QTableWidget(this))
    , m_mostNo(readOnlyTable({tr("Item"), tr("Question"), tr("Units answering ×")}, u"mostNo"_s, this))
    , m_disagreements(
          readOnlyTable({tr("Unit"), tr("Item"), tr("Self-inspection"), tr("Audit")}, u"disagreements"_s, this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"selfInspectionsPage"_s);
    m_matrix->setObjectName(u"answerMatrix"_s);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_campaigns, 1);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("New campaign…"), this);
    create->setObjectName(u"newCampaign"_s);
    auto* exportButton = new QPushButton(tr("Export workbooks…"), this);
    auto* importButton = new QPushButton(tr("Import returned workbooks…"), this);
    auto* answer = new QPushButton(tr("Answer for my unit…"), this);
    auto* delegateButton = new QPushButton(tr("Delegate answering…"), this);
    delegateButton->setEnabled(service.session().has(Role::SectionSecurityManager));
    connect(delegateButton, &QPushButton::clicked, this, &SelfInspectionsPage::delegateAnswering);
    create->setObjectName(u"newCampaign"_s);
    answer->setObjectName(u"answerCampaign"_s);
    create->setEnabled(service.canStartCampaigns());
    connect(create, &QPushButton::clicked, this, &SelfInspectionsPage::newCampaign);
    connect(exportButton, &QPushButton::clicked, this, &SelfInspectionsPage::exportWorkbooks);
    connect(importButton, &QPushButton::clicked, this, &SelfInspectionsPage::importWorkbooks);
    connect(answer, &QPushButton::clicked, this, [this] { answerForUnit(m_service.session().unitId); });
    for (QPushButton* b : {create, exportButton, importButton, answer, delegateButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_summary);

    auto* unitsTab = new QWidget(m_tabs);
    auto* unitsLayout = new QVBoxLayout(unitsTab);
    unitsLayout->addWidget(m_units, 1);
    auto* unitButtons = new QHBoxLayout;
    auto* acceptButton = new QPushButton(tr("Accept"), unitsTab);
    auto* returnButton = new QPushButton(tr("Return for rework…"), unitsTab);
    connect(acceptButton, &QPushButton::clicked, this, [this] { acceptOrReturn(true); });
    connect(returnButton, &QPushButton::clicked, this, [this] { acceptOrReturn(false); });
    unitButtons->addWidget(acceptButton);
    unitButtons->addWidget(returnButton);
    m_ownerButtons = {importButton, acceptButton, returnButton};
    m_answerButton = answer;
    unitButtons->addStretch();
    unitsLayout->addLayout(unitButtons);
    m_tabs->addTab(unitsTab, tr("Units"));
    m_tabs->addTab(m_matrix, tr("Units × chapters"));
    m_tabs->addTab(m_mostNo, tr("Most often ×"));
    m_tabs->addTab(m_disagreements, tr("Compared with the audit"));
    layout->addWidget(m_tabs, 2);
    connect(m_campaigns, &QTableWidget::currentCellChanged, this, &SelfInspectionsPage::showCampaign);
    connect(&service, &SelfInspectionService::changed, this, &SelfInspectionsPage::showCampaign);
    reloadCampaigns();
}

qint64 SelfInspectionsPage::currentCampaign() const
{
    const int row = m_campaigns->currentRow();
    return row >= 0 ? m_campaigns->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void SelfInspectionsPage::reloadCampaigns()
{
    const QList<Campaign> campaigns = m_service.campaigns();
    m_campaigns->setRowCount(static_cast<int>(campaigns.size()));
    for (int row = 0; row < campaigns.size(); ++row) {
        const Campaign& c = campaigns[row];
        int submitted = 0;
        const QList<CampaignUnit> units = m_service.units(c.id);
        for (const CampaignUnit& unit : units)
            submitted += unit.status == CampaignUnitStatus::Submitted || unit.status == CampaignUnitStatus::Accepted;
        m_campaigns->setItem(row, 0, cell(formatFiscalYear(c.fiscalYear), c.id));
        m_campaigns->setItem(row, 1, cell(c.title));
        m_campaigns->setItem(row, 2, cell(formatDate(c.deadline)));
        m_campaigns->setItem(row, 3, cell(tr("%1 of %2").arg(submitted).arg(units.size())));
    }
    m_campaigns->resizeColumnsToContents();
    if (m_campaigns->rowCount() > 0 && m_campaigns->currentRow() < 0)
        m_campaigns->setCurrentCell(0, 0);
}

void SelfInspectionsPage::showCampaign()
{
    const qint64 id = currentCampaign();
    // What the signed-in person may not do is not offered (the service refuses it anyway).
    for (QPushButton* button : std::as_const(m_ownerButtons))
        button->setEnabled(id && m_service.canManage(id));
    m_answerButton->setEnabled(id && m_service.canAnswer(id, m_service.session().unitId));
    if (!id)
        return;
    try {
        QHash<qint64, QString> names;
        for (const Unit& unit : m_organisation.units())
            names.insert(unit.id, unit.name);
        const QList<CampaignUnit> units = m_service.units(id);
        m_units->setRowCount(static_cast<int>(units.size()));
        int answered = 0;
        int total = 0;
        for (int row = 0; row < units.size(); ++row) {
            const CampaignUnit& unit = units[row];
            const SelfInspectionService::UnitProgress progress = m_service.progress(id, unit.unitId);
            answered += progress.answered;
            total += progress.total;
            m_units->setItem(row, 0, cell(names.value(unit.unitId), unit.unitId));
            m_units->setItem(row, 1, cell(SelfInspectionTexts::name(unit.status)));
            m_units->setItem(row, 2, cell(u"%1 / %2"_s.arg(progress.answered).arg(progress.total)));
            m_units->setItem(row, 3, cell(unit.returnReason));
        }
        m_units->resizeColumnsToContents();
        m_summary->setText(
            tr("Answered %1 of %2 (%3%)").arg(answered).arg(total).arg(total ? 100 * answered / total : 0));

        // Units × chapters: ○ △ × － counts per cell; × makes the cell stand out.
        const auto matrix = m_service.matrix(id);
        QStringList chapters;
        for (const ChecklistChapter& chapter : m_service.checklist(id).chapters)
            chapters << chapter.number;
        m_matrix->clear();
        m_matrix->setColumnCount(static_cast<int>(chapters.size()));
        QStringList headings;
        for (const QString& chapter : chapters)
            headings << tr("Ch. %1").arg(chapter);
        m_matrix->setHorizontalHeaderLabels(headings);
        m_matrix->setRowCount(static_cast<int>(units.size()));
        QStringList rowNames;
        for (int row = 0; row < units.size(); ++row) {
            rowNames << names.value(units[row].unitId);
            for (int c = 0; c < chapters.size(); ++c) {
                const auto counts = matrix.value(units[row].unitId).value(chapters[c]);
                const QString text = u"○%1 △%2 ×%3 －%4"_s.arg(counts[1]).arg(counts[2]).arg(counts[3]).arg(counts[4]);
                auto* item = cell(text);
                if (counts[3] > 0)
                    item->setBackground(QColor(0xFF, 0xE0, 0xE0));
                m_matrix->setItem(row, c, item);
            }
        }
        m_matrix->setVerticalHeaderLabels(rowNames);
        m_matrix->resizeColumnsToContents();

        QHash<QString, QString> questions;
        for (const ChecklistItem* item : m_service.items(id))
            questions.insert(item->id, item->question.in(u"ja"_s)); // English where a checklist has only that
        const auto most = m_service.mostOftenNo(id);
        m_mostNo->setRowCount(static_cast<int>(most.size()));
        for (int row = 0; row < most.size(); ++row) {
            m_mostNo->setItem(row, 0, cell(most[row].first));
            m_mostNo->setItem(row, 1, cell(questions.value(most[row].first)));
            m_mostNo->setItem(row, 2, cell(QString::number(most[row].second)));
        }
        m_mostNo->resizeColumnsToContents();

        const auto disagreements = m_service.comparisonWithAudit(id);
        m_disagreements->setRowCount(static_cast<int>(disagreements.size()));
        for (int row = 0; row < disagreements.size(); ++row) {
            const auto& d = disagreements[row];
            const QString audit = d.auditResult == u"non_conforming"_s      ? tr("Non-conforming")
                                  : d.auditResult == u"partly_conforming"_s ? tr("Partly conforming")
                                                                            : tr("Conforming");
            m_disagreements->setItem(row, 0, cell(names.value(d.unitId)));
            m_disagreements->setItem(
                row, 1, cell(d.itemKey == d.auditItemKey ? d.itemKey : d.itemKey % u" → "_s % d.auditItemKey));
            m_disagreements->setItem(row, 2, cell(SelfInspectionTexts::name(d.answer)));
            auto* result = cell(d.standsOut ? u"⚠ "_s % audit : audit);
            if (d.standsOut)
                result->setForeground(QColor(0xB0, 0x00, 0x20));
            m_disagreements->setItem(row, 3, result);
        }
        m_disagreements->resizeColumnsToContents();
    } catch (const Error& error) {
        MessageBox::error(this, tr("Self-inspections"), error.message());
    }
}

void SelfInspectionsPage::newCampaign()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New self-inspection campaign"));
    auto* title = new QLineEdit(
        tr("%1 staff self-inspection").arg(formatFiscalYear(JapaneseCalendar::fiscalYearOf(QDate::currentDate()))),
        &dialog);
    auto* year = new FiscalYearField(&dialog);
    auto* checklist = new QComboBox(&dialog);
    const QString language = QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
    for (const ChecklistEntry& entry : m_checklists.checklists())
        checklist->addItem(entry.title.in(language), entry.key);
    checklist->setCurrentIndex(std::max(0, checklist->findData(u"staff-self-inspection"_s)));
    auto* chapters = new QListWidget(&dialog);
    chapters->setMaximumHeight(140);
    auto fillChapters = [this, checklist, chapters, language] {
        chapters->clear();
        try {
            for (const ChecklistChapter& chapter : m_checklists.load(checklist->currentData().toString()).chapters) {
                auto* item = new QListWidgetItem(chapter.number % u"  "_s % chapter.title.in(language), chapters);
                item->setData(Qt::UserRole, chapter.number);
                item->setCheckState(Qt::Checked);
            }
        } catch (const Error&) {
        }
    };
    connect(checklist, &QComboBox::currentIndexChanged, &dialog, fillChapters);
    fillChapters();
    title->setObjectName(u"campaignTitle"_s);
    auto* deadline = new DateField(QDate::currentDate().addMonths(1), &dialog);
    deadline->setObjectName(u"campaignDeadline"_s);
    auto* units = new QListWidget(&dialog);
    for (const Unit& unit : m_organisation.units()) {
        auto* item = new QListWidgetItem(unit.name, units);
        item->setData(Qt::UserRole, unit.id);
        item->setCheckState(unit.kind == UnitKind::Department ? Qt::Unchecked : Qt::Checked);
    }
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Fiscal year:"), year);
    form->addRow(tr("&Checklist:"), checklist);
    form->addRow(tr("C&hapters asked:"), chapters);
    form->addRow(tr("&Deadline:"), deadline);
    form->addRow(tr("&Units asked:"), units);
    form->addRow(okCancelButtons(&dialog, RequiredFields().add(title, tr("&Title:")).add(deadline, tr("&Deadline:"))));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Campaign campaign;
    campaign.title = title->text();
    campaign.fiscalYear = year->value();
    campaign.checklistKey = checklist->currentData().toString();
    bool all = true;
    for (int i = 0; i < chapters->count(); ++i) {
        if (chapters->item(i)->checkState() == Qt::Checked)
            campaign.chapters << chapters->item(i)->data(Qt::UserRole).toString();
        else
            all = false;
    }
    if (all)
        campaign.chapters.clear(); // the whole checklist
    campaign.deadline = deadline->date();
    QList<qint64> asked;
    for (int i = 0; i < units->count(); ++i) {
        if (units->item(i)->checkState() == Qt::Checked)
            asked << units->item(i)->data(Qt::UserRole).toLongLong();
    }
    try {
        m_service.createCampaign(campaign, asked);
        reloadCampaigns();
    } catch (const Error& error) {
        MessageBox::error(this, tr("New self-inspection campaign"), error.message());
    }
}

void SelfInspectionsPage::exportWorkbooks()
{
    const qint64 id = currentCampaign();
    if (!id)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export workbooks to"));
    if (folder.isEmpty())
        return;
    try {
        int written = 0;
        for (const CampaignUnit& unit : m_service.units(id)) {
            CampaignWorkbook::exportUnit(m_service, id, unit.unitId,
                                         QDir(folder).filePath(CampaignWorkbook::fileName(m_service, id, unit.unitId)));
            ++written;
        }
        MessageBox::information(this, tr("Export workbooks"),
                                tr("%1 workbooks written to %2.").arg(written).arg(folder));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Export workbooks"), error.message());
    }
}

void SelfInspectionsPage::importWorkbooks()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import returned workbooks"), QString(), tr("Workbooks (*.xlsx)"));
    if (files.isEmpty())
        return;
    // Every workbook is checked first; the person sees what each would do before anything is written.
    QList<CampaignWorkbook::Preview> previews;
    QStringList lines;
    for (const QString& file : files) {
        previews << CampaignWorkbook::read(m_service, file);
        const CampaignWorkbook::Preview& p = previews.last();
        if (p.ok())
            lines << tr("%1 (%2): %3 new, %4 changed, %5 unchanged")
                         .arg(p.file, p.unitName)
                         .arg(p.added)
                         .arg(p.changed)
                         .arg(p.unchanged);
        else
            for (const CampaignWorkbook::Problem& problem : p.problems)
                lines << u"✗ "_s % problem.toString();
    }
    if (!MessageBox::confirm(this, tr("Import returned workbooks"),
                             lines.join(u'\n') % u"\n\n"_s % tr("Import the workbooks without problems?")))
        return;
    try {
        // The workbooks without problems go in together, or none of them.
        const int written = CampaignWorkbook::applyAll(m_service, previews);
        MessageBox::information(this, tr("Import returned workbooks"), tr("%1 answers written.").arg(written));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Import returned workbooks"),
                          error.message() % u'\n' % tr("None of the workbooks was imported."));
    }
    reloadCampaigns();
}

void SelfInspectionsPage::acceptOrReturn(bool accept)
{
    const qint64 id = currentCampaign();
    const int row = m_units->currentRow();
    if (!id || row < 0)
        return;
    const qint64 unit = m_units->item(row, 0)->data(Qt::UserRole).toLongLong();
    try {
        if (accept) {
            m_service.accept(id, unit);
        } else {
            bool ok = false;
            const QString reason = QInputDialog::getText(this, tr("Return for rework"), tr("What is to be reworked?"),
                                                         QLineEdit::Normal, QString(), &ok);
            if (ok)
                m_service.returnForRework(id, unit, reason);
        }
    } catch (const Error& error) {
        MessageBox::error(this, tr("Self-inspections"), error.message());
    }
}

void SelfInspectionsPage::delegateAnswering()
{
    const qint64 id = currentCampaign();
    const qint64 unit = m_service.session().unitId;
    if (!id || !unit)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Person& person : m_organisation.people()) {
        if (person.unitId == unit && person.id != m_service.session().personId) {
            names << person.name;
            ids << person.id;
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Delegate answering"), tr("Who of your unit may answer this self-inspection?"), names, 0, false, &ok);
    if (!ok || chosen.isEmpty())
        return;
    try {
        m_service.delegate(id, unit, ids.value(static_cast<int>(names.indexOf(chosen))));
        MessageBox::information(this, tr("Delegate answering"), tr("%1 may now answer for your unit.").arg(chosen));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Delegate answering"), error.message());
    }
}

void SelfInspectionsPage::answerForUnit(qint64 unitId)
{
    const qint64 id = currentCampaign();
    if (!id)
        return;
    if (!m_service.canAnswer(id, unitId)) {
        MessageBox::error(
            this, tr("Answer"),
            tr("You can answer only for your own unit, as its section security manager or their delegate."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"answerDialog"_s);
    dialog.setWindowTitle(tr("Self-inspection: answers"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* answers = readOnlyTable({tr("Item"), tr("Question"), tr("Answer"), tr("Comment")}, u"answerTable"_s, &dialog);
    // Submitted or accepted answers are shown, not edited (the service refuses a change anyway).
    const bool editable = m_service.canChangeAnswers(id, unitId);
    answers->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    const QList<const ChecklistItem*> items = m_service.items(id);
    const QHash<QString, UnitAnswer> given = m_service.answers(id, unitId);
    answers->setRowCount(static_cast<int>(items.size()));
    // A row shows what is stored: after loading, and after a refused change.
    const auto showRow = [answers](int row, const UnitAnswer& answer) {
        const QSignalBlocker blockTable(answers);
        auto* choice = qobject_cast<QComboBox*>(answers->cellWidget(row, 2));
        const QSignalBlocker blockChoice(choice);
        choice->setCurrentIndex(choice->findData(static_cast<int>(answer.answer)));
        answers->item(row, 0)->setData(Qt::UserRole, answer.stamp.version);
        answers->item(row, 3)->setText(answer.comment);
    };
    // Each change of an answer or a comment is saved at once, against the version last read.
    const auto saveRow = [this, answers, id, unitId, showRow](int row) {
        QTableWidgetItem* key = answers->item(row, 0);
        const auto* choice = qobject_cast<QComboBox*>(answers->cellWidget(row, 2));
        attempt(
            answers, tr("Answer"),
            [&] {
                const UnitAnswer saved = m_service.setAnswer(
                    id, unitId, key->data(ItemIdRole).toString(), static_cast<Answer>(choice->currentData().toInt()),
                    answers->item(row, 3)->text(), key->data(Qt::UserRole).toInt());
                key->setData(Qt::UserRole, saved.stamp.version);
            },
            [&] { showRow(row, m_service.answers(id, unitId).value(key->data(ItemIdRole).toString())); });
    };
    for (int row = 0; row < items.size(); ++row) {
        const UnitAnswer answer = given.value(items[row]->id);
        // The item as the sheet numbers it (its clause), never its internal id.
        auto* itemCell = cell(items[row]->ref.isEmpty() ? items[row]->id : items[row]->ref, answer.stamp.version);
        itemCell->setData(ItemIdRole, items[row]->id);
        itemCell->setFlags(itemCell->flags() & ~Qt::ItemIsEditable);
        auto* question = cell(items[row]->question.in(u"ja"_s));
        question->setFlags(question->flags() & ~Qt::ItemIsEditable);
        answers->setItem(row, 0, itemCell);
        answers->setItem(row, 1, question);
        auto* choice = new QComboBox(answers);
        for (Answer a : {Answer::Unanswered, Answer::Yes, Answer::Partly, Answer::No, Answer::NotApplicable})
            choice->addItem(SelfInspectionTexts::name(a), static_cast<int>(a));
        choice->setCurrentIndex(choice->findData(static_cast<int>(answer.answer)));
        choice->setEnabled(editable);
        answers->setCellWidget(row, 2, choice);
        answers->setItem(row, 3, cell(answer.comment));
        connect(choice, &QComboBox::currentIndexChanged, answers, [saveRow, row] { saveRow(row); });
    }
    connect(answers, &QTableWidget::itemChanged, answers, [saveRow](QTableWidgetItem* item) {
        if (item->column() == 3)
            saveRow(item->row());
    });
    answers->resizeColumnsToContents();
    answers->setColumnWidth(1, 520);
    layout->addWidget(answers, 1);
    auto* buttons = new QHBoxLayout;
    auto* submit = new QPushButton(tr("Submit"), &dialog);
    submit->setObjectName(u"submitAnswers"_s);
    submit->setEnabled(editable);
    connect(submit, &QPushButton::clicked, &dialog, [this, id, unitId, &dialog] {
        if (attempt(&dialog, tr("Submit"), [&] { m_service.submit(id, unitId); }))
            dialog.accept();
    });
    buttons->addStretch();
    buttons->addWidget(submit);
    buttons->addWidget(okCancelButtons(&dialog, QDialogButtonBox::Close));
    layout->addLayout(buttons);
    resizeWithinScreen(&dialog, {1100, 700});
    dialog.exec();
}

} // namespace kansa
