#include "DraftReviewModel.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

DraftReviewModel::DraftReviewModel(DraftReview& review, QObject* parent)
    : QAbstractTableModel(parent)
    , m_review(review)
{}

int DraftReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_review.size();
}

int DraftReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_review.size())
        return {};
    const ChecklistItem& item = m_review.item(index.row());
    const DraftReview::Entry& entry = m_review.entry(index.row());
    switch (role) {
    case SearchRole:
        return QStringList{item.ref, item.source, item.question.ja, item.question.en, entry.matchedId}.join(u'\n');
    case OpenRole:
        return entry.decision == DraftReview::Decision::Open;
    case NewRole:
        return entry.isNew;
    case ScoreRole:
        return entry.score;
    case Qt::ToolTipRole:
        if (index.column() == ClauseColumn)
            return item.source;
        if (index.column() == QuestionColumn)
            return item.question.ja;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DecisionColumn: {
        const QString edited = entry.edited ? tr("edited") : QString();
        switch (entry.decision) {
        case DraftReview::Decision::Accepted:
            return edited.isEmpty() ? tr("accepted") : tr("accepted, edited");
        case DraftReview::Decision::Rejected:
            return tr("rejected");
        case DraftReview::Decision::Open:
            return edited;
        }
        return {};
    }
    case RefColumn:
        return item.ref;
    case ClauseColumn:
        return item.source.left(80);
    case QuestionColumn:
        return item.question.ja;
    case MatchColumn:
        return entry.isNew ? tr("new") : entry.matchedId;
    case ScoreColumn:
        return QString(QString::number(entry.score * 100, 'f', 0) % u"%"_s);
    default:
        return {};
    }
}

QVariant DraftReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DecisionColumn:
        return tr("Review");
    case RefColumn:
        return tr("Clause");
    case ClauseColumn:
        return tr("Policy text");
    case QuestionColumn:
        return tr("Proposed question");
    case MatchColumn:
        return tr("Matched item");
    case ScoreColumn:
        return tr("Similarity");
    default:
        return {};
    }
}

void DraftReviewModel::changed(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    m_review.save();
    Q_EMIT reviewChanged();
}

void DraftReviewModel::decide(int row, DraftReview::Decision decision)
{
    m_review.decide(row, decision);
    changed(row);
}

void DraftReviewModel::edit(int row, const ChecklistItem& item)
{
    m_review.edit(row, item);
    changed(row);
}

int DraftReviewModel::split(int row)
{
    beginInsertRows({}, row + 1, row + 1);
    const int added = m_review.split(row);
    endInsertRows();
    changed(row);
    return added;
}

bool DraftReviewModel::merge(int row)
{
    if (row + 1 >= m_review.size())
        return false;
    // Whether the next item is in the same section is the review's to say: the rows are reset if it merged.
    beginResetModel();
    const bool merged = m_review.merge(row);
    endResetModel();
    if (merged)
        changed(row);
    return merged;
}

void DraftReviewFilter::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void DraftReviewFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

bool DraftReviewFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_show) {
    case Show::All:
        break;
    case Show::Open:
        if (!index.data(DraftReviewModel::OpenRole).toBool())
            return false;
        break;
    case Show::New:
        if (!index.data(DraftReviewModel::NewRole).toBool())
            return false;
        break;
    case Show::Weak:
        if (index.data(DraftReviewModel::NewRole).toBool() ||
            index.data(DraftReviewModel::ScoreRole).toDouble() >= WeakScore)
            return false;
        break;
    }
    return m_search.isEmpty() ||
           index.data(DraftReviewModel::SearchRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace kansa
