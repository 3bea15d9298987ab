#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace kansa {

inline QJsonObject textProp(const QString& name, const QString& value)
{
    using namespace Qt::Literals::StringLiterals;
    return QJsonObject{{u"name"_s, name}, {u"value"_s, value}};
}

// An OSCAL catalog of NIST SP 800-53 rev5's size and shape, made up here (the real file is not at hand):
// syntheticCatalog(20, 1189, 7, 42) has 20 families, 1,189 controls and enhancements (four enhancements to a
// control), every 7th withdrawn without a statement, 42 statements longer than 1,000 characters, each statement
// with a parameter of each kind and each control NIST's guidance of some 2,000 characters, about 5 MB in all.
inline QByteArray syntheticCatalog(int families, int controls, int withdrawnEvery, int longStatements)
{
    using namespace Qt::Literals::StringLiterals;
    // Not read by the checklist (guidance is not a statement), but NIST's catalog is mostly guidance.
    const QString guidance =
        u"Guidance on the control, as NIST writes it for each control and enhancement. "_s.repeated(26);
    QJsonArray groups;
    for (int f = 0; f < families; ++f)
        groups << QJsonObject{{u"id"_s, u"f%1"_s.arg(f)},
                              {u"class"_s, u"family"_s},
                              {u"title"_s, u"Family %1"_s.arg(f)},
                              {u"controls"_s, QJsonArray()}};
    QList<QJsonArray> familyControls(families);
    int made = 0;
    int longMade = 0;
    for (int base = 0; made < controls; ++base) {
        const int family = base % families;
        const QString id = u"f%1-%2"_s.arg(family).arg(base);
        auto control = [&](const QString& controlId, const QString& label, bool withdrawn, int n) {
            QJsonObject object{{u"id"_s, controlId}, {u"class"_s, u"SP800-53"_s}, {u"title"_s, u"Control %1"_s.arg(n)}};
            QJsonArray props{textProp(u"label"_s, label)};
            if (withdrawn) {
                props << textProp(u"status"_s, u"withdrawn"_s);
                const QString href = u"#"_s % id;
                object.insert(u"links"_s, QJsonArray{QJsonObject{{u"href"_s, href}, {u"rel"_s, u"moved-to"_s}}});
            } else {
                const QString first = controlId % u"_prm_1"_s;
                const QString second = controlId % u"_prm_2"_s;
                const QString statement = controlId % u"_smt"_s;
                const QString itemA = controlId % u"_smt.a"_s;
                const QString guidanceId = controlId % u"_gdn"_s;
                object.insert(
                    u"params"_s,
                    QJsonArray{QJsonObject{{u"id"_s, first}, {u"label"_s, u"organization-defined frequency"_s}},
                               QJsonObject{{u"id"_s, second},
                                           {u"select"_s, QJsonObject{{u"how-many"_s, u"one-or-more"_s},
                                                                     {u"choice"_s, QJsonArray{u"a"_s, u"b"_s}}}}}});
                QString prose = u"Review the records {{ insert: param, %1_prm_1 }} for "
                                "{{ insert: param, %1_prm_2 }} events."_s.arg(controlId);
                if (longMade < longStatements) {
                    prose += QString(1100, u'x');
                    ++longMade;
                }
                object.insert(
                    u"parts"_s,
                    QJsonArray{QJsonObject{{u"id"_s, statement},
                                           {u"name"_s, u"statement"_s},
                                           {u"parts"_s, QJsonArray{QJsonObject{
                                                            {u"id"_s, itemA},
                                                            {u"name"_s, u"item"_s},
                                                            {u"props"_s, QJsonArray{textProp(u"label"_s, u"a."_s)}},
                                                            {u"prose"_s, prose}}}}},
                               QJsonObject{{u"id"_s, guidanceId}, {u"name"_s, u"guidance"_s}, {u"prose"_s, guidance}}});
            }
            object.insert(u"props"_s, props);
            return object;
        };
        QJsonObject parent = control(id, id.toUpper(), false, made++);
        QJsonArray enhancements;
        for (int e = 1; e <= 4 && made < controls; ++e, ++made)
            enhancements << control(id % u'.' % QString::number(e), id.toUpper() % u'(' % QString::number(e) % u')',
                                    made % withdrawnEvery == 0, made);
        parent.insert(u"controls"_s, enhancements);
        familyControls[family] << parent;
    }
    for (int f = 0; f < families; ++f) {
        QJsonObject group = groups.at(f).toObject();
        group.insert(u"controls"_s, familyControls[f]);
        groups.replace(f, group);
    }
    const QJsonObject catalog{{u"uuid"_s, u"00000000-0000-4000-8000-000000000000"_s},
                              {u"metadata"_s, QJsonObject{{u"title"_s, u"Synthetic catalog"_s}}},
                              {u"groups"_s, groups}};
    return QJsonDocument(QJsonObject{{u"catalog"_s, catalog}}).toJson(QJsonDocument::Indented);
}

} // namespace kansa
