#pragma once

#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QHash>

namespace kansa {

// A CSV file whose first record names its columns. The importer declares the columns it knows with the
// headings people write (Japanese and English); the order in the file is free and unknown columns are
// listed and ignored.
class CsvTable final
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Column
    {
        QString key;
        QStringList headings; // accepted headings, compared without case and surrounding spaces
        bool required = false;
    };

    CsvTable(const QByteArray& bytes, const QList<Column>& columns);

    QString encoding() const { return m_read.encoding; }
    QList<ImportProblem> problems() const { return m_problems; }
    QStringList ignoredHeadings() const { return m_ignored; }
    // The data records (without the heading line), each with its line number.
    QList<CsvRecord> rows() const;
    bool has(const QString& key) const { return m_index.contains(key); }
    QString value(const CsvRecord& row, const QString& key) const;
    // What an import of this table would do, before any row is read: the encoding, the problems of the
    // heading line and the ignored columns.
    struct ImportPreview startPreview() const;
    // For a problem report: the column number and heading of a key.
    ImportProblem problem(const CsvRecord& row, const QString& key, const QString& message) const;

private:
    CsvReader::Result m_read;
    QList<ImportProblem> m_problems;
    QHash<QString, int> m_index; // key -> column index
    QStringList m_headings;
    QStringList m_ignored;
};

// What an import would do, shown before anything is written.
struct ImportPreview
{
    enum class Action
    {
        New,
        Changed,
        Unchanged
    };
    struct Row
    {
        int line = 0;
        Action action = Action::New;
        QString key; // the code that matches the row to an existing one
        QString name;
        QString detail; // what changes, or what the new row holds
    };

    QString encoding;
    QList<Row> rows;
    QList<ImportProblem> problems;
    QStringList ignoredHeadings;

    bool canImport() const { return problems.isEmpty() && !rows.isEmpty(); }
    // Throws kansa::Error listing every problem as file:line:column (heading): message.
    void requireImportable(const QString& fileName) const;
    int count(Action action) const;
};

} // namespace kansa
