#pragma once

#include "policy/DraftReview.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace kansa {

// The items of a draft review, one row each: decision, reference, the policy's clause, the proposed question, the
// shipped item matched and the score. Changes go through it so that its rows follow them.
class DraftReviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DecisionColumn,
        RefColumn,
        ClauseColumn,
        QuestionColumn,
        MatchColumn,
        ScoreColumn,
        ColumnCount
    };
    enum Roles
    {
        SearchRole = Qt::UserRole + 1, // the texts a search looks in
        OpenRole,                      // true while the item is not decided
        NewRole,                       // true for an item no shipped item matched
        ScoreRole                      // its similarity to the shipped item, 0..1
    };

    explicit DraftReviewModel(DraftReview& review, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    DraftReview& review() { return m_review; }
    void decide(int row, DraftReview::Decision decision);
    void edit(int row, const ChecklistItem& item);
    int split(int row);
    bool merge(int row);

Q_SIGNALS:
    // After every change, once the review was kept in its file.
    void reviewChanged();

private:
    void changed(int row);

    DraftReview& m_review;
};

// The rows a search and a filter leave: all, the open ones, the new ones, or the weak matches.
class DraftReviewFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show
    {
        All,
        Open,
        New,
        Weak // matched below WeakScore
    };
    static constexpr double WeakScore = 0.5;

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    Show m_show = Show::All;
};

} // namespace kansa
