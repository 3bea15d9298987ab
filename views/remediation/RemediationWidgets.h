#pragma once

#include <QString>

#include <QHash>

class QTableWidgetItem;
class QVariant;
class QWidget;

namespace kansa {

class OrganisationService;

// Every unit's name by its id.
QHash<qint64, QString> unitNames(OrganisationService& organisation);

// A read-only cell, with an id in Qt::UserRole.
QTableWidgetItem* remediationCell(const QString& text, const QVariant& id);

// Makes a cell stand out as late, expired or due, by an icon, a colour and its text (never colour alone).
void markWarning(QTableWidgetItem* item, const QWidget* styleSource, const QString& text);

} // namespace kansa
