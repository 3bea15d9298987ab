#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace kansa {

// The automatic numbering of a Word document (word/numbering.xml): Word stores 「(1)」「①」「（ア）」 of a numbered
// paragraph not in its text but as a list and level, and draws the marker. This renders the markers as Word
// draws them, so that the clause tree sees the numbers the reader sees.
class DocxNumbering final
{
public:
    // An empty numbering (a document without numbered paragraphs).
    DocxNumbering() = default;
    // Reads numbering.xml; *error and *line say what is wrong where when it is damaged (the numbering is then
    // empty).
    static DocxNumbering read(const QByteArray& xml, QString* error, qint64* line);

    // The marker of the next paragraph of list numId at level (0-based), counting it; empty when the list is
    // unknown or its level draws no marker.
    QString next(const QString& numId, int level);

private:
    struct Level
    {
        QString format; // numFmt: decimal, decimalEnclosedCircle, aiueoFullWidth, …
        QString text;   // lvlText: 「(%2)」
        int start = 1;
    };

    static QString render(int number, const QString& format);

    QHash<QString, QList<Level>> m_abstract; // abstractNumId -> levels
    QHash<QString, QString> m_lists;         // numId -> abstractNumId
    QHash<QString, QList<int>> m_counters;   // numId -> the current number of each level
};

} // namespace kansa
