#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <utility>

namespace kansa {

// The keys under which an enum's values are stored in the database: a table of (value, key) pairs.
template <typename Enum> using EnumKey = std::pair<Enum, const char16_t*>;

template <typename Enum, std::size_t N> QString keyOf(const EnumKey<Enum> (&table)[N], Enum value)
{
    for (const auto& [entry, key] : table) {
        if (entry == value)
            return QString::fromUtf16(key);
    }
    return {};
}

// The value stored under the key, or none for an unknown key.
template <typename Enum, std::size_t N>
std::optional<Enum> findValue(const EnumKey<Enum> (&table)[N], const QString& key)
{
    for (const auto& [entry, text] : table) {
        if (key == QString::fromUtf16(text))
            return entry;
    }
    return std::nullopt;
}

// The value stored under the key, or the table's first value for an unknown key.
template <typename Enum, std::size_t N> Enum valueOf(const EnumKey<Enum> (&table)[N], const QString& key)
{
    return findValue(table, key).value_or(table[0].first);
}

} // namespace kansa
