#pragma once

#include "report/ReportPainter.h"
#include "report/ReportService.h"

#include <QHash>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace kansa {

class AutosaveField;

class Workspace;

// The reports area: choose a report (the audit report, a unit's notice, the remediation progress report, the
// self-inspection summary) and a fiscal year; preview and print it, save it as PDF, DOCX, ODT, XLSX or CSV, issue it
// for the record; the chief auditor writes the audit report's 総評 and 特記事項 here. Reports are built from the
// data each time.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(Workspace& workspace, QWidget* parent = nullptr);

    void choose(ReportKind kind, int fiscalYear, qint64 unitId = 0);
    // Builds the chosen report and writes it; the format follows the file's suffix (pdf, docx, odt, xlsx, csv).
    // Problems are shown to the user; returns whether the file was written.
    bool saveAs(const QString& path);
    bool issue();
    bool saveFreeTexts();

private:
    ReportKind kind() const;
    int fiscalYear() const;
    qint64 unitId() const;
    void chosenChanged();
    void loadFreeTexts();
    void reloadIssued();
    void preview();
    void print();
    void saveAsked(const QString& suffix, const QString& filter);
    void saveIssued();
    // Composes the chosen report; it runs on another thread.
    std::function<ReportDocument()> composer() const;
    // Asks for a printer, then composes and prints on another thread, with progress and cancel.
    void printDocument(const std::function<ReportDocument()>& compose);

    Workspace& m_workspace;
    ReportService& m_reports;
    QComboBox* m_kind;
    QComboBox* m_year;
    QComboBox* m_unit;
    QLineEdit* m_number;
    QCheckBox* m_appendix;
    QLabel* m_about;
    QPlainTextEdit* m_opinion;
    QPlainTextEdit* m_remarks;
    QPushButton* m_saveTexts;
    QTableWidget* m_issued;
    AutosaveField* m_opinionField;
    AutosaveField* m_remarksField;
    qint64 m_textAudit = 0;
    QHash<QPair<qint64, QString>, int> m_textVersions; // (audit, key) → version of the text shown
};

} // namespace kansa
