#pragma once

#include "auth/AccessPolicy.h"
#include "auth/Session.h"
#include "checklist/Crosswalk.h"
#include "exchange/CsvReader.h"
#include "store/VersionedRows.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace kansa {

class Database;
struct Checklist;
struct Derivation;

// The organisation's crosswalks: links between the items of two checklist versions, kept by whoever keeps the
// checklist library (the operation its imports ask for). Every signed-in person reads them, as they read the
// checklists. Each link is a row with a version: a stale edit is refused.
class CrosswalkService final : public QObject
{
    Q_OBJECT

public:
    CrosswalkService(Database& db, Session session, QObject* parent = nullptr);

    // Throws PermissionDenied unless the person keeps the checklist library: asked before a file is read.
    void requireManage();

    // Every link, or those with a side in the checklist version, read from the side they were stored with, in one
    // query; sorted by checklists, versions and items.
    QList<CrosswalkLink> links(const std::optional<ChecklistRef>& touching = std::nullopt);
    // What each item of the checklist version links to, read from its side (the checklist browser), in one query.
    QHash<QString, QList<CrosswalkLink>> linksByItem(const ChecklistRef& checklist);

    // Throws Error when an item is not in its checklist version or the link is there already.
    qint64 add(const CrosswalkLink& link);
    // Changes the relation and the note of link.id, which must still have link.stamp.version; a link read from its
    // other side (linksByItem) is stored with the relation as seen from its own.
    void update(const CrosswalkLink& link);
    void remove(qint64 id, int expectedVersion);

    // A crosswalk file: one heading line and a link a line (checklists/README.md). A file with any problem (an
    // unknown checklist, item or relation) imports nothing; a link that is stored already takes the file's
    // relation and note.
    struct ImportOutcome
    {
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        QList<ImportProblem> problems;
    };
    ImportOutcome importCsv(const QByteArray& bytes);
    QByteArray exportCsv(const std::optional<ChecklistRef>& touching = std::nullopt);

    // Stores the links of a derivation (Crosswalk::fromDerivation) once the draft is in the library as `draft` and the
    // checklist it was compared with as `stored`; returns how many were added.
    int storeDerived(const Derivation& derivation, const Checklist& against, const ChecklistRef& draft,
                     const ChecklistRef& stored);

Q_SIGNALS:
    void changed();

private:
    // A problem of links[index], in the field that names it (from_item, to_version, ...).
    struct LinkProblem
    {
        int index = 0;
        QString field;
        QString message;
        int earlier = -1; // a link given twice: the index of the first, which %1 of the message names
    };
    struct Side
    {
        qint64 checklistId = 0; // 0: no such checklist version
        QSet<QString> items;
    };
    // Checks that every item is in its checklist version (one query per version named); fills sides.
    QList<LinkProblem> check(const QList<CrosswalkLink>& links, QHash<QString, Side>& sides);
    // Adds or updates the links in one transaction; the links must have been checked.
    ImportOutcome store(const QList<CrosswalkLink>& links, const QHash<QString, Side>& sides);
    QList<CrosswalkLink> read(const QString& condition, const QVariantList& values);
    // The link as stored; throws StaleEdit when someone removed it.
    CrosswalkLink stored(qint64 id);
    // The row of a new link (its checklists' ids from sides).
    static ColumnValues columnsOf(const CrosswalkLink& link, const QHash<QString, Side>& sides);

    Database& m_db;
    Session m_session;
    AccessPolicy m_access; // decides from m_session and the stored rows
};

} // namespace kansa
