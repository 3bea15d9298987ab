#include "ItemMarksDelegate.h"

#include "audit/FieldworkService.h"
#include "checklist/ChecklistTreeModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <iterator>

namespace kansa {

namespace {

struct MarkIcon
{
    FieldworkService::Annotation flag;
    QStyle::StandardPixmap icon;
};

constexpr MarkIcon Marks[] = {{FieldworkService::HasNotes, QStyle::SP_FileDialogDetailedView},
                              {FieldworkService::HasEvidence, QStyle::SP_FileIcon},
                              {FieldworkService::HasFinding, QStyle::SP_MessageBoxWarning},
                              {FieldworkService::HasOpenFindingLastYear, QStyle::SP_BrowserReload}};

} // namespace

void ItemMarksDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int annotations = index.data(ChecklistTreeModel::AnnotationsRole).toInt();
    if (!annotations)
        return;
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const int size = option.fontMetrics.height() - 2;
    QRect slot(option.rect.right() - size - 2, option.rect.center().y() - size / 2, size, size);
    for (auto it = std::rbegin(Marks); it != std::rend(Marks); ++it) {
        if (!(annotations & it->flag))
            continue;
        style->standardIcon(it->icon).paint(painter, slot);
        slot.translate(-(size + 2), 0);
    }
}

QSize ItemMarksDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += int(std::size(Marks)) * option.fontMetrics.height();
    return size;
}

QString ItemMarksDelegate::describe(int annotations)
{
    QStringList names;
    if (annotations & FieldworkService::HasNotes)
        names << tr("notes");
    if (annotations & FieldworkService::HasEvidence)
        names << tr("evidence");
    if (annotations & FieldworkService::HasFinding)
        names << tr("findings");
    if (annotations & FieldworkService::HasOpenFindingLastYear)
        names << tr("last year's findings still open");
    return names.isEmpty() ? QString() : tr("This item has %1.").arg(names.join(tr(", ")));
}

} // namespace kansa
