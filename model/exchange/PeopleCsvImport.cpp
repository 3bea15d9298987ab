#include "PeopleCsvImport.h"

#include "common/Error.h"
#include "org/OrganisationService.h"
#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const QList<CsvTable::Column>& peopleColumns()
{
    static const QList<CsvTable::Column> columns{
        {u"code"_s, {u"職員番号"_s, u"職員コード"_s, u"code"_s, u"staff_number"_s}, true},
        {u"name"_s, {u"氏名"_s, u"名前"_s, u"name"_s}, true},
        {u"kana"_s, {u"ふりがな"_s, u"フリガナ"_s, u"よみがな"_s, u"カナ"_s, u"氏名カナ"_s, u"kana"_s}, false},
        {u"unit"_s, {u"所属コード"_s, u"unit_code"_s, u"unit"_s}, false},
        {u"email"_s, {u"メールアドレス"_s, u"メール"_s, u"e-mail"_s, u"email"_s}, false},
        {u"roles"_s, {u"役割"_s, u"roles"_s, u"role"_s}, false},
    };
    return columns;
}

bool sameRoles(QList<Role> a, QList<Role> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

void PeopleCsvImport::requireAllowed()
{
    m_service.access().require(Operation::ManageOrganisation, m_service.access().organisation(), tr("import people"));
}

ImportPreview PeopleCsvImport::plan(const QByteArray& bytes, QList<Person>* planned)
{
    requireAllowed();
    const CsvTable table(bytes, peopleColumns());
    ImportPreview preview = table.startPreview();
    if (!preview.problems.isEmpty())
        return preview;

    QHash<QString, qint64> unitOfCode;
    QHash<qint64, QString> unitName;
    for (const Unit& unit : m_service.units()) {
        if (!unit.code.isEmpty())
            unitOfCode.insert(unit.code, unit.id);
        unitName.insert(unit.id, unit.name);
    }
    QHash<QString, Person> existing;
    for (const Person& person : m_service.people()) {
        if (!person.code.isEmpty())
            existing.insert(person.code, person);
    }

    static const QRegularExpression roleSeparators(u"[;；,、・/／\\s]+"_s);
    QHash<QString, int> lineOfCode;
    for (const CsvRecord& row : table.rows()) {
        Person person;
        person.code = table.value(row, u"code"_s);
        person.name = table.value(row, u"name"_s);
        person.kana = table.value(row, u"kana"_s);
        person.email = table.value(row, u"email"_s);
        if (person.code.isEmpty())
            preview.problems << table.problem(row, u"code"_s, tr("The staff number is empty."));
        else if (lineOfCode.contains(person.code))
            preview.problems << table.problem(
                row, u"code"_s,
                tr("The staff number %1 appears twice (also line %2).").arg(person.code).arg(lineOfCode[person.code]));
        else
            lineOfCode.insert(person.code, row.line);
        if (person.name.isEmpty())
            preview.problems << table.problem(row, u"name"_s, tr("The name is empty."));
        else if (person.name.size() > 200)
            preview.problems << table.problem(row, u"name"_s, tr("The name is longer than 200 characters."));
        if (person.kana.size() > 200)
            preview.problems << table.problem(row, u"kana"_s, tr("The kana is longer than 200 characters."));
        if (!person.email.isEmpty() && (!person.email.contains(u'@') || person.email.size() > 200))
            preview.problems << table.problem(row, u"email"_s,
                                              tr("「%1」 is not an e-mail address.").arg(person.email.left(60)));
        const QString unitCode = table.value(row, u"unit"_s);
        if (!unitCode.isEmpty()) {
            person.unitId = unitOfCode.value(unitCode);
            if (!person.unitId)
                preview.problems << table.problem(
                    row, u"unit"_s, tr("No unit has the code %1; import the units first.").arg(unitCode.left(60)));
        }
        for (const QString& text : table.value(row, u"roles"_s).split(roleSeparators, Qt::SkipEmptyParts)) {
            if (const auto role = Roles::fromText(text))
                person.roles << *role;
            else
                preview.problems << table.problem(row, u"roles"_s, tr("Unknown role 「%1」.").arg(text.left(60)));
        }

        ImportPreview::Row previewRow{row.line, ImportPreview::Action::New, person.code, person.name, {}};
        const auto found = existing.constFind(person.code);
        // A file without a roles column leaves people's roles as they are. Roles from an HR file grant access:
        // only the administrator imports them (the service refuses too).
        if (!table.has(u"roles"_s) && found != existing.cend())
            person.roles = found->roles;
        const QList<Role> rolesBefore = found == existing.cend() ? QList<Role>{} : found->roles;
        if (!m_service.session().administrator && !sameRoles(rolesBefore, person.roles))
            preview.problems << table.problem(
                row, u"roles"_s,
                tr("Only the administrator imports roles: leave out the roles column, or give the roles as they are."));
        planned->append(person);
        if (found == existing.cend()) {
            previewRow.detail = unitName.value(person.unitId);
        } else {
            QStringList changes;
            if (found->name != person.name)
                changes << tr("name %1 → %2").arg(found->name, person.name);
            if (found->kana != person.kana)
                changes << tr("kana %1 → %2").arg(found->kana, person.kana);
            if (found->unitId != person.unitId)
                changes << tr("unit %1 → %2").arg(unitName.value(found->unitId), unitName.value(person.unitId));
            if (found->email != person.email)
                changes << tr("e-mail %1 → %2").arg(found->email, person.email);
            if (!sameRoles(found->roles, person.roles))
                changes << tr("roles %1 → %2").arg(Roles::names(found->roles), Roles::names(person.roles));
            previewRow.action = changes.isEmpty() ? ImportPreview::Action::Unchanged : ImportPreview::Action::Changed;
            previewRow.detail = changes.join(tr("; "));
        }
        preview.rows << previewRow;
    }
    if (table.rows().isEmpty())
        preview.problems << ImportProblem{1, 0, {}, tr("The file has a heading line but no people.")};
    if (!preview.problems.isEmpty())
        preview.rows.clear();
    return preview;
}

ImportPreview PeopleCsvImport::preview(const QByteArray& bytes)
{
    QList<Person> planned;
    return plan(bytes, &planned);
}

ImportPreview PeopleCsvImport::apply(const QByteArray& bytes, const QString& fileName)
{
    QList<Person> planned;
    const ImportPreview preview = plan(bytes, &planned);
    preview.requireImportable(fileName);
    QHash<QString, Person> existing;
    for (const Person& person : m_service.people()) {
        if (!person.code.isEmpty())
            existing.insert(person.code, person);
    }
    {
        const QSignalBlocker blocker(&m_service);
        m_service.database().write(m_service.session().actor(), [&](VersionedRows&) {
            for (int i = 0; i < planned.size(); ++i) {
                if (preview.rows[i].action == ImportPreview::Action::Unchanged)
                    continue;
                Person person = planned[i];
                const auto found = existing.constFind(person.code);
                if (found == existing.cend()) {
                    m_service.addPerson(person);
                } else {
                    person.id = found->id;
                    person.stamp = found->stamp;
                    m_service.updatePerson(person);
                }
            }
        });
    }
    Q_EMIT m_service.peopleChanged();
    return preview;
}

} // namespace kansa
