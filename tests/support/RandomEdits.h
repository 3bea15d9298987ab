#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace kansa {

// For fuzzing a reader: one to eight random edits of a file's bytes (a byte changed, a run removed, a piece of
// the file repeated elsewhere, a stray quote), as a damaged or hand-edited file holds them.
inline QByteArray randomlyEdited(QRandomGenerator& random, QByteArray bytes)
{
    const int edits = 1 + static_cast<int>(random.bounded(8));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const qsizetype at = random.bounded(bytes.size());
        switch (random.bounded(4)) {
        case 0:
            bytes[at] = static_cast<char>(random.bounded(256));
            break;
        case 1:
            bytes.remove(at, random.bounded(1, 64));
            break;
        case 2:
            bytes.insert(at, '"');
            break;
        default:
            bytes.insert(at, bytes.mid(random.bounded(bytes.size()), random.bounded(1, 64)));
        }
    }
    return bytes;
}

} // namespace kansa
