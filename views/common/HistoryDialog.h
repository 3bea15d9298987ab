#pragma once

#include "exchange/TableExport.h"
#include "record/RecordHistory.h"

#include <QDialog>

#include <functional>

namespace kansa {

// A record's history (RecordHistory): who changed which field from what to what, and when, newest first; saved
// as an Excel workbook or CSV for the committee's file.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString& subject, const QList<HistoryEntry>& entries, QWidget* parent = nullptr);

    // Reads the history of the record named by subject and shows it; a refusal is shown instead.
    static void showHistory(QWidget* parent, const QString& subject, const std::function<QList<HistoryEntry>()>& read);

private:
    void saveAs();

    ExportTable m_table;
};

} // namespace kansa
