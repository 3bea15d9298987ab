#include "ChecklistsPage.h"

#include "checklist/ShippedChecklists.h"
#include "common/Error.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

ChecklistsPage::ChecklistsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"checklistsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These checklists ship with Kansa. They were derived clause by clause from real "
                                "municipal security policies; every item quotes the clause it checks."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(this);
    table->setObjectName(u"shippedChecklists"_s);
    table->setColumnCount(6);
    table->setHorizontalHeaderLabels(
        {tr("Checklist"), tr("Kind"), tr("Version"), tr("Chapters"), tr("Items"), tr("Source documents")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    try {
        const QString language = QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
        const QList<ChecklistSummary> checklists = ShippedChecklists::list();
        table->setRowCount(static_cast<int>(checklists.size()));
        for (int row = 0; row < checklists.size(); ++row) {
            const ChecklistSummary& c = checklists[row];
            table->setItem(row, 0, new QTableWidgetItem(c.title(language)));
            table->setItem(row, 1, new QTableWidgetItem(ShippedChecklists::kindName(c.kind)));
            table->setItem(row, 2, new QTableWidgetItem(QString::number(c.version)));
            table->setItem(row, 3, new QTableWidgetItem(QString::number(c.chapters)));
            table->setItem(row, 4, new QTableWidgetItem(tr("%1 (%2 priority)").arg(c.items).arg(c.priorityItems)));
            table->setItem(row, 5, new QTableWidgetItem(c.documents.join(tr(", "))));
        }
    } catch (const Error& error) {
        intro->setText(error.message());
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
}

} // namespace kansa
