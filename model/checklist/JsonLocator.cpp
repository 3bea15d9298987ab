#include "JsonLocator.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

JsonLocator::JsonLocator(const QString& text)
    : m_text(text)
{
    value(QString());
}

int JsonLocator::lineOfOffset(const QString& text, qsizetype offset)
{
    return 1 + static_cast<int>(QStringView(text).left(std::min(offset, text.size())).count(u'\n'));
}

int JsonLocator::line(const QString& pointer) const
{
    for (QString p = pointer;; p.truncate(p.lastIndexOf(u'/'))) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.cend())
            return *it;
        if (p.isEmpty())
            return 0;
    }
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
        if (m_text.at(m_pos) == u'\n')
            ++m_line;
        ++m_pos;
    }
}

QString JsonLocator::string()
{
    QString result;
    ++m_pos; // the opening quote
    while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
        if (m_text.at(m_pos) == u'\\')
            ++m_pos; // an escape never ends the string; its exact value does not matter for keys we look up
        else if (m_text.at(m_pos) == u'\n')
            ++m_line;
        if (m_pos < m_text.size())
            result += m_text.at(m_pos);
        ++m_pos;
    }
    ++m_pos; // the closing quote
    return result;
}

void JsonLocator::value(const QString& pointer)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return;
    m_lines.insert(pointer, m_line);
    const QChar c = m_text.at(m_pos);
    if (c == u'{') {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == u'}')
                break;
            if (m_text.at(m_pos) != u'"')
                return; // malformed: QJsonDocument reports it
            const int keyLine = m_line;
            const QString key = string();
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':')
                return;
            ++m_pos;
            value(pointer % u'/' % key);
            m_lines.insert(pointer % u'/' % key, keyLine);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',')
                ++m_pos;
        }
        ++m_pos;
    } else if (c == u'[') {
        ++m_pos;
        for (int index = 0;; ++index) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == u']')
                break;
            const qsizetype before = m_pos;
            value(pointer % u'/' % QString::number(index));
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == u',')
                ++m_pos;
            if (m_pos == before)
                return;
        }
        ++m_pos;
    } else if (c == u'"') {
        string();
    } else {
        while (m_pos < m_text.size() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != u',' &&
               m_text.at(m_pos) != u'}' && m_text.at(m_pos) != u']')
            ++m_pos;
    }
}

} // namespace kansa
