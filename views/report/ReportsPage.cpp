#include "ReportsPage.h"

#include "common/AutosaveField.h"
#include "common/BackgroundTask.h"
#include "exchange/OutputFile.h"

#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/Tables.h"
#include "common/WindowSize.h"
#include "report/ReportOutput.h"
#include "report/ReportPainter.h"
#include "report/ReportPreview.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ReportsPage::ReportsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_reports(workspace.reports())
{
    setObjectName(u"reportsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>"_s % tr("Reports") % u"</h2>"_s, this));

    auto* choice = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"reportKind"_s);
    for (ReportKind kind :
         {ReportKind::Audit, ReportKind::UnitNotice, ReportKind::Remediation, ReportKind::SelfInspection})
        m_kind->addItem(ReportService::kindName(kind), static_cast<int>(kind));
    m_year = new QComboBox(this);
    m_year->setObjectName(u"reportYear"_s);
    QList<int> years = workspace.organisation().fiscalYears();
    std::ranges::sort(years, std::greater());
    for (int year : years)
        m_year->addItem(formatFiscalYear(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(JapaneseCalendar::fiscalYearOf(QDate::currentDate()))));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(u"reportUnit"_s);
    for (const Unit& unit : workspace.organisation().units())
        m_unit->addItem(unit.name, unit.id);
    if (workspace.session().unitId)
        m_unit->setCurrentIndex(std::max(0, m_unit->findData(workspace.session().unitId)));
    m_appendix = new QCheckBox(tr("With the appendix of results per unit and item"), this);
    m_appendix->setObjectName(u"reportAppendix"_s);
    m_appendix->setChecked(true);
    choice->addRow(tr("Report:"), m_kind);
    choice->addRow(tr("Fiscal year:"), m_year);
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"reportNumber"_s);
    m_number->setPlaceholderText(tr("e.g. 桜監第12号, shown where the letterhead has {{文書番号}}"));
    choice->addRow(tr("Unit:"), m_unit);
    choice->addRow(tr("Document number:"), m_number);
    choice->addRow(QString(), m_appendix);
    auto* choiceBox = new QWidget(this);
    choiceBox->setLayout(choice);
    choiceBox->setMaximumWidth(720);
    layout->addWidget(choiceBox);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    layout->addWidget(m_about);

    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Preview…"), u"reportPreview"_s, &ReportsPage::preview);
    button(tr("Print…"), u"reportPrint"_s, &ReportsPage::print);
    button(tr("PDF…"), u"reportPdf"_s, [this] { saveAsked(u"pdf"_s, tr("PDF (*.pdf)")); });
    button(tr("Word (DOCX)…"), u"reportDocx"_s, [this] { saveAsked(u"docx"_s, tr("Word document (*.docx)")); });
    button(tr("ODT (LibreOffice)…"), u"reportOdt"_s, [this] { saveAsked(u"odt"_s, tr("OpenDocument text (*.odt)")); });
    button(tr("Tables as XLSX…"), u"reportXlsx"_s, [this] { saveAsked(u"xlsx"_s, tr("Excel workbook (*.xlsx)")); });
    button(tr("Tables as CSV…"), u"reportCsv"_s, [this] { saveAsked(u"csv"_s, tr("CSV (*.csv)")); });
    buttons->addStretch();
    button(tr("Issue for the record"), u"reportIssue"_s, &ReportsPage::issue);
    layout->addLayout(buttons);

    auto* texts = new QGroupBox(tr("The chief auditor's texts of the audit report"), this);
    auto* textsLayout = new QFormLayout(texts);
    m_opinion = new QPlainTextEdit(texts);
    m_opinion->setObjectName(u"reportOpinion"_s);
    m_remarks = new QPlainTextEdit(texts);
    m_remarks->setObjectName(u"reportRemarks"_s);
    m_opinion->setMaximumHeight(110);
    m_remarks->setMaximumHeight(70);
    textsLayout->addRow(tr("2. Overall opinion:"), m_opinion);
    textsLayout->addRow(tr("7. Remarks:"), m_remarks);
    // The texts save themselves onto the audit they were loaded for; the button saves at once.
    const auto saveText = [this](const QVariant& record, const QString& text) {
        const qint64 audit = record.toList().value(0).toLongLong();
        const QString key = record.toList().value(1).toString();
        m_reports.setFreeText(audit, key, text, m_textVersions.value({audit, key}));
        m_textVersions.insert({audit, key}, m_reports.freeText(audit, key).version);
    };
    m_opinionField = new AutosaveField(m_opinion, tr("Save the texts"), saveText, this);
    m_remarksField = new AutosaveField(m_remarks, tr("Save the texts"), saveText, this);
    m_saveTexts = new QPushButton(tr("Save the texts"), texts);
    m_saveTexts->setObjectName(u"reportSaveTexts"_s);
    connect(m_saveTexts, &QPushButton::clicked, this, &ReportsPage::saveFreeTexts);
    textsLayout->addRow(QString(), m_saveTexts);
    layout->addWidget(texts);

    layout->addWidget(new QLabel(u"<b>"_s % tr("Issued reports") % u"</b>"_s, this));
    m_issued = readOnlyTable(
        {tr("Issued"), tr("Report"), tr("Fiscal year"), tr("Title"), tr("Pages"), tr("SHA-256"), tr("Issued by")},
        u"issuedReports"_s, this);
    layout->addWidget(m_issued, 1);
    auto* issuedButtons = new QHBoxLayout;
    auto* savePdf = new QPushButton(tr("Save the issued PDF…"), this);
    connect(savePdf, &QPushButton::clicked, this, &ReportsPage::saveIssued);
    issuedButtons->addWidget(savePdf);
    issuedButtons->addStretch();
    layout->addLayout(issuedButtons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::chosenChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ReportsPage::chosenChanged);
    connect(&m_reports, &ReportService::changed, this, &ReportsPage::reloadIssued);
    chosenChanged();
    reloadIssued();
}

ReportKind ReportsPage::kind() const
{
    return static_cast<ReportKind>(m_kind->currentData().toInt());
}

int ReportsPage::fiscalYear() const
{
    return m_year->currentData().toInt();
}

qint64 ReportsPage::unitId() const
{
    return m_unit->currentData().toLongLong();
}

void ReportsPage::choose(ReportKind kind, int fiscalYear, qint64 unitId)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_year->setCurrentIndex(m_year->findData(fiscalYear));
    if (unitId)
        m_unit->setCurrentIndex(m_unit->findData(unitId));
}

void ReportsPage::chosenChanged()
{
    const ReportKind chosen = kind();
    m_unit->setEnabled(chosen == ReportKind::UnitNotice);
    m_appendix->setEnabled(chosen == ReportKind::Audit);
    switch (chosen) {
    case ReportKind::Audit:
        m_about->setText(tr("To the security committee: overview, overall opinion, results by chapter and unit, every "
                            "finding with its notes and evidence, the comparison with last year and the remediation "
                            "of last year's findings."));
        break;
    case ReportKind::UnitNotice:
        m_about->setText(tr("To one unit: its results and findings, and the date by which it is to enter its "
                            "remediation plans."));
        break;
    case ReportKind::Remediation:
        m_about->setText(tr("The CISO's report: plans by status and unit, overdue plans, progress since the last "
                            "issued report, exceptions in force and cross-department checks."));
        break;
    case ReportKind::SelfInspection:
        m_about->setText(tr("Per campaign: ○ by unit and chapter, the items most often answered ×, and where the "
                            "answers disagree with the audit."));
        break;
    }
    loadFreeTexts();
}

void ReportsPage::loadFreeTexts()
{
    // What was typed is saved onto the audit it was typed for before the texts of another year are shown.
    saveFreeTexts();
    m_textAudit = 0;
    const QList<AuditPlan> audits = m_workspace.audits().audits(fiscalYear());
    if (!audits.isEmpty())
        m_textAudit = audits.last().id;
    const bool chief =
        m_textAudit && m_workspace.audits().audit(m_textAudit).chiefAuditorId == m_workspace.session().personId;
    for (const auto& [field, key] :
         {std::pair{m_opinionField, ReportService::OpinionKey}, std::pair{m_remarksField, ReportService::RemarksKey}}) {
        const QString name = QString::fromUtf16(key);
        const ReportService::FreeText text =
            m_textAudit ? m_reports.freeText(m_textAudit, name) : ReportService::FreeText{};
        m_textVersions.insert({m_textAudit, name}, text.version);
        field->load(QVariantList{m_textAudit, name}, text.body, chief);
    }
    m_saveTexts->setEnabled(chief);
}

bool ReportsPage::saveFreeTexts()
{
    const bool opinionSaved = m_opinionField->flush();
    return m_remarksField->flush() && opinionSaved;
}

std::function<ReportDocument()> ReportsPage::composer() const
{
    // Composed on another thread, over a connection of its own, with the same person signed in: a report of
    // thousands of pages takes a while, and the window stays responsive and can cancel.
    const ConnectionSpec spec = m_workspace.database().spec();
    const Session session = m_workspace.session();
    const ReportKind chosen = kind();
    const int year = fiscalYear();
    const qint64 unit = chosen == ReportKind::UnitNotice ? unitId() : 0;
    const bool appendix = m_appendix->isChecked();
    const QString number = m_number->text().trimmed();
    return [=] {
        Workspace workspace(Database::open(spec), session);
        ReportDocument document = chosen == ReportKind::Audit ? workspace.reports().auditReport(year, appendix)
                                                              : workspace.reports().build(chosen, year, unit);
        document.values.insert(u"文書番号"_s, number);
        return document;
    };
}

void ReportsPage::preview()
{
    saveFreeTexts(); // every report action prints what is stored, so the texts being typed are saved first
    auto* preview = new ReportPreview(composer(), m_kind->currentText(), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &ReportPreview::printRequested, this,
            [this](const ReportDocument& document) { printDocument([document] { return document; }); });
    preview->show();
}

void ReportsPage::print()
{
    saveFreeTexts();
    printDocument(composer());
}

void ReportsPage::printDocument(const std::function<ReportDocument()>& compose)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(ReportPainter::Resolution); // as the PDF is laid out: its charts' labels keep their size
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        BackgroundTask::run(this, tr("Printing…"), [&](const ReportPainter::Progress& progress) {
            ReportPainter::paint(compose(), printer, progress);
        });
    } catch (const Cancelled&) {
    } catch (const Error& error) {
        MessageBox::error(this, tr("Print"), error.message());
    }
}

bool ReportsPage::saveAs(const QString& path)
{
    saveFreeTexts();
    try {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!ReportOutput::formats().contains(suffix))
            throw Error(tr("Choose a file ending in .pdf, .docx, .odt, .xlsx or .csv."));
        const auto compose = composer();
        BackgroundTask::run(
            this, tr("Writing %1…").arg(QFileInfo(path).fileName()),
            [&](const ReportPainter::Progress& progress) { ReportOutput::write(compose(), suffix, path, progress); });
        return true;
    } catch (const Error& error) {
        MessageBox::error(this, tr("Save the report"), error.message());
        return false;
    }
}

void ReportsPage::saveAsked(const QString& suffix, const QString& filter)
{
    const QString name = ReportService::kindKey(kind()) % u"-"_s % QString::number(fiscalYear()) % u"."_s % suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), name, filter);
    if (!path.isEmpty() && saveAs(path))
        MessageBox::information(this, tr("Save the report"), tr("Written to %1.").arg(path));
}

bool ReportsPage::issue()
{
    saveFreeTexts();
    if (!MessageBox::confirm(this, tr("Issue for the record"),
                             tr("Keep this report as issued today, with its PDF and SHA-256? An issued report "
                                "cannot be changed.")))
        return false;
    try {
        m_reports.issue(kind(), fiscalYear(), kind() == ReportKind::UnitNotice ? unitId() : 0);
        return true;
    } catch (const Error& error) {
        MessageBox::error(this, tr("Issue for the record"), error.message());
        return false;
    }
}

void ReportsPage::reloadIssued()
{
    const QList<IssuedReport> issued = m_reports.issued();
    m_issued->setRowCount(static_cast<int>(issued.size()));
    for (int r = 0; r < issued.size(); ++r) {
        const IssuedReport& report = issued[r];
        const QStringList cells{formatDate(report.issuedAt.toLocalTime().date()) % u" "_s %
                                    report.issuedAt.toLocalTime().toString(u"HH:mm"_s),
                                ReportService::kindName(report.kind),
                                formatFiscalYear(report.fiscalYear),
                                report.title,
                                QString::number(report.pages),
                                report.sha256,
                                report.issuedBy};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, report.id);
            m_issued->setItem(r, c, item);
        }
    }
    m_issued->resizeColumnsToContents();
    m_issued->horizontalHeader()->setStretchLastSection(false);
    m_issued->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void ReportsPage::saveIssued()
{
    const QTableWidgetItem* item = m_issued->currentItem();
    if (!item)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the issued PDF"), u"issued.pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        OutputFile::write(path, m_reports.issuedPdf(item->data(Qt::UserRole).toLongLong()));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Save the issued PDF"), error.message());
    }
}

} // namespace kansa
