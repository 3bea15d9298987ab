#include "ZipFile.h"

#include "common/Error.h"

#include <QDateTime>
#include <QFile>

#include <unzip.h>
#include <zip.h>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr qint64 Chunk = 1 << 20;

} // namespace

ZipWriter::ZipWriter(const QString& path, QString shownAs)
    : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
    , m_shownAs(std::move(shownAs))
{
    if (!m_zip)
        throw Error(tr("Cannot create %1.").arg(m_shownAs));
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

void ZipWriter::open(const QString& name, bool compressed, bool large)
{
    // The time it was written, as file managers show it.
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()),    uInt(now.time().hour()),
                     uInt(now.date().day()),    uInt(now.date().month() - 1), uInt(now.date().year())};
    const QByteArray entry = name.toUtf8();
    // Bit 11 of the flags: the name is UTF-8 (Japanese file names of evidence). Zip64 for a file that may pass
    // 4 GB (a snapshot), not for small parts that other readers expect without it.
    if (zipOpenNewFileInZip4_64(m_zip, entry.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                compressed ? Z_DEFLATED : 0, compressed ? Z_DEFAULT_COMPRESSION : 0, 0, -MAX_WBITS,
                                DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0, 0, 1 << 11, large ? 1 : 0) != ZIP_OK)
        fail();
}

void ZipWriter::write(const char* data, qsizetype size)
{
    if (size > 0 && zipWriteInFileInZip(m_zip, data, static_cast<unsigned>(size)) != ZIP_OK)
        fail();
}

void ZipWriter::closeEntry()
{
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        fail();
}

void ZipWriter::fail()
{
    throw Error(tr("Cannot write %1: the disk may be full.").arg(m_shownAs));
}

void ZipWriter::add(const QString& name, const QByteArray& bytes, bool compressed)
{
    open(name, compressed, false);
    for (qsizetype at = 0; at < bytes.size(); at += Chunk)
        write(bytes.constData() + at, std::min<qsizetype>(Chunk, bytes.size() - at));
    closeEntry();
}

void ZipWriter::addFile(const QString& name, const QString& file)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(file, source.errorString()));
    open(name, true, true);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(Chunk);
        if (chunk.isEmpty())
            throw Error(tr("Cannot read %1: %2").arg(file, source.errorString()));
        write(chunk.constData(), chunk.size());
    }
    closeEntry();
}

void ZipWriter::close()
{
    const int status = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (status != ZIP_OK)
        fail();
}

ZipReader::ZipReader(const QString& path)
    : m_zip(unzOpen64(QFile::encodeName(path).constData()))
    , m_path(path)
{
    if (!m_zip)
        throw Error(tr("%1 is not a zip file, or it is damaged or cut short.").arg(path));
}

ZipReader::~ZipReader()
{
    unzClose(m_zip);
}

QList<ZipReader::Entry> ZipReader::entries(int maxEntries) const
{
    QList<Entry> found;
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        if (found.size() >= maxEntries)
            throw Error(tr("%1 holds more than %2 files, more than Kansa reads.").arg(m_path).arg(maxEntries));
        char name[1024];
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK)
            throw Error(tr("%1 is damaged: its list of files cannot be read.").arg(m_path));
        found.append({QString::fromUtf8(name, qsizetype(qstrnlen(name, sizeof name))),
                      static_cast<qint64>(info.uncompressed_size)});
    }
    return found;
}

bool ZipReader::locate(const QString& name) const
{
    return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK;
}

bool ZipReader::contains(const QString& name) const
{
    return locate(name);
}

qint64 ZipReader::stream(const QString& name, qint64 maxBytes,
                         const std::function<void(const char*, qsizetype)>& sink) const
{
    if (!locate(name))
        throw Error(tr("%1 has no %2.").arg(m_path, name));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(m_zip) != UNZ_OK)
        throw Error(tr("%1 is damaged: %2 cannot be unpacked.").arg(m_path, name));
    const qint64 declared = static_cast<qint64>(info.uncompressed_size);
    const auto tooLarge = [&] {
        unzCloseCurrentFile(m_zip);
        return Error(
            tr("%1: %2 is larger than %3 bytes, more than Kansa reads of it.").arg(m_path, name).arg(maxBytes));
    };
    if (declared > maxBytes)
        throw tooLarge();
    qint64 total = 0;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    int read = 0;
    while ((read = unzReadCurrentFile(m_zip, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0) {
        total += read;
        // More than its header said: the header lied, and what follows is not read.
        if (total > declared || total > maxBytes)
            throw tooLarge();
        sink(buffer.constData(), read);
    }
    const int closed = unzCloseCurrentFile(m_zip); // checks the CRC
    if (read < 0 || closed != UNZ_OK)
        throw Error(tr("%1 is damaged: %2 cannot be unpacked.").arg(m_path, name));
    return total;
}

QByteArray ZipReader::read(const QString& name, qint64 maxBytes) const
{
    QByteArray bytes;
    stream(name, maxBytes, [&](const char* data, qsizetype size) { bytes.append(data, size); });
    return bytes;
}

} // namespace kansa
