#include "policy/TextSimilarity.h"

#include <cmath>

namespace kansa {

namespace {

quint32 key(QChar a, QChar b)
{
    return (static_cast<quint32>(a.unicode()) << 16) | b.unicode();
}

} // namespace

QString TextSimilarity::normalise(const QString& text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (const QChar c : nfkc)
        if (!c.isSpace())
            out += c;
    return out;
}

QHash<quint32, int> TextSimilarity::countBigrams(const QString& text, bool addTerms)
{
    QHash<quint32, int> counts;
    const QString t = normalise(text);
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        const quint32 k = key(t[i], t[i + 1]);
        if (addTerms && !m_terms.contains(k)) {
            m_terms.insert(k, static_cast<int>(m_idf.size()));
            m_idf << 0.0;
            m_postings << QList<std::pair<int, double>>();
        }
        ++counts[k];
    }
    return counts;
}

TextSimilarity::TextSimilarity(const QStringList& documents)
    : m_documents(documents.size())
{
    QList<QHash<quint32, int>> counts;
    counts.reserve(documents.size());
    for (const QString& document : documents) {
        counts << countBigrams(document, true);
        for (auto it = counts.last().cbegin(); it != counts.last().cend(); ++it)
            m_idf[m_terms.value(it.key())] += 1.0; // document frequency, for now
    }
    for (double& idf : m_idf)
        idf = std::log((m_documents + 1.0) / (idf + 1.0)) + 1.0;
    for (int d = 0; d < counts.size(); ++d)
        for (const auto& [term, weight] : weigh(counts[d]))
            m_postings[term].append({d, weight});
}

TextSimilarity::Vector TextSimilarity::weigh(const QHash<quint32, int>& counts) const
{
    Vector vector;
    double norm = 0;
    // A bigram no document holds still lengthens the text's vector: it makes the text less like every document.
    const double unseen = std::log(m_documents + 1.0) + 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto term = m_terms.constFind(it.key());
        const double weight = it.value() * (term == m_terms.cend() ? unseen : m_idf[term.value()]);
        norm += weight * weight;
        if (term != m_terms.cend())
            vector.append({term.value(), weight});
    }
    norm = std::sqrt(norm);
    if (norm > 0)
        for (auto& entry : vector)
            entry.second /= norm;
    return vector;
}

QList<double> TextSimilarity::scores(const QString& text) const
{
    QList<double> result(m_documents, 0.0);
    QHash<quint32, int> counts;
    const QString t = normalise(text);
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        ++counts[key(t[i], t[i + 1])];
    for (const auto& [term, weight] : weigh(counts))
        for (const auto& [document, documentWeight] : m_postings[term])
            result[document] += weight * documentWeight;
    return result;
}

} // namespace kansa
