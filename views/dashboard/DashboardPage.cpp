#include "DashboardPage.h"

#include "calendar/JapaneseCalendar.h"
#include "common/Error.h"
#include "common/MessageBox.h"
#include "common/Tables.h"
#include "exchange/OutputFile.h"
#include "org/OrganisationService.h"
#include "remediation/RemediationService.h"
#include "settings/AppSettings.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStyle>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr int ChartedUnits = 10; // the lowest units; the full list is one click away

const QColor ThisYear(0x2f, 0x6f, 0xb5);
const QColor PreviousYear(0xb8, 0xc4, 0xd2);

QColor stateColour(const std::optional<PlanStatus>& state)
{
    if (!state)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (*state) {
    case PlanStatus::NotStarted:
        return QColor(0xd3, 0x2f, 0x2f);
    case PlanStatus::InProgress:
        return QColor(0xf5, 0x7c, 0x00);
    case PlanStatus::Completed:
        return QColor(0xfb, 0xc0, 0x2d);
    case PlanStatus::Verified:
        return QColor(0x38, 0x8e, 0x3c);
    case PlanStatus::RiskAccepted:
        return QColor(0x7b, 0x1f, 0xa2);
    }
    return {};
}

QString shortLabel(const QString& label, int length = 14)
{
    return label.size() > length ? label.left(length - 1) % u'…' : label;
}

void fillTable(QTableWidget* table, const ExportTable& content)
{
    table->clear();
    table->setColumnCount(static_cast<int>(content.headers.size()));
    table->setHorizontalHeaderLabels(content.headers);
    table->setRowCount(static_cast<int>(content.rows.size()));
    for (int r = 0; r < content.rows.size(); ++r) {
        for (int c = 0; c < content.rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(content.rows[r][c]));
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 360));
    table->horizontalHeader()->setStretchLastSection(true);
}

// Rows whose last cell says why they need attention get a warning icon and red text: never colour alone.
void markAttention(QTableWidget* table, QWidget* style)
{
    const QIcon warning = style->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int last = table->columnCount() - 1;
    for (int r = 0; r < table->rowCount(); ++r) {
        QTableWidgetItem* reason = table->item(r, last);
        if (!reason || reason->text().isEmpty())
            continue;
        table->item(r, 0)->setIcon(warning);
        for (int c = 0; c <= last; ++c) {
            if (QTableWidgetItem* item = table->item(r, c))
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
        }
    }
}

// A count axis from zero with whole-number ticks.
QValueAxis* countAxis(int highest)
{
    auto* axis = new QValueAxis;
    int step = 1;
    for (int nice : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000}) {
        step = nice;
        if (highest / nice <= 6)
            break;
    }
    axis->setRange(0, (highest / step + 1) * step); // headroom above the highest value
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

QChart* freshChart(QChartView* view)
{
    QChart* old = view->chart();
    auto* chart = new QChart;
    chart->setTitle(old->title());
    chart->setTitleFont(old->titleFont());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    view->setChart(chart);
    delete old;
    return chart;
}

} // namespace

DashboardPage::DashboardPage(DashboardService& dashboard, RemediationService& remediation,
                             OrganisationService& organisation, QWidget* parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_organisation(organisation)
{
    setObjectName(u"dashboardPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(u"<h2>"_s % tr("CISO dashboard") % u"</h2>"_s, this);
    bar->addWidget(title);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Fiscal year:"), this));
    m_year = new QComboBox(this);
    m_year->setObjectName(u"dashboardYear"_s);
    bar->addWidget(m_year);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dashboardSummary"_s);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"dashboardExport"_s);
    exportButton->setToolTip(tr("Every figure and the list shown below them, as an Excel workbook or CSV"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    if (!m_dashboard.canRead()) {
        auto* refused = new QLabel(tr("The dashboard shows every unit's records: the CISO, the chief information "
                                      "security manager, the auditors and the administrator see it."),
                                   this);
        refused->setObjectName(u"dashboardRefused"_s);
        refused->setWordWrap(true);
        layout->addWidget(refused);
        layout->addStretch();
        m_year->setEnabled(false);
        exportButton->setEnabled(false);
        m_chapterChart = m_unitChart = m_findingsChart = m_burnDownChart = nullptr;
        m_overdue = m_exceptions = m_detailTable = nullptr;
        m_detailTitle = nullptr;
        return;
    }

    auto* splitter = new QSplitter(Qt::Vertical, this);
    // The charts scroll on a small screen (1024×768) rather than widening the window.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    auto* charts = new QGridLayout(grid);
    charts->setContentsMargins(0, 0, 0, 0);
    m_chapterChart = chartView(u"chapterChart"_s, tr("Compliance by chapter (%), this year and last"));
    m_unitChart = chartView(u"unitChart"_s, tr("Units with the lowest compliance (%)"));
    m_findingsChart = chartView(u"findingsChart"_s, tr("Findings by severity and remediation"));
    m_burnDownChart = chartView(u"burnDownChart"_s, tr("Open findings at each month end"));
    charts->addWidget(m_chapterChart, 0, 0);
    charts->addWidget(m_unitChart, 0, 1);
    charts->addWidget(m_findingsChart, 0, 2);
    charts->addWidget(m_burnDownChart, 1, 0);
    auto listBox = [&](const QString& heading, QTableWidget*& table, const QString& name) {
        auto* box = new QWidget(grid);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(u"<b>"_s % heading % u"</b>"_s, box));
        table = readOnlyTable({}, name, box);
        boxLayout->addWidget(table);
        return box;
    };
    charts->addWidget(listBox(tr("Overdue remediation plans (all years)"), m_overdue, u"overdueTable"_s), 1, 1);
    connect(m_overdue, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(m_overdue, row); });
    charts->addWidget(listBox(tr("Exceptions expired, expiring within %n days or due for review", nullptr,
                                 DashboardFigures::ExpiringDays),
                              m_exceptions, u"exceptionsTable"_s),
                      1, 2);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);
    scroll->setWidget(grid);
    splitter->addWidget(scroll);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(
        tr("Click a bar, a point or a row above to list what is behind it; double-click a row to open it."), detail);
    m_detailTitle->setObjectName(u"dashboardDetailTitle"_s);
    detailLayout->addWidget(m_detailTitle);
    m_detailTable = readOnlyTable({}, u"dashboardDetail"_s, detail);
    // The list behind a chart shows several rows, not one and a half.
    m_detailTable->setMinimumHeight(8 * fontMetrics().height());
    detailLayout->addWidget(m_detailTable);
    connect(m_detailTable, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(m_detailTable, row); });
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &DashboardPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &DashboardPage::exportAsked);
    connect(&remediation, &RemediationService::changed, this, [this] {
        if (m_loaded)
            reload();
    });
    connect(&organisation, &OrganisationService::fiscalYearsChanged, this, [this] { fillYears(fiscalYear()); });
    // The figures are computed when the area is first shown (or a year is chosen), not at sign-in.
    fillYears(JapaneseCalendar::fiscalYearOf(QDate::currentDate()));
}

void DashboardPage::showEvent(QShowEvent* event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

QChartView* DashboardPage::chartView(const QString& objectName, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    auto* view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 260);
    return view;
}

int DashboardPage::fiscalYear() const
{
    return m_year->currentData().toInt();
}

void DashboardPage::setFiscalYear(int year)
{
    fillYears(year);
    reload();
}

void DashboardPage::fillYears(int year)
{
    QList<int> years = m_organisation.fiscalYears();
    if (!years.contains(year))
        years << year;
    std::ranges::sort(years, std::greater());
    const QSignalBlocker blocker(m_year);
    m_year->clear();
    for (int each : years)
        m_year->addItem(formatFiscalYear(each), each);
    m_year->setCurrentIndex(m_year->findData(year));
}

void DashboardPage::reload()
{
    if (!m_chapterChart)
        return;
    m_loaded = true;
    try {
        m_figures = m_dashboard.figures(fiscalYear());
    } catch (const Error& error) {
        MessageBox::error(this, tr("Dashboard"), error.message());
        return;
    }
    int open = 0;
    for (const FindingTally& tally : m_figures.findings) {
        if (!tally.status || (*tally.status != PlanStatus::Verified && *tally.status != PlanStatus::RiskAccepted))
            open += tally.count;
    }
    m_summary->setText(tr("Findings %1 (major %2) · not yet closed %3 · overdue plans %4 · exceptions needing "
                          "attention %5")
                           .arg(m_figures.findingCount())
                           .arg(m_figures.findingCount(Severity::Major))
                           .arg(open)
                           .arg(m_figures.overdue.size())
                           .arg(m_figures.exceptions.size()));
    fillChapterChart();
    fillUnitChart();
    fillFindingsChart();
    fillBurnDownChart();
    fillLists();
}

void DashboardPage::fillChapterChart()
{
    QChart* chart = freshChart(m_chapterChart);
    auto* previous = new QBarSet(formatFiscalYear(fiscalYear() - 1));
    auto* current = new QBarSet(formatFiscalYear(fiscalYear()));
    previous->setColor(PreviousYear);
    current->setColor(ThisYear);
    QStringList categories;
    // Horizontal bars run bottom-up: the last chapter first, so the first reads at the top.
    for (qsizetype i = m_figures.chapters.size() - 1; i >= 0; --i) {
        const ComplianceFigure& figure = m_figures.chapters[i];
        categories << shortLabel(figure.label);
        previous->append(std::max(0.0, figure.previousRate));
        current->append(std::max(0.0, figure.rate()));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(previous);
    series->append(current);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto* values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    const qsizetype count = m_figures.chapters.size();
    auto chapterAt = [count](int barIndex) { return static_cast<int>(count - 1 - barIndex); };
    for (QBarSet* set : {previous, current})
        connect(set, &QBarSet::clicked, this, [this, chapterAt](int index) { showChapter(chapterAt(index)); });
    connect(current, &QBarSet::hovered, this, [this, chapterAt](bool on, int index) {
        if (!on)
            return QToolTip::hideText();
        const ComplianceFigure& figure = m_figures.chapters.value(chapterAt(index));
        QString text =
            tr("%1: %2% of %3 assessed").arg(figure.label).arg(figure.rate(), 0, 'f', 1).arg(figure.assessed());
        if (figure.previousRate >= 0)
            text += u"\n"_s % tr("Previous year %1%, change %2 points")
                                  .arg(figure.previousRate, 0, 'f', 1)
                                  .arg(figure.rate() - figure.previousRate, 0, 'f', 1);
        QToolTip::showText(QCursor::pos(), text);
    });
}

void DashboardPage::fillUnitChart()
{
    QChart* chart = freshChart(m_unitChart);
    m_shownUnits = m_figures.units.mid(0, ChartedUnits);
    auto* set = new QBarSet(formatFiscalYear(fiscalYear()));
    set->setColor(ThisYear);
    QStringList categories;
    for (qsizetype i = m_shownUnits.size() - 1; i >= 0; --i) {
        categories << shortLabel(m_shownUnits[i].label, 12);
        set->append(std::max(0.0, m_shownUnits[i].rate()));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    chart->legend()->hide();
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto* values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(u"%d"_s);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    const qsizetype count = m_shownUnits.size();
    connect(set, &QBarSet::clicked, this, [this, count](int index) { showUnit(static_cast<int>(count - 1 - index)); });
}

void DashboardPage::fillFindingsChart()
{
    QChart* chart = freshChart(m_findingsChart);
    auto* series = new QStackedBarSeries;
    const QList<std::optional<PlanStatus>>& states = DashboardService::states();
    for (int s = 0; s < states.size(); ++s) {
        auto* set = new QBarSet(DashboardService::stateName(states[s]));
        set->setColor(stateColour(states[s]));
        for (Severity severity : DashboardService::severities()) {
            int count = 0;
            for (const FindingTally& tally : m_figures.findings) {
                if (tally.severity == severity && tally.status == states[s])
                    count += tally.count;
            }
            set->append(count);
        }
        connect(set, &QBarSet::clicked, this, [this, s](int severityIndex) { showFindings(severityIndex, s); });
        series->append(set);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* axis = new QBarCategoryAxis;
    for (Severity severity : DashboardService::severities())
        axis->append(AuditTexts::name(severity));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    int highest = 0;
    for (Severity severity : DashboardService::severities())
        highest = std::max(highest, m_figures.findingCount(severity));
    chart->addAxis(countAxis(highest), Qt::AlignLeft);
    series->attachAxis(chart->axes(Qt::Vertical).first());
}

void DashboardPage::fillBurnDownChart()
{
    QChart* chart = freshChart(m_burnDownChart);
    chart->legend()->hide();
    auto* line = new QLineSeries;
    auto* points = new QScatterSeries; // clickable markers on the line
    line->setColor(ThisYear);
    points->setColor(ThisYear);
    points->setMarkerSize(8);
    QStringList months;
    int highest = 0;
    for (int i = 0; i < m_figures.burnDown.size(); ++i) {
        const BurnDownPoint& point = m_figures.burnDown[i];
        line->append(i, point.open);
        points->append(i, point.open);
        months << QLocale().monthName(point.date.month(), QLocale::ShortFormat);
        highest = std::max(highest, point.open);
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto* axis = new QBarCategoryAxis;
    axis->append(months);
    axis->setTruncateLabels(false);
    chart->addAxis(axis, Qt::AlignBottom);
    line->attachAxis(axis);
    points->attachAxis(axis);
    QValueAxis* values = countAxis(highest);
    chart->addAxis(values, Qt::AlignLeft);
    line->attachAxis(values);
    points->attachAxis(values);
    connect(line, &QLineSeries::clicked, this, &DashboardPage::showOpenPlans);
    connect(points, &QScatterSeries::clicked, this, &DashboardPage::showOpenPlans);
}

void DashboardPage::fillLists()
{
    const ExportTable overdue = m_dashboard.overduePlans(m_figures);
    fillTable(m_overdue, overdue);
    m_overdueRecords = overdue.records;
    markAttention(m_overdue, this);
    fillTable(m_exceptions, m_dashboard.exceptions(m_figures));
    markAttention(m_exceptions, this);
}

void DashboardPage::showDetail(const ExportTable& table, bool lastColumnIsAttention)
{
    m_detail = table;
    m_detailTitle->setText(u"<b>"_s % table.title.toHtmlEscaped() % u"</b> — "_s %
                           tr("%n row(s)", nullptr, static_cast<int>(table.rows.size())));
    fillTable(m_detailTable, table);
    if (lastColumnIsAttention)
        markAttention(m_detailTable, this);
}

void DashboardPage::openRow(const QTableWidget* table, int row)
{
    const QList<RecordRef>& records = table == m_overdue ? m_overdueRecords : m_detail.records;
    if (row < 0 || row >= records.size())
        return;
    const RecordRef& record = records.at(row);
    if (record.kind == RecordRef::Kind::Plan)
        Q_EMIT planActivated(record.id);
    else
        Q_EMIT itemActivated(record.auditId, record.unitId, record.itemKey);
}

void DashboardPage::showChapter(int index)
{
    if (index >= 0 && index < m_figures.chapters.size())
        showDetail(m_dashboard.chapterResults(fiscalYear(), m_figures.chapters[index].key));
}

void DashboardPage::showUnit(int index)
{
    if (index >= 0 && index < m_shownUnits.size())
        showDetail(m_dashboard.unitResults(fiscalYear(), m_shownUnits[index].key.toLongLong()));
}

void DashboardPage::showFindings(int severityIndex, int stateIndex)
{
    const QList<Severity>& severities = DashboardService::severities();
    const QList<std::optional<PlanStatus>>& states = DashboardService::states();
    if (severityIndex < 0 || severityIndex >= severities.size() || stateIndex < 0 || stateIndex >= states.size())
        return;
    showDetail(m_dashboard.findings(fiscalYear(), severities[severityIndex], states[stateIndex]));
}

void DashboardPage::showOpenPlans()
{
    showDetail(m_dashboard.openPlans(fiscalYear()), true);
}

void DashboardPage::exportTo(const QString& path)
{
    QList<ExportTable> tables = m_dashboard.tables(m_figures);
    if (!m_detail.title.isEmpty())
        tables << m_detail;
    if (QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0) {
        OutputFile::write(path, TableExport::csv(tables));
        return;
    }
    TableExport::writeXlsx(tables, path);
}

void DashboardPage::exportAsked()
{
    const QString name = tr("dashboard-%1").arg(fiscalYear());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), name % u".xlsx"_s,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        exportTo(path);
        MessageBox::information(this, tr("Export the dashboard"), tr("Written to %1.").arg(path));
    } catch (const Error& error) {
        MessageBox::error(this, tr("Export the dashboard"), error.message());
    }
}

} // namespace kansa
