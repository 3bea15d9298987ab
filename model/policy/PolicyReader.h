#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// A policy document as read from its file: the lines of each page, before page numbers, running headers and
// list bullets are removed (PolicyText does that).
struct PolicyDocument
{
    QString fileName;
    QString format;           // text, docx or pdf
    QString encoding;         // text: UTF-8 or Shift_JIS
    QList<QStringList> pages; // a text file or a DOCX is one page unless it holds form feeds
};

// Reads a municipality's policy from plain text (UTF-8 or Shift_JIS, detected), DOCX (the paragraphs and table
// cells of word/document.xml, through the bounded zip reader) or PDF (Poppler, in process). Bounded: a file,
// a part or a text larger than any policy is refused before it is read whole. Every failure is a kansa::Error
// naming the file and what is wrong.
class PolicyReader final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyReader)

public:
    static constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;
    static constexpr qint64 MaxPartSize = 32LL * 1024 * 1024; // word/document.xml unpacked
    static constexpr qint64 MaxCharacters = 8'000'000;        // of all text read
    static constexpr int MaxPages = 5000;

    static PolicyDocument readFile(const QString& path);
    // The bytes of a file already read; shownAs names it in messages. The format is told by the content.
    static PolicyDocument readBytes(const QByteArray& bytes, const QString& shownAs);

private:
    static PolicyDocument readText(const QByteArray& bytes, const QString& shownAs);
    static PolicyDocument readDocx(const QString& path, const QString& shownAs);
    static PolicyDocument readDocxPart(const QString& path, const QString& shownAs);
    static PolicyDocument readPdf(const QByteArray& bytes, const QString& shownAs);
};

} // namespace kansa
