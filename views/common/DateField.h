#pragma once

#include <QDate>
#include <QSpinBox>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace kansa {

// A date as the person chose to see dates (和暦 by default, or Western): shown as 令和8年12月1日, typed in
// any form JapaneseCalendar::parseDate reads (R8.12.1, 2026/12/1, …), or picked from a calendar (the button,
// or Alt+Down). Up and Down step a day, Page Up and Page Down a month. Text that is no date is marked and
// kept as typed; RequiredFields refuses it.
class DateField final : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(const QDate& date = {}, QWidget* parent = nullptr);

    // The date typed or picked; invalid while the field is empty or its text is no date.
    QDate date() const;
    // An invalid date empties the field.
    void setDate(const QDate& date);
    QString text() const;

    // An optional field may be left empty; it then shows placeholder (e.g. 「(未設定)」).
    void setOptional(const QString& placeholder);
    bool isOptional() const { return m_optional; }
    // A date, or nothing in an optional field.
    bool isAcceptable() const;

Q_SIGNALS:
    void dateChanged(const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCalendar();
    void stepTo(const QDate& date);
    void tidyText(); // on leaving the field: a date in the chosen calendar, or the typed text marked

    QLineEdit* m_edit;
    QToolButton* m_pick;
    bool m_optional = false;
};

// A fiscal year as the person chose to see them (令和8年度 or 2026年度 / FY2026), typed in any form
// JapaneseCalendar::parseFiscalYear reads; the arrows step a year.
class FiscalYearField final : public QSpinBox
{
    Q_OBJECT

public:
    explicit FiscalYearField(QWidget* parent = nullptr);

protected:
    QString textFromValue(int fiscalYear) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& position) const override;
};

} // namespace kansa
