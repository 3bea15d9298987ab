#pragma once

#include <QStyledItemDelegate>

namespace kansa {

// The clause column of the fieldwork checklist: the clause reference, then a small mark for each thing the item
// carries besides its result — notes, evidence, findings, last year's findings still open
// (FieldworkService::Annotation) — named in the tooltip.
class ItemMarksDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The tooltip text of the marks, e.g. 「メモ・証拠・指摘事項あり」.
    static QString describe(int annotations);
};

} // namespace kansa
