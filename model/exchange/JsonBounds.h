#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kansa {

// Limits a JSON file is checked against before it is parsed, so that a hostile file (a 50 MB array of numbers,
// ten thousand nested arrays) is refused in a moment instead of taking gigabytes: a real checklist of 2,000
// items is some 4 MB, 100,000 values and 8 levels deep.
struct JsonBounds
{
    Q_DECLARE_TR_FUNCTIONS(JsonBounds)

public:
    static constexpr qint64 MaxBytes = qint64(32) << 20;
    static constexpr qint64 MaxValues = 2'000'000;
    static constexpr int MaxDepth = 64;

    struct Excess
    {
        QString what; // the limit, in words: 「more than 2000000 values」
        int line = 0; // where it was passed (1-based; 0: the file as a whole)
    };
    // What the bytes exceed, if anything: found by one pass over them (strings skipped), without parsing.
    static std::optional<Excess> exceeded(const QByteArray& bytes);
    // The same for a file's size, before it is read.
    static std::optional<Excess> exceededBySize(qint64 size);
};

} // namespace kansa
