#pragma once

#include <QString>

#include <functional>

#include <QHash>

class QDialog;
class QTableWidgetItem;
class QVariant;
class QWidget;

namespace kansa {

class OrganisationService;

// Every unit's name by its id.
QHash<qint64, QString> unitNames(OrganisationService& organisation);

// Shows the dialog until the person cancels or apply() succeeds. A refused input (kansa::Error) is shown and the
// dialog comes back with what was typed; a refused permission or a stale edit is shown and ends it.
bool applyDialog(QDialog& dialog, const QString& title, const std::function<void()>& apply);

// Runs work(); a refusal (kansa::Error) is shown in a message box. Returns whether it succeeded.
bool attempt(QWidget* parent, const QString& title, const std::function<void()>& work);

// A read-only cell, with an id in Qt::UserRole.
QTableWidgetItem* remediationCell(const QString& text, const QVariant& id);

// Makes a cell stand out as late, expired or due, by an icon, a colour and its text (never colour alone).
void markWarning(QTableWidgetItem* item, const QWidget* styleSource, const QString& text);

} // namespace kansa
