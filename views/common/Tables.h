#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace kansa {

// A read-only table of whole rows, one selected at a time, as the lists of the areas use.
QTableWidget* readOnlyTable(const QStringList& headings, const QString& objectName, QWidget* parent);

} // namespace kansa
