#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace kansa {

// The fields a dialog cannot be accepted without: a QLineEdit or QPlainTextEdit with text, a QComboBox with a
// choice (current data valid), a DateField with a date (or empty, when optional). check() marks every empty one,
// focuses the first and names it in a message; the dialog stays open with everything typed. Dialogs call it from
// accept(), or hand it to okCancelButtons().
class RequiredFields final
{
    Q_DECLARE_TR_FUNCTIONS(RequiredFields)

public:
    // label as the form shows it; its mnemonic (&) and colon are dropped in the message.
    RequiredFields& add(QWidget* field, const QString& label);
    bool check(QWidget* dialog) const;

private:
    struct Field
    {
        QWidget* widget;
        QString label;
    };
    QList<Field> m_fields;
};

} // namespace kansa
