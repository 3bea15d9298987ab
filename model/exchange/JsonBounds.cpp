#include "JsonBounds.h"

namespace kansa {

std::optional<JsonBounds::Excess> JsonBounds::exceededBySize(qint64 size)
{
    if (size > MaxBytes)
        return Excess{tr("larger than %1 MB (%2 bytes)").arg(MaxBytes >> 20).arg(size), 0};
    return std::nullopt;
}

std::optional<JsonBounds::Excess> JsonBounds::exceeded(const QByteArray& bytes)
{
    if (auto bySize = exceededBySize(bytes.size()))
        return bySize;
    qint64 values = 0;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > MaxDepth)
                return Excess{tr("nested more than %1 levels deep").arg(MaxDepth), line};
            ++values;
            break;
        case ']':
        case '}':
            --depth;
            break;
        case ',':
            ++values;
            break;
        default:
            continue;
        }
        if (values > MaxValues)
            return Excess{tr("more than %1 values").arg(MaxValues), line};
    }
    return std::nullopt;
}

} // namespace kansa
