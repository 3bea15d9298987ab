#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// The municipality's own letterhead: the cover, the page header and the page footer of its documents, taken from
// a template document (DOCX or ODT) that the administrator sets, with placeholders such as {{団体名}} that each
// report fills. Every output takes its texts; a DOCX report from a DOCX template also keeps the template's own
// header, footer and cover as Word laid them out (the emblem, the fonts, the lines). Without a template the
// standard letterhead is used: the marking and the title above, the marking, page n / N and the organisation
// below, the report's own cover.
struct ReportLetterhead
{
    Q_DECLARE_TR_FUNCTIONS(ReportLetterhead)

public:
    // A paragraph of the cover, as the template aligns it.
    struct Line
    {
        QString text;
        Qt::Alignment alignment = Qt::AlignLeft;
        bool operator==(const Line&) const = default;
    };

    QString fileName;   // the template's, as it was set; empty: the standard letterhead
    QString format;     // docx or odt
    QByteArray content; // the template file
    QList<Line> cover;  // empty: the report's own cover
    QStringList header; // left, centre and right of the header line
    QStringList footer; // left, centre and right of the footer line

    // The placeholders a template may use: 団体名, 表題, 年度, 文書番号, 発行日, 取扱区分, 監査統括責任者, 宛先, 頁,
    // 総頁.
    static QStringList placeholders();
    static QString placeholder(const QString& name) { return u"{{" + name + u"}}"; }
    static ReportLetterhead standard();
    // Reads a template; throws kansa::Error naming the file and what is wrong with it (no DOCX or ODT, damaged, too
    // large, a placeholder it does not know, and in which part).
    static ReportLetterhead read(const QString& fileName, const QByteArray& content);
    // The standard letterhead as a DOCX template, for an administrator to start their own from.
    static QByteArray standardTemplate();

    // Text with its placeholders replaced by values (頁 and 総頁 by page and pages, when given).
    static QString fill(const QString& text, const QHash<QString, QString>& values, int page = 0, int pages = 0);
    // Largest template accepted.
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;
};

} // namespace kansa
