#pragma once

#include "org/Organisation.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kansa {

// Edits one person: staff number, name, kana, unit, e-mail and roles.
class PersonDialog final : public QDialog
{
    Q_OBJECT

public:
    // The roles can be changed only when rolesEditable (the administrator grants roles); else they are shown.
    PersonDialog(const Person& person, const QList<Unit>& units, bool rolesEditable, QWidget* parent = nullptr);
    Person person() const;

private:
    Person m_person;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QLineEdit* m_kana;
    QComboBox* m_unit;
    QLineEdit* m_email;
    QMap<Role, QCheckBox*> m_roles;
};

} // namespace kansa
