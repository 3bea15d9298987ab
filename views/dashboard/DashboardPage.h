#pragma once

#include "dashboard/DashboardService.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace kansa {

class OrganisationService;
class RemediationService;

// The CISO dashboard: a fiscal year's compliance by chapter (with the previous year beside it) and by unit,
// findings by severity and remediation state, the burn-down of open findings, overdue plans and exceptions
// needing attention. Clicking a bar, a point or a row shows the list behind it below the charts; the figures
// and that list export to XLSX or CSV.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(DashboardService& dashboard, RemediationService& remediation, OrganisationService& organisation,
                  QWidget* parent = nullptr);

    int fiscalYear() const;
    void setFiscalYear(int year);
    const DashboardFigures& figures() const { return m_figures; }
    const ExportTable& detail() const { return m_detail; }
    // Writes every figure and the list shown below them: XLSX or, for a .csv path, CSV. Throws kansa::Error.
    void exportTo(const QString& path);

    // The click-throughs, also reached from the charts.
    void showChapter(int index);
    void showUnit(int index);
    void showFindings(int severityIndex, int stateIndex);
    void showOpenPlans();

Q_SIGNALS:
    // A plan's row was double-clicked: the remediation area shows that plan.
    void planActivated(qint64 planId);
    // A result's or a finding's row was double-clicked: the fieldwork shows the item of the unit (0: the whole
    // organisation) in the audit.
    void itemActivated(qint64 auditId, qint64 unitId, const QString& itemKey);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillYears(int year);
    void reload();
    void showDetail(const ExportTable& table, bool lastColumnIsAttention = false);
    void openRow(const QTableWidget* table, int row);
    void exportAsked();
    QChartView* chartView(const QString& objectName, const QString& title);
    void fillChapterChart();
    void fillUnitChart();
    void fillFindingsChart();
    void fillBurnDownChart();
    void fillLists();

    DashboardService& m_dashboard;
    OrganisationService& m_organisation;
    DashboardFigures m_figures;
    ExportTable m_detail;
    QList<RecordRef> m_overdueRecords; // the plans of the overdue list, row by row
    bool m_loaded = false;
    QList<ComplianceFigure> m_shownUnits;
    QComboBox* m_year;
    QLabel* m_summary;
    QChartView* m_chapterChart;
    QChartView* m_unitChart;
    QChartView* m_findingsChart;
    QChartView* m_burnDownChart;
    QTableWidget* m_overdue;
    QTableWidget* m_exceptions;
    QLabel* m_detailTitle;
    QTableWidget* m_detailTable;
};

} // namespace kansa
