#include "SettingsDialog.h"

#include "common/DialogButtons.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_backupsKept(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"language"_s);
    m_calendar->setObjectName(u"calendar"_s);
    m_language->addItem(tr("As the system (Japanese on a Japanese system)"), QString());
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));
    const QDate today = QDate::currentDate();
    m_calendar->addItem(tr("Japanese era (%1)").arg(JapaneseCalendar::formatDate(today, CalendarStyle::Japanese)),
                        static_cast<int>(CalendarStyle::Japanese));
    m_calendar->addItem(tr("Western (%1)").arg(JapaneseCalendar::formatDate(today, CalendarStyle::Western)),
                        static_cast<int>(CalendarStyle::Western));
    m_calendar->setCurrentIndex(AppSettings::calendarStyle() == CalendarStyle::Western ? 1 : 0);
    m_backupsKept->setObjectName(u"backupsKept"_s);
    m_backupsKept->setRange(0, 365);
    m_backupsKept->setSpecialValueText(tr("None"));
    m_backupsKept->setValue(AppSettings::backupsKept());
    m_backupsKept->setToolTip(tr("When an organisation's file is closed, a checked copy of it is kept once a day in "
                                 "the folder 「NAME backups」 beside it; this many of the newest stay."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Calendar:"), m_calendar);
    form->addRow(tr("Daily &backups kept:"), m_backupsKept);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The classification marking printed on documents belongs to the organisation: "
                               "change it under Organisation."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = okCancelButtons(this);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setCalendarStyle(static_cast<CalendarStyle>(m_calendar->currentData().toInt()));
    AppSettings::setBackupsKept(m_backupsKept->value());
    QDialog::accept();
}

} // namespace kansa
