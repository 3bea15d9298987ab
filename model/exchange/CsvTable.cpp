#include "CsvTable.h"

#include "common/Error.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

CsvTable::CsvTable(const QByteArray& bytes, const QList<Column>& columns)
    : m_read(CsvReader::read(bytes))
    , m_problems(m_read.problems)
{
    if (m_read.records.isEmpty())
        return;
    const CsvRecord& heading = m_read.records.first();
    for (int i = 0; i < heading.fields.size(); ++i) {
        const QString text = heading.fields[i].trimmed();
        m_headings << text;
        bool known = false;
        for (const Column& column : columns) {
            for (const QString& accepted : column.headings) {
                if (text.compare(accepted, Qt::CaseInsensitive) == 0) {
                    if (m_index.contains(column.key))
                        m_problems << ImportProblem{
                            heading.line, i + 1, text,
                            tr("The column appears twice (also column %1).").arg(m_index.value(column.key) + 1)};
                    m_index.insert(column.key, i);
                    known = true;
                }
            }
        }
        if (!known && !text.isEmpty())
            m_ignored << text;
    }
    for (const Column& column : columns) {
        if (column.required && !m_index.contains(column.key))
            m_problems << ImportProblem{heading.line,
                                        0,
                                        {},
                                        tr("The heading line has no column 「%1」 (accepted headings: %2).")
                                            .arg(column.headings.first(), column.headings.join(u" / "_s))};
    }
}

ImportPreview CsvTable::startPreview() const
{
    ImportPreview preview;
    preview.encoding = encoding();
    preview.problems = problems();
    preview.ignoredHeadings = ignoredHeadings();
    return preview;
}

QList<CsvRecord> CsvTable::rows() const
{
    return m_read.records.mid(1);
}

QString CsvTable::value(const CsvRecord& row, const QString& key) const
{
    const int index = m_index.value(key, -1);
    return index >= 0 && index < row.fields.size() ? row.fields[index].trimmed() : QString();
}

ImportProblem CsvTable::problem(const CsvRecord& row, const QString& key, const QString& message) const
{
    const int index = m_index.value(key, -1);
    return ImportProblem{row.line, index + 1, index >= 0 ? m_headings.value(index) : QString(), message};
}

int ImportPreview::count(Action action) const
{
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [action](const Row& row) { return row.action == action; }));
}

} // namespace kansa

namespace kansa {

void ImportPreview::requireImportable(const QString& fileName) const
{
    if (canImport())
        return;
    QStringList lines;
    for (const ImportProblem& problem : problems)
        lines << problem.toString(fileName);
    throw Error(QCoreApplication::translate("ImportPreview", "Nothing was imported from %1:\n%2")
                    .arg(fileName, lines.join(u'\n')));
}

} // namespace kansa
