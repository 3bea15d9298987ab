#include "RequiredFields.h"

#include "common/DateField.h"
#include "common/MessageBox.h"

#include "settings/AppSettings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

// A disabled field is not asked for (e.g. the term of a rejected exception).
bool isFilled(const QWidget* widget)
{
    if (!widget->isEnabled())
        return true;
    if (const auto* date = qobject_cast<const DateField*>(widget))
        return date->isAcceptable();
    if (const auto* line = qobject_cast<const QLineEdit*>(widget))
        return !line->text().trimmed().isEmpty();
    if (const auto* text = qobject_cast<const QPlainTextEdit*>(widget))
        return !text->toPlainText().trimmed().isEmpty();
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return combo->currentIndex() >= 0 && combo->currentData().isValid();
    return true;
}

// The mark of a missing field: a red frame and a tooltip, never colour alone (the message names the field).
const QString MissingStyle = u"border: 2px solid #b00020;"_s;

} // namespace

RequiredFields& RequiredFields::add(QWidget* field, const QString& label)
{
    // 「判断の理由(&S):」 and 「Rea&son:」 both read as the field's name: the Japanese mnemonic in brackets goes whole.
    static const QRegularExpression bracketedMnemonic(u"\\(&.\\)"_s);
    QString name = label;
    name.remove(bracketedMnemonic);
    name.remove(u'&');
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    m_fields.append({field, name.trimmed()});
    return *this;
}

bool RequiredFields::check(QWidget* dialog) const
{
    QWidget* first = nullptr;
    QString firstLabel;
    for (const Field& field : m_fields) {
        const bool filled = isFilled(field.widget);
        field.widget->setStyleSheet(filled ? QString() : MissingStyle);
        field.widget->setToolTip(filled ? QString() : tr("Required"));
        if (!filled && !first) {
            first = field.widget;
            firstLabel = field.label;
        }
    }
    if (!first)
        return true;
    first->setFocus(Qt::OtherFocusReason);
    const auto* date = qobject_cast<const DateField*>(first);
    if (date && !date->text().trimmed().isEmpty()) {
        MessageBox::error(dialog, dialog->windowTitle(),
                          tr("%1: 「%2」 is not a date. Type it as %3 or 2026/12/1, or pick it from the calendar.")
                              .arg(firstLabel, date->text(), formatDate(QDate::currentDate())));
    } else {
        MessageBox::error(dialog, dialog->windowTitle(), tr("Please fill in %1.").arg(firstLabel));
    }
    return false;
}

} // namespace kansa
