#include "RemediationWidgets.h"

#include "org/OrganisationService.h"

#include <QStyle>
#include <QTableWidgetItem>
#include <QWidget>

namespace kansa {

QHash<qint64, QString> unitNames(OrganisationService& organisation)
{
    QHash<qint64, QString> names;
    for (const Unit& unit : organisation.units())
        names.insert(unit.id, unit.name);
    return names;
}

QTableWidgetItem* remediationCell(const QString& text, const QVariant& id)
{
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

void markWarning(QTableWidgetItem* item, const QWidget* styleSource, const QString& text)
{
    item->setText(text);
    item->setIcon(styleSource->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setForeground(QColor(0xB0, 0x00, 0x20));
    item->setBackground(QColor(0xFF, 0xE8, 0xE8));
    item->setToolTip(text);
}

} // namespace kansa
