#include "OutputFile.h"

#include "common/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

OutputFile::OutputFile(QString destination)
    : m_destination(std::move(destination))
{
    const QFileInfo info(m_destination);
    if (info.isDir())
        throw Error(tr("Cannot write %1: it is a folder.").arg(m_destination));
    // What a writer killed before it finished left under this name; one still writing is younger.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-StalePartSeconds);
    for (const QFileInfo& part :
         info.absoluteDir().entryInfoList({u'.' % info.fileName() % u".??????.part"_s}, QDir::Files | QDir::Hidden)) {
        if (part.lastModified().toUTC() < stale)
            QFile::remove(part.absoluteFilePath());
    }
    QTemporaryFile reserved(info.absoluteDir().filePath(u'.' % info.fileName() % u".XXXXXX.part"_s));
    reserved.setAutoRemove(false);
    if (!reserved.open())
        throw Error(tr("Cannot write %1 (in %2): %3")
                        .arg(QDir::toNativeSeparators(m_destination), QDir::toNativeSeparators(info.absolutePath()),
                             reserved.errorString()));
    m_temporary = reserved.fileName();
}

OutputFile::~OutputFile()
{
    if (m_committed)
        return;
    // A database written under the temporary name (a backup, a new organisation) may leave its journal beside it.
    for (const QString& suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_temporary + suffix);
}

void OutputFile::commit()
{
    const QFileInfo written(m_temporary);
    if (!written.exists() || written.size() == 0)
        throw Error(tr("Cannot write %1: nothing was written.").arg(m_destination));
    // A new file gets the usual permissions (the temporary file's are the owner's only), a replaced one keeps its.
    const QFileInfo replaced(m_destination);
    QFile::setPermissions(m_temporary, replaced.exists() ? replaced.permissions()
                                                         : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                               QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // rename() replaces the destination in one step: a reader sees the old file or the new one, never a part.
    if (std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_destination).constData()) != 0)
        throw Error(tr("Cannot write %1: %2").arg(m_destination, QString::fromLocal8Bit(std::strerror(errno))));
    m_committed = true;
}

void OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile output(path);
    QFile file(output.temporaryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        throw Error(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.close();
    output.commit();
}

} // namespace kansa
