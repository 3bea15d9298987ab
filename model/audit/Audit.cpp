#include "Audit.h"

#include "common/EnumKeys.h"

using namespace Qt::Literals::StringLiterals;

namespace kansa {

namespace {

const EnumKey<AuditStatus> statuses[] = {{AuditStatus::Draft, u"draft"},
                                         {AuditStatus::Approved, u"approved"},
                                         {AuditStatus::InProgress, u"in_progress"},
                                         {AuditStatus::Reported, u"reported"},
                                         {AuditStatus::Closed, u"closed"}};
const EnumKey<AuditResult> resultKeys[] = {{AuditResult::NotAssessed, u"not_assessed"},
                                           {AuditResult::Conforming, u"conforming"},
                                           {AuditResult::PartlyConforming, u"partly_conforming"},
                                           {AuditResult::NonConforming, u"non_conforming"},
                                           {AuditResult::NotApplicable, u"not_applicable"}};
const EnumKey<EvidenceKind> evidenceKinds[] = {{EvidenceKind::Document, u"document"},
                                               {EvidenceKind::Interview, u"interview"},
                                               {EvidenceKind::Observation, u"observation"},
                                               {EvidenceKind::File, u"file"}};
const EnumKey<Severity> severities[] = {
    {Severity::Major, u"major"}, {Severity::Minor, u"minor"}, {Severity::Advice, u"advice"}};

} // namespace

QString AuditTexts::key(AuditStatus status)
{
    return keyOf(statuses, status);
}

QString AuditTexts::key(AuditResult result)
{
    return keyOf(resultKeys, result);
}

QString AuditTexts::key(EvidenceKind kind)
{
    return keyOf(evidenceKinds, kind);
}

QString AuditTexts::key(Severity severity)
{
    return keyOf(severities, severity);
}

AuditStatus AuditTexts::status(const QString& key)
{
    return valueOf(statuses, key);
}

AuditResult AuditTexts::result(const QString& key)
{
    return valueOf(resultKeys, key);
}

EvidenceKind AuditTexts::evidenceKind(const QString& key)
{
    return valueOf(evidenceKinds, key);
}

Severity AuditTexts::severity(const QString& key)
{
    return valueOf(severities, key);
}

QString AuditTexts::name(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Draft:
        return tr("Draft");
    case AuditStatus::Approved:
        return tr("Approved");
    case AuditStatus::InProgress:
        return tr("In progress");
    case AuditStatus::Reported:
        return tr("Reported");
    case AuditStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString AuditTexts::name(AuditResult result)
{
    switch (result) {
    case AuditResult::NotAssessed:
        return tr("Not assessed");
    case AuditResult::Conforming:
        return tr("Conforming");
    case AuditResult::PartlyConforming:
        return tr("Partly conforming");
    case AuditResult::NonConforming:
        return tr("Non-conforming");
    case AuditResult::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString AuditTexts::shortName(AuditResult result)
{
    switch (result) {
    case AuditResult::NotAssessed:
        return tr("Open", "short for not assessed");
    case AuditResult::Conforming:
        return tr("Conf.", "short for conforming");
    case AuditResult::PartlyConforming:
        return tr("Partly", "short for partly conforming");
    case AuditResult::NonConforming:
        return tr("Non-conf.", "short for non-conforming");
    case AuditResult::NotApplicable:
        return tr("N/A", "short for not applicable");
    }
    return {};
}

QString AuditTexts::name(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Document:
        return tr("Document reviewed");
    case EvidenceKind::Interview:
        return tr("Interview");
    case EvidenceKind::Observation:
        return tr("Observation");
    case EvidenceKind::File:
        return tr("File");
    }
    return {};
}

QString AuditTexts::name(Severity severity)
{
    switch (severity) {
    case Severity::Major:
        return tr("Major");
    case Severity::Minor:
        return tr("Minor", "severity 指摘");
    case Severity::Advice:
        return tr("Advice");
    }
    return {};
}

const QList<AuditResult>& AuditTexts::results()
{
    static const QList<AuditResult> list{AuditResult::Conforming, AuditResult::PartlyConforming,
                                         AuditResult::NonConforming, AuditResult::NotApplicable,
                                         AuditResult::NotAssessed};
    return list;
}

} // namespace kansa
