#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// Cosine similarity of character bigrams weighted by TF-IDF, computed locally (no model files, no network):
// a text is compared with every document at once through an inverted index, so that matching hundreds of
// sentences against hundreds of items takes milliseconds.
class TextSimilarity final
{
public:
    explicit TextSimilarity(const QStringList& documents);

    // The similarity (0..1) of text with each document, in the order given.
    QList<double> scores(const QString& text) const;

    // NFKC, without white space: how quotes are compared (line breaks and layout spaces do not count).
    static QString normalise(const QString& text);

private:
    using Vector = QList<std::pair<int, double>>; // term, weight; unit length

    QHash<quint32, int> countBigrams(const QString& text, bool addTerms);
    Vector weigh(const QHash<quint32, int>& counts) const;

    QHash<quint32, int> m_terms; // bigram -> term
    QList<double> m_idf;
    QList<QList<std::pair<int, double>>> m_postings; // term -> (document, weight)
    qsizetype m_documents = 0;
};

} // namespace kansa
