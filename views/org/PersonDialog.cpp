#include "PersonDialog.h"

#include "common/DialogButtons.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

PersonDialog::PersonDialog(const Person& person, const QList<Unit>& units, bool rolesEditable, QWidget* parent)
    : QDialog(parent)
    , m_person(person)
    , m_code(new QLineEdit(person.code, this))
    , m_name(new QLineEdit(person.name, this))
    , m_kana(new QLineEdit(person.kana, this))
    , m_unit(new QComboBox(this))
    , m_email(new QLineEdit(person.email, this))
{
    setWindowTitle(person.id ? tr("Edit person") : tr("Add person"));
    setObjectName(u"personDialog"_s);
    m_name->setObjectName(u"name"_s);
    m_kana->setObjectName(u"kana"_s);
    m_code->setObjectName(u"code"_s);
    m_email->setObjectName(u"email"_s);
    m_unit->setObjectName(u"unit"_s);
    m_unit->addItem(tr("(no unit)"), 0);
    QHash<qint64, int> depth;
    for (const Unit& unit : units) {
        depth[unit.id] = unit.parentId ? depth.value(unit.parentId) + 1 : 0;
        m_unit->addItem(QString(depth[unit.id] * 2, u' ') % unit.name, unit.id);
    }
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(person.unitId)));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kana:"), m_kana);
    form->addRow(tr("&Staff number:"), m_code);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&E-mail:"), m_email);
    layout->addLayout(form);
    auto* roleBox = new QGroupBox(rolesEditable ? tr("Roles") : tr("Roles (granted by the administrator)"), this);
    roleBox->setEnabled(rolesEditable);
    auto* grid = new QGridLayout(roleBox);
    int i = 0;
    for (Role role : Roles::all()) {
        auto* check = new QCheckBox(Roles::name(role), roleBox);
        check->setObjectName(u"role_"_s % Roles::key(role));
        check->setChecked(person.roles.contains(role));
        grid->addWidget(check, i / 2, i % 2);
        m_roles.insert(role, check);
        ++i;
    }
    layout->addWidget(roleBox);
    auto* buttons = okCancelButtons(this);
    layout->addWidget(buttons);
}

Person PersonDialog::person() const
{
    Person person = m_person;
    person.code = m_code->text().trimmed();
    person.name = m_name->text().trimmed();
    person.kana = m_kana->text().trimmed();
    person.unitId = m_unit->currentData().toLongLong();
    person.email = m_email->text().trimmed();
    person.roles.clear();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            person.roles << it.key();
    }
    return person;
}

} // namespace kansa
