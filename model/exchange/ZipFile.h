#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace kansa {

// A zip file being written with minizip (the zip library libxlsxwriter uses), entry by entry. Every write is
// checked; close() says whether the whole file was written.
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // Writes into path; messages name shownAs (the destination of a temporary file). Throws kansa::Error when
    // the file cannot be created.
    ZipWriter(const QString& path, QString shownAs);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    // compressed false: stored as it is (an ODF document's mimetype, which identifies the file).
    void add(const QString& name, const QByteArray& bytes, bool compressed = true);
    // The content of a file, read and written in pieces.
    void addFile(const QString& name, const QString& file);
    // Finishes the file; throws kansa::Error naming it when anything could not be written (a full disk).
    void close();

private:
    void open(const QString& name, bool compressed, bool large);
    void write(const char* data, qsizetype size);
    void closeEntry();
    [[noreturn]] void fail();

    void* m_zip = nullptr;
    QString m_shownAs;
};

// A zip file being read, bounded: an entry is read only up to the size its header declares and at most the size
// the caller allows, and its CRC is checked.
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        qint64 size = 0; // as declared
    };

    // Throws kansa::Error naming the file when it is no zip file.
    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    // The entries, at most maxEntries (more: kansa::Error naming the limit).
    QList<Entry> entries(int maxEntries) const;
    bool contains(const QString& name) const;
    // An entry's bytes; throws kansa::Error when it is missing, larger than maxBytes or damaged.
    QByteArray read(const QString& name, qint64 maxBytes) const;
    // An entry's bytes in pieces, given to sink as they are unpacked; returns how many there were.
    qint64 stream(const QString& name, qint64 maxBytes, const std::function<void(const char*, qsizetype)>& sink) const;

private:
    bool locate(const QString& name) const;
    void* m_zip = nullptr;
    QString m_path;
};

} // namespace kansa
