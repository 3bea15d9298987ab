#pragma once

#include <QDate>
#include <QVariant>

namespace kansa {

// Dates are stored as ISO text, and an absent date or id as SQL NULL.
inline QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace kansa
