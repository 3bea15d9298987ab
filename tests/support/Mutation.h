#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace kansa::test {

// A file damaged as disks, transfers and careless edits damage them: 1 to 8 bytes changed, runs removed, runs
// copied elsewhere. The readers' fuzz tests feed them to every reader, which must refuse or read, never crash.
inline QByteArray mangle(QByteArray bytes, QRandomGenerator& random)
{
    const int edits = 1 + static_cast<int>(random.bounded(8));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const qsizetype at = random.bounded(bytes.size());
        switch (random.bounded(3)) {
        case 0:
            bytes[at] = static_cast<char>(random.bounded(256));
            break;
        case 1:
            bytes.remove(at, random.bounded(1, 64));
            break;
        default:
            bytes.insert(at, bytes.mid(random.bounded(bytes.size()), random.bounded(1, 64)));
        }
    }
    return bytes;
}

} // namespace kansa::test
