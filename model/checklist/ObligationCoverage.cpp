#include "ObligationCoverage.h"

#include <QRegularExpression>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString Marker = u"(?:[\\x{2460}-\\x{2473}]|[（(][0-9０-９]{1,2}[）)]|[（(][\\x{30a2}-\\x{30f3}][）)]|・|-)"_s;

// The length of the longest run the two texts share.
int longestCommonRun(const QString& a, const QString& b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size() + 1), 0);
    std::vector<int> current(previous.size(), 0);
    int best = 0;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int value = a.at(i - 1) == b.at(j - 1) ? previous[static_cast<std::size_t>(j - 1)] + 1 : 0;
            current[static_cast<std::size_t>(j)] = value;
            best = std::max(best, value);
        }
        std::swap(previous, current);
    }
    return best;
}

} // namespace

QString ObligationCoverage::normalise(const QString& text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_KC);
    QString result;
    result.reserve(normalised.size());
    for (const QChar c : normalised) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

QStringList ObligationCoverage::obligations(const QString& policyText)
{
    static const QRegularExpression pageNumber(u"^\\s*\\d+\\s*$"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression markerLine(u"^\\s*"_s % Marker, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression leadingMarkers(u"^(?:\\s*"_s % Marker % u")+\\s*"_s,
                                                   QRegularExpression::UseUnicodePropertiesOption);
    QStringList units;
    QString current;
    for (const QString& line : policyText.split(u'\n')) {
        QString clean = line;
        if (clean.endsWith(u'\r'))
            clean.chop(1);
        if (pageNumber.match(clean).hasMatch())
            continue;
        if (markerLine.match(clean).hasMatch() && !current.isEmpty()) {
            units << current;
            current.clear();
        }
        current += clean.trimmed();
    }
    units << current;
    static const QStringList endings{u"ならない"_s, u"ものとする"_s, u"望ましい"_s, u"こと"_s};
    QStringList result;
    for (const QString& unit : units) {
        for (QString piece : unit.split(u'。')) {
            piece.remove(leadingMarkers);
            const QString clause = normalise(piece);
            if (clause.size() < 8)
                continue;
            for (const QString& ending : endings) {
                if (clause.endsWith(ending)) {
                    result << clause % u'。';
                    break;
                }
            }
        }
    }
    return result;
}

QStringList ObligationCoverage::normaliseSources(const QStringList& sources)
{
    QStringList result;
    for (const QString& source : sources) {
        const QString quote = normalise(source);
        if (quote.size() <= MaxQuoteLength)
            result << quote;
    }
    return result;
}

bool ObligationCoverage::covered(const QString& obligation, const QStringList& normalisedSources)
{
    QString body = obligation;
    while (body.endsWith(u'。'))
        body.chop(1);
    const QString head = body.left(12);
    const QString tail = body.right(12);
    const double need = 0.6 * static_cast<double>(body.size());
    for (const QString& source : normalisedSources) {
        if (!source.contains(head) && !source.contains(tail))
            continue;
        if (longestCommonRun(body, source) >= need)
            return true;
    }
    return false;
}

} // namespace kansa
