#include "OrganisationService.h"

#include "auth/DatabasePolicy.h"
#include "common/Error.h"
#include "store/Database.h"
#include "store/VersionedRows.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

constexpr int MaxNameLength = 200;

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

// The sorted, de-duplicated role keys separated by spaces.
QString roleKeys(QList<Role> roles)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    QStringList keys;
    for (Role role : roles)
        keys << Roles::key(role);
    return keys.join(u' ');
}

} // namespace

OrganisationService::OrganisationService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_access(m_db, m_session)
{}

void OrganisationService::createOrganisation(Database& db, const QString& actor, const QString& name,
                                             const QString& kind)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("The organisation needs a name."));
    if (!OrganisationKinds::keys().contains(kind))
        throw Error(tr("Unknown kind of organisation: %1").arg(kind));
    db.write(actor, [&](VersionedRows& changes) {
        if (db.scalar(u"SELECT COUNT(*) FROM organisation"_s).toInt() > 0)
            throw Error(tr("The database already holds an organisation."));
        changes.insert(
            u"organisation"_s,
            {{u"name"_s, name.trimmed()}, {u"kind"_s, kind}, {u"classification_marking"_s, u"自治体機密性2"_s}});
    });
}

Organisation OrganisationService::organisation()
{
    QSqlQuery query = m_db.exec(u"SELECT id, name, kind, classification_marking, "_s % VersionedRows::stampColumns() %
                                u" FROM organisation ORDER BY id"_s);
    Organisation result;
    if (query.next()) {
        result.id = query.value(0).toLongLong();
        result.name = query.value(1).toString();
        result.kind = query.value(2).toString();
        result.classificationMarking = query.value(3).toString();
        result.stamp = VersionedRows::readStamp(query, 4);
    }
    return result;
}

void OrganisationService::updateOrganisation(const Organisation& organisation)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("change the organisation"));
    if (organisation.name.trimmed().isEmpty())
        throw Error(tr("The organisation needs a name."));
    if (!OrganisationKinds::keys().contains(organisation.kind))
        throw Error(tr("Unknown kind of organisation: %1").arg(organisation.kind));
    if (organisation.classificationMarking.trimmed().isEmpty())
        throw Error(tr("The classification marking printed on documents may not be empty."));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"organisation"_s, organisation.id, organisation.stamp.version, organisation.name,
                       {{u"name"_s, organisation.name.trimmed()},
                        {u"kind"_s, organisation.kind},
                        {u"classification_marking"_s, organisation.classificationMarking.trimmed()}});
        changes.announce(this, [=, this] { Q_EMIT organisationChanged(); });
    });
}

ReportLetterhead OrganisationService::letterhead()
{
    QSqlQuery query = m_db.exec(u"SELECT letterhead_name, letterhead FROM organisation ORDER BY id"_s);
    if (!query.next() || query.value(1).isNull() || query.value(1).toByteArray().isEmpty())
        return ReportLetterhead::standard();
    return ReportLetterhead::read(query.value(0).toString(), query.value(1).toByteArray());
}

void OrganisationService::setLetterhead(const QString& fileName, const QByteArray& content, int expectedVersion)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("change the organisation"));
    if (!content.isEmpty())
        ReportLetterhead::read(fileName, content);
    const Organisation current = organisation();
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.update(u"organisation"_s, current.id, expectedVersion, current.name,
                       {{u"letterhead_name"_s, content.isEmpty() ? QString() : fileName}, {u"letterhead"_s, content}});
        changes.announce(this, [=, this] { Q_EMIT organisationChanged(); });
    });
}

QList<Unit> OrganisationService::units()
{
    QSqlQuery query = m_db.exec(u"SELECT id, parent_id, code, name, kind, sort_order, "_s %
                                VersionedRows::stampColumns() % u" FROM units ORDER BY sort_order, id"_s);
    QHash<qint64, QList<Unit>> byParent;
    while (query.next()) {
        Unit unit;
        unit.id = query.value(0).toLongLong();
        unit.parentId = query.value(1).toLongLong();
        unit.code = query.value(2).toString();
        unit.name = query.value(3).toString();
        unit.kind = UnitKinds::fromKey(query.value(4).toString()).value_or(UnitKind::Section);
        unit.sortOrder = query.value(5).toInt();
        unit.stamp = VersionedRows::readStamp(query, 6);
        byParent[unit.parentId] << unit;
    }
    QList<Unit> ordered;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Unit& unit : byParent.value(parent)) {
            ordered << unit;
            walk(unit.id);
        }
    };
    walk(0);
    return ordered;
}

Unit OrganisationService::unit(qint64 id)
{
    for (const Unit& unit : units()) {
        if (unit.id == id)
            return unit;
    }
    throw Error(tr("The unit no longer exists."));
}

void OrganisationService::validateUnit(const Unit& unit)
{
    if (unit.name.trimmed().isEmpty())
        throw Error(tr("A unit needs a name."));
    if (unit.name.size() > MaxNameLength)
        throw Error(tr("The unit name is too long (at most %1 characters).").arg(MaxNameLength));
    if (unit.parentId && !m_db.scalar(u"SELECT id FROM units WHERE id = ?"_s, {unit.parentId}).isValid())
        throw Error(tr("The parent unit of 「%1」 no longer exists.").arg(unit.name));
    if (!unit.code.isEmpty()) {
        const QVariant other =
            m_db.scalar(u"SELECT name FROM units WHERE code = ? AND id <> ?"_s, {unit.code, unit.id});
        if (other.isValid())
            throw Error(tr("The unit code %1 is already used by 「%2」.").arg(unit.code, other.toString()));
    }
}

qint64 OrganisationService::addUnit(const Unit& unit)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("add a unit"));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validateUnit(unit);
        int order = unit.sortOrder;
        if (order <= 0) {
            m_db.serializeWritesTo(u"units"_s); // two units added at once get different places
            order = 1 + m_db.scalar(u"SELECT COALESCE(MAX(sort_order), 0) FROM units WHERE "_s %
                                        (unit.parentId ? u"parent_id = ?"_s : u"parent_id IS NULL AND ? = 0"_s),
                                    {unit.parentId})
                            .toInt();
        }
        const qint64 id = changes.insert(u"units"_s, {{u"parent_id"_s, nullIfZero(unit.parentId)},
                                                      {u"code"_s, nullIfEmpty(unit.code.trimmed())},
                                                      {u"name"_s, unit.name.trimmed()},
                                                      {u"kind"_s, UnitKinds::key(unit.kind)},
                                                      {u"sort_order"_s, order}});
        changes.announce(this, [=, this] { Q_EMIT unitsChanged(); });
        return id;
    });
}

void OrganisationService::updateUnit(const Unit& unit)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("change a unit"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validateUnit(unit);
        changes.update(u"units"_s, unit.id, unit.stamp.version, unit.name,
                       {{u"code"_s, nullIfEmpty(unit.code.trimmed())},
                        {u"name"_s, unit.name.trimmed()},
                        {u"kind"_s, UnitKinds::key(unit.kind)}});
        changes.announce(this, [=, this] { Q_EMIT unitsChanged(); });
    });
}

QList<qint64> OrganisationService::childIds(qint64 parentId)
{
    QList<qint64> ids;
    QSqlQuery query = parentId
                          ? m_db.exec(u"SELECT id FROM units WHERE parent_id = ? ORDER BY sort_order, id"_s, {parentId})
                          : m_db.exec(u"SELECT id FROM units WHERE parent_id IS NULL ORDER BY sort_order, id"_s);
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

void OrganisationService::moveUnit(qint64 id, int expectedVersion, qint64 newParentId, int position)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("move a unit"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        m_db.serializeWritesTo(u"units"_s); // the siblings are renumbered from what this transaction reads
        const Unit moved = unit(id);
        // A unit may not move below itself.
        for (qint64 ancestor = newParentId; ancestor;) {
            if (ancestor == id)
                throw Error(tr("「%1」 cannot be moved into one of its own sub-units.").arg(moved.name));
            ancestor = m_db.scalar(u"SELECT parent_id FROM units WHERE id = ?"_s, {ancestor}).toLongLong();
        }
        changes.update(u"units"_s, id, expectedVersion, moved.name, {{u"parent_id"_s, nullIfZero(newParentId)}});

        QList<qint64> siblings = childIds(newParentId);
        siblings.removeAll(id);
        siblings.insert(std::clamp(position, 0, static_cast<int>(siblings.size())), id);
        for (int i = 0; i < siblings.size(); ++i)
            changes.overwrite(u"units"_s, siblings[i], {{u"sort_order"_s, i + 1}});
        changes.announce(this, [=, this] { Q_EMIT unitsChanged(); });
    });
}

void OrganisationService::removeUnit(qint64 id, int expectedVersion)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("remove a unit"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const Unit removed = unit(id);
        if (!childIds(id).isEmpty())
            throw Error(tr("「%1」 still has sub-units; move or remove them first.").arg(removed.name));
        const int people = m_db.scalar(u"SELECT COUNT(*) FROM people WHERE unit_id = ?"_s, {id}).toInt();
        if (people > 0)
            throw Error(
                tr("「%1」 still has %2 people; move them to another unit first.").arg(removed.name).arg(people));
        changes.remove(u"units"_s, id, expectedVersion, removed.name);
        changes.announce(this, [=, this] { Q_EMIT unitsChanged(); });
    });
}

QList<Person> OrganisationService::people()
{
    QHash<qint64, QList<Role>> roles;
    QSqlQuery roleQuery = m_db.exec(u"SELECT person_id, role FROM person_roles"_s);
    while (roleQuery.next()) {
        if (const auto role = Roles::fromKey(roleQuery.value(1).toString()))
            roles[roleQuery.value(0).toLongLong()] << *role;
    }
    QList<Person> list;
    QSqlQuery query = m_db.exec(u"SELECT id, code, name, kana, unit_id, email, "_s % VersionedRows::stampColumns() %
                                u" FROM people ORDER BY kana, name, id"_s);
    while (query.next()) {
        Person person;
        person.id = query.value(0).toLongLong();
        person.code = query.value(1).toString();
        person.name = query.value(2).toString();
        person.kana = query.value(3).toString();
        person.unitId = query.value(4).toLongLong();
        person.email = query.value(5).toString();
        person.stamp = VersionedRows::readStamp(query, 6);
        QList<Role> own = roles.value(person.id);
        std::sort(own.begin(), own.end());
        person.roles = own;
        list << person;
    }
    return list;
}

Person OrganisationService::person(qint64 id)
{
    for (const Person& person : people()) {
        if (person.id == id)
            return person;
    }
    throw Error(tr("The person no longer exists."));
}

void OrganisationService::validatePerson(const Person& person)
{
    if (person.name.trimmed().isEmpty())
        throw Error(tr("A person needs a name."));
    if (person.name.size() > MaxNameLength || person.kana.size() > MaxNameLength || person.email.size() > MaxNameLength)
        throw Error(tr("The name, kana or e-mail of 「%1」 is too long (at most %2 characters).")
                        .arg(person.name.left(40))
                        .arg(MaxNameLength));
    if (!person.email.isEmpty() && !person.email.contains(u'@'))
        throw Error(tr("The e-mail address of 「%1」 is not valid: %2").arg(person.name, person.email));
    if (person.unitId && !m_db.scalar(u"SELECT id FROM units WHERE id = ?"_s, {person.unitId}).isValid())
        throw Error(tr("The unit of 「%1」 no longer exists.").arg(person.name));
    if (!person.code.isEmpty()) {
        const QVariant other =
            m_db.scalar(u"SELECT name FROM people WHERE code = ? AND id <> ?"_s, {person.code, person.id});
        if (other.isValid())
            throw Error(tr("The staff number %1 is already used by 「%2」.").arg(person.code, other.toString()));
    }
}

void OrganisationService::writeRoles(VersionedRows& changes, qint64 personId, const QList<Role>& oldRoles,
                                     const QList<Role>& roles)
{
    const QString oldKeys = roleKeys(oldRoles);
    const QString newKeys = roleKeys(roles);
    if (oldKeys == newKeys)
        return;
    // Roles decide who may do what: only the administrator grants them, and never to themselves.
    m_access.require(Operation::Administer, m_access.organisation(), tr("change the roles of people"));
    if (personId == m_session.personId)
        throw PermissionDenied(tr("Nobody changes their own roles: another administrator does."));
    // The role set is logged as one field, so the history reads 「staff」 → 「auditor staff」.
    changes.replaceSet(u"person_roles"_s, {{u"person_id"_s, personId}}, u"role"_s,
                       newKeys.split(u' ', Qt::SkipEmptyParts), u"people"_s, personId, u"roles"_s);
    // On a server that enforces the policy with roles, the person's account follows: its group roles change too.
    if (DatabasePolicy::enabled(m_db)) {
        QSqlQuery account =
            m_db.exec(u"SELECT login, is_administrator FROM accounts WHERE person_id = ?"_s, {personId});
        if (account.next()) {
            Session holder;
            holder.roles = roles;
            holder.administrator = account.value(1).toInt() != 0;
            const QString login = account.value(0).toString();
            account.finish();
            DatabasePolicy::setHolders(m_db, login, AccessPolicy::holders(holder));
        }
    }
}

qint64 OrganisationService::addPerson(const Person& person)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("add a person"));
    return m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validatePerson(person);
        const qint64 id = changes.insert(u"people"_s, {{u"code"_s, nullIfEmpty(person.code.trimmed())},
                                                       {u"name"_s, person.name.trimmed()},
                                                       {u"kana"_s, person.kana.trimmed()},
                                                       {u"unit_id"_s, nullIfZero(person.unitId)},
                                                       {u"email"_s, person.email.trimmed()}});
        writeRoles(changes, id, {}, person.roles);
        changes.announce(this, [=, this] { Q_EMIT peopleChanged(); });
        return id;
    });
}

void OrganisationService::updatePerson(const Person& person)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("change a person"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        validatePerson(person);
        const QList<Role> oldRoles = this->person(person.id).roles;
        changes.update(u"people"_s, person.id, person.stamp.version, person.name,
                       {{u"code"_s, nullIfEmpty(person.code.trimmed())},
                        {u"name"_s, person.name.trimmed()},
                        {u"kana"_s, person.kana.trimmed()},
                        {u"unit_id"_s, nullIfZero(person.unitId)},
                        {u"email"_s, person.email.trimmed()}});
        writeRoles(changes, person.id, oldRoles, person.roles);
        changes.announce(this, [=, this] { Q_EMIT peopleChanged(); });
    });
}

void OrganisationService::removePerson(qint64 id, int expectedVersion)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("remove a person"));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        const Person removed = person(id);
        // The roles go with the person; the change log says which they were. A security role is the
        // administrator's to take away.
        if (std::any_of(removed.roles.cbegin(), removed.roles.cend(), [](Role role) { return role != Role::Staff; }))
            m_access.require(Operation::Administer, m_access.organisation(),
                             tr("remove a person who holds a security role"));
        changes.replaceSet(u"person_roles"_s, {{u"person_id"_s, id}}, u"role"_s, {}, u"people"_s, id, u"roles"_s);
        changes.remove(u"people"_s, id, expectedVersion, removed.name);
        changes.announce(this, [=, this] { Q_EMIT peopleChanged(); });
    });
}

qint64 OrganisationService::evidenceFileLimit(Database& db)
{
    return db.scalar(u"SELECT value FROM schema_info WHERE key = 'evidence_file_limit_bytes'"_s).toLongLong();
}

void OrganisationService::setEvidenceFileLimit(qint64 bytes)
{
    m_access.require(Operation::Administer, m_access.organisation(), tr("set the size limit of evidence files"));
    if (bytes < 1024 || bytes > 1024LL * 1024 * 1024)
        throw Error(tr("The limit must be between 1 KB and 1 GB."));
    if (bytes == evidenceFileLimit())
        return;
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        changes.setSetting(u"evidence_file_limit_bytes"_s, QString::number(bytes));
        changes.announce(this, [=, this] { Q_EMIT organisationChanged(); });
    });
}

QList<int> OrganisationService::fiscalYears()
{
    QList<int> years;
    QSqlQuery query = m_db.exec(u"SELECT year FROM fiscal_years ORDER BY year"_s);
    while (query.next())
        years << query.value(0).toInt();
    return years;
}

void OrganisationService::addFiscalYear(int year)
{
    m_access.require(Operation::ManageOrganisation, m_access.organisation(), tr("add a fiscal year"));
    if (year < 1989 || year > 2200)
        throw Error(tr("The fiscal year %1 is out of range.").arg(year));
    m_db.write(m_session.actor(), [&](VersionedRows& changes) {
        if (m_db.scalar(u"SELECT year FROM fiscal_years WHERE year = ?"_s, {year}).isValid())
            throw Error(tr("The fiscal year %1 already exists.").arg(year));
        changes.insertKeyed(u"fiscal_years"_s, u"year"_s, {{u"year"_s, year}});
        changes.announce(this, [=, this] { Q_EMIT fiscalYearsChanged(); });
    });
}

} // namespace kansa
