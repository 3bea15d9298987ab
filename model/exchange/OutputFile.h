#pragma once

#include <QCoreApplication>
#include <QString>

namespace kansa {

// A file that is written whole or not at all. It is written beside its destination under a temporary name and
// takes the destination's name only once complete, so that a full disk, an error or a cancel leaves the
// destination as it was: absent, or the file that was there before.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // A temporary file this much older than the next write of its destination was left by a writer that was killed
    // or lost its power; the next write removes it.
    static constexpr int StalePartSeconds = 3600;

    // Throws kansa::Error naming the folder when nothing can be written there.
    explicit OutputFile(QString destination);
    // Removes the temporary file unless commit() gave it the destination's name.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Where a writer that takes a path (libxlsxwriter, the zip writer) writes the content.
    QString temporaryPath() const { return m_temporary; }
    // Gives the written file the destination's name; throws kansa::Error naming the destination when it is
    // missing or empty or cannot be renamed.
    void commit();

    // Writes bytes to path whole or not at all; throws kansa::Error naming the file and the reason.
    static void write(const QString& path, const QByteArray& bytes);

private:
    QString m_destination;
    QString m_temporary;
    bool m_committed = false;
};

} // namespace kansa
