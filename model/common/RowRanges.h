#pragma once

#include <QHash>
#include <QList>

namespace kansa {

// The rows of a long list held a range at a time, as a lazy table model reads them (PlanTableModel,
// FindingTableModel): a range is read when a row of it is first asked for, and a long scroll keeps only the ranges
// read last in memory.
template <typename Row, int Size = 200> class RowRanges
{
public:
    static constexpr int RangeSize = Size;

    void clear() { m_ranges.clear(); }
    // The first range, read with the list's count.
    void setFirst(QList<Row> rows) { m_ranges.insert(0, std::move(rows)); }

    // The row, its range read with read(first, count) if it is not held; an empty row past the end.
    template <typename Read> const Row& at(int row, Read read)
    {
        const int range = row / Size;
        auto found = m_ranges.find(range);
        if (found == m_ranges.end()) {
            if (m_ranges.size() >= MaxRanges)
                m_ranges.clear();
            found = m_ranges.insert(range, read(range * Size, Size));
        }
        static const Row none;
        const int offset = row - range * Size;
        return offset < found->size() ? found->at(offset) : none;
    }

private:
    static constexpr int MaxRanges = 50;
    QHash<int, QList<Row>> m_ranges; // by first row / Size
};

} // namespace kansa
