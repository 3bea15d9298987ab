#pragma once

#include <QHash>
#include <QString>

namespace kansa {

// QJsonDocument forgets where things stood in the text. This scanner walks the same text and remembers the
// line of every value by its JSON pointer (/chapters/0/sections/2/items/5/question), so that a problem
// found in the parsed document can name its line.
class JsonLocator final
{
public:
    explicit JsonLocator(const QString& text);
    // The line (1-based) of the value at the pointer, or of its nearest enclosing value; 0 when unknown.
    int line(const QString& pointer) const;
    static int lineOfOffset(const QString& text, qsizetype offset);

private:
    void value(const QString& pointer);
    void skipSpace();
    QString string();

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace kansa
