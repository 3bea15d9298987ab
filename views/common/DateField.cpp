#include "DateField.h"

#include "settings/AppSettings.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QString UnreadableStyle = u"border: 2px solid #b00020;"_s;

} // namespace

DateField::DateField(const QDate& date, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_pick(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    m_edit->setObjectName(u"dateText"_s);
    m_edit->setToolTip(tr("Type a date such as %1, R8.12.1 or 2026/12/1, or pick one from the calendar (Alt+Down).")
                           .arg(formatDate(QDate::currentDate())));
    m_edit->installEventFilter(this);
    m_pick->setObjectName(u"pickDate"_s);
    m_pick->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_pick->setToolTip(tr("Pick from the calendar"));
    m_pick->setFocusPolicy(Qt::NoFocus);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_pick, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_edit->setStyleSheet({});
        if (const QDate typed = this->date(); typed.isValid())
            Q_EMIT dateChanged(typed);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::tidyText);
    setDate(date);
    // Wide enough for the longest date of either calendar (令和10年12月31日, 31 September 2026).
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(formatDate(QDate(2028, 12, 28))) + 16);
}

QDate DateField::date() const
{
    return JapaneseCalendar::parseDate(m_edit->text());
}

void DateField::setDate(const QDate& date)
{
    const QString text = formatDate(date);
    m_edit->setStyleSheet({});
    if (text == m_edit->text())
        return;
    m_edit->setText(text);
    Q_EMIT dateChanged(date);
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::setOptional(const QString& placeholder)
{
    m_optional = true;
    m_edit->setPlaceholderText(placeholder);
}

bool DateField::isAcceptable() const
{
    return date().isValid() || (m_optional && m_edit->text().trimmed().isEmpty());
}

void DateField::tidyText()
{
    if (const QDate typed = date(); typed.isValid())
        m_edit->setText(formatDate(typed));
    else if (!m_edit->text().trimmed().isEmpty())
        m_edit->setStyleSheet(UnreadableStyle);
}

void DateField::stepTo(const QDate& date)
{
    if (!date.isValid())
        return;
    setDate(date);
    m_edit->selectAll();
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QDate current = date().isValid() ? date() : QDate::currentDate();
    if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
        showCalendar();
        return true;
    }
    switch (key->key()) {
    case Qt::Key_Up:
        stepTo(current.addDays(1));
        return true;
    case Qt::Key_Down:
        stepTo(current.addDays(-1));
        return true;
    case Qt::Key_PageUp:
        stepTo(current.addMonths(1));
        return true;
    case Qt::Key_PageDown:
        stepTo(current.addMonths(-1));
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void DateField::showCalendar()
{
    auto* calendar = new QCalendarWidget(this);
    calendar->setObjectName(u"dateCalendar"_s);
    calendar->setWindowFlags(Qt::Popup);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setGridVisible(true);
    calendar->setSelectedDate(date().isValid() ? date() : QDate::currentDate());
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendar](QDate picked) {
        setDate(picked);
        calendar->close();
        m_edit->setFocus(Qt::PopupFocusReason);
    });
    connect(calendar, &QCalendarWidget::activated, calendar, &QCalendarWidget::clicked);
    calendar->adjustSize();
    calendar->move(mapToGlobal(QPoint(0, height())));
    calendar->show();
    calendar->setFocus(Qt::PopupFocusReason);
}

FiscalYearField::FiscalYearField(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(2000, 2200);
    setValue(JapaneseCalendar::fiscalYearOf(QDate::currentDate()));
    setToolTip(tr("Type a fiscal year such as %1, R8 or 2026, or step with the arrows.").arg(textFromValue(value())));
}

QString FiscalYearField::textFromValue(int fiscalYear) const
{
    return formatFiscalYear(fiscalYear);
}

int FiscalYearField::valueFromText(const QString& text) const
{
    const int year = JapaneseCalendar::parseFiscalYear(text);
    return year != 0 ? year : value();
}

QValidator::State FiscalYearField::validate(QString& text, int&) const
{
    const int year = JapaneseCalendar::parseFiscalYear(text);
    return year >= minimum() && year <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

} // namespace kansa
