#pragma once

#include "exchange/CsvTable.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kansa {

// Shows what a CSV import would do (new / changed / unchanged rows, or every problem by line and column)
// and imports only when the person confirms and no row is bad.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    using Preview = std::function<ImportPreview(const QByteArray&)>;
    using Apply = std::function<ImportPreview(const QByteArray&, const QString&)>;

    CsvImportDialog(const QString& title, const QString& fileName, QByteArray bytes, Preview preview, Apply apply,
                    QWidget* parent = nullptr);

    void accept() override;

private:
    void showPreview(const ImportPreview& preview);

    QString m_fileName;
    QByteArray m_bytes;
    Apply m_apply;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_importButton;
};

} // namespace kansa
