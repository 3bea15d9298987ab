#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kansa {

// A text in both languages of the application.
struct LocalizedText
{
    QString ja;
    QString en;

    // An English-only checklist leaves ja empty: it is shown in English whatever the application's language.
    QString in(const QString& language) const { return (language == u"en" && !en.isEmpty()) || ja.isEmpty() ? en : ja; }
    bool operator==(const LocalizedText&) const = default;
};

struct ChecklistItem
{
    QString id;       // stable, never reused: std-4.2-1-2
    QString ref;      // the clause as the policy numbers it: 4.2(1)②
    QString source;   // the verbatim quote of the clause
    QString document; // the quoted document, when the checklist names several
    LocalizedText question;
    QStringList roles; // role keys; "committee" besides the person roles
    QString level;     // organisation, unit or system
    QList<LocalizedText> evidence;
    bool priority = false;   // 重点項目
    QStringList derivedFrom; // ids of the items this one derives from
    bool withdrawn = false;  // kept from a framework that withdrew the control (NIST: "withdrawn"), not asked

    bool operator==(const ChecklistItem&) const = default;
};

struct ChecklistSection
{
    QString number;
    LocalizedText title;
    QList<ChecklistItem> items;
};

struct ChecklistChapter
{
    QString number;
    LocalizedText title;
    int obligations = -1; // obligation sentences of the source chapter, when counted; -1: not counted
    QList<ChecklistSection> sections;
};

struct SourceDocument
{
    QString id;
    QString title;
    QString layer; // basic_policy, standards, procedure
};

// A checklist as read from a file or the database: chapters, sections and items in order.
struct Checklist
{
    QString id; // yomogita-standards
    int version = 0;
    QString kind;     // standards, basic_policy, procedure, self_inspection, framework
    QString language; // empty: Japanese and English; "en": English only (an imported framework)
    LocalizedText title;
    QList<SourceDocument> documents;
    QList<ChecklistChapter> chapters;

    int itemCount() const;
    QList<const ChecklistItem*> items() const;

    // An imported framework (NIST SP 800-53) names no roles or evidence of the municipality's.
    bool isFramework() const { return kind == u"framework"; }
    bool isEnglishOnly() const { return language == u"en"; }

    static const QStringList& kinds();
    static const QStringList& levels();
    static const QStringList& roleKeys(); // person role keys and "committee"
};

} // namespace kansa
