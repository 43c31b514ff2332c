// SPDX-License-Identifier: Apache-2.0
#include "model.h"

namespace Sla::Core {

namespace {
template <typename E, size_t N>
std::optional<E> lookup(const QString &s, const std::pair<E, const char16_t *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (s == QStringView(name))
            return value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QString nameOf(E e, const std::pair<E, const char16_t *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (value == e)
            return QString::fromUtf16(name);
    }
    return {};
}

constexpr std::pair<IndicatorKind, const char16_t *> kIndicatorKinds[] = {
    {IndicatorKind::Ratio, u"ratio"},
    {IndicatorKind::Latency, u"latency"},
    {IndicatorKind::Classification, u"classification"},
    {IndicatorKind::Drift, u"drift"},
    {IndicatorKind::Threshold, u"threshold"},
    {IndicatorKind::Query, u"query"}};
constexpr std::pair<ClassificationMeasure, const char16_t *> kMeasures[] = {
    {ClassificationMeasure::Precision, u"precision"},
    {ClassificationMeasure::Recall, u"recall"},
    {ClassificationMeasure::F1, u"f1"},
    {ClassificationMeasure::Accuracy, u"accuracy"}};
constexpr std::pair<DriftMethod, const char16_t *> kDriftMethods[] = {{DriftMethod::Psi, u"psi"},
                                                                      {DriftMethod::JensenShannon, u"jensen-shannon"},
                                                                      {DriftMethod::Wasserstein, u"wasserstein"}};
constexpr std::pair<CompareOp, const char16_t *> kOps[] = {
    {CompareOp::Gte, u"gte"}, {CompareOp::Gt, u"gt"}, {CompareOp::Lte, u"lte"}, {CompareOp::Lt, u"lt"}};
constexpr std::pair<Aggregate, const char16_t *> kAggregates[] = {
    {Aggregate::Avg, u"avg"}, {Aggregate::Min, u"min"}, {Aggregate::Max, u"max"}, {Aggregate::Last, u"last"}};
constexpr std::pair<AlertSeverity, const char16_t *> kSeverities[] = {
    {AlertSeverity::Page, u"page"}, {AlertSeverity::Ticket, u"ticket"}, {AlertSeverity::Info, u"info"}};
constexpr std::pair<CalendarUnit, const char16_t *> kCalendarUnits[] = {
    {CalendarUnit::Week, u"week"}, {CalendarUnit::Month, u"month"}, {CalendarUnit::Quarter, u"quarter"}};
constexpr std::pair<DataSourceType, const char16_t *> kSourceTypes[] = {{DataSourceType::Prometheus, u"prometheus"},
                                                                        {DataSourceType::Datadog, u"datadog"},
                                                                        {DataSourceType::Recorded, u"recorded"},
                                                                        {DataSourceType::CloudWatch, u"cloudwatch"}};
constexpr std::pair<AuthType, const char16_t *> kAuthTypes[] = {
    {AuthType::None, u"none"}, {AuthType::Basic, u"basic"}, {AuthType::Bearer, u"bearer"}};
constexpr std::pair<GateMode, const char16_t *> kGateModes[] = {{GateMode::Block, u"block"}, {GateMode::Warn, u"warn"}};
constexpr std::pair<Correction::Category, const char16_t *> kCorrectionCategories[] = {
    {Correction::Category::ScheduledMaintenance, u"scheduled-maintenance"},
    {Correction::Category::Deployment, u"deployment"},
    {Correction::Category::OutsideBusinessHours, u"outside-business-hours"},
    {Correction::Category::Other, u"other"}};
constexpr std::pair<Annotation::Kind, const char16_t *> kAnnotationKinds[] = {{Annotation::Kind::Deploy, u"deploy"},
                                                                              {Annotation::Kind::Incident, u"incident"},
                                                                              {Annotation::Kind::Note, u"note"}};

template <typename T, std::size_t N> QStringList namesOf(const std::pair<T, const char16_t *> (&table)[N])
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromUtf16(entry.second);
    return out;
}
} // namespace

Duration Window::nominalLength() const
{
    if (kind == Kind::Rolling)
        return rolling;
    switch (calendar) {
    case CalendarUnit::Week:
        return Duration::days(7);
    case CalendarUnit::Month:
        return Duration::days(30);
    case CalendarUnit::Quarter:
        return Duration::days(91);
    }
    return Duration::days(30);
}

QList<BurnRateWindow> BurnRateWindow::defaults()
{
    return {{Duration::hours(1), Duration::minutes(5), 14.4, AlertSeverity::Page},
            {Duration::hours(6), Duration::minutes(30), 6, AlertSeverity::Page},
            {Duration::days(1), Duration::hours(2), 3, AlertSeverity::Ticket},
            {Duration::days(3), Duration::hours(6), 1, AlertSeverity::Ticket}};
}

namespace {
QPair<QString, QString> field(const char *key, const QString &text)
{
    return {QString::fromLatin1(key), text};
}

/// Every selector field of the indicator's kind, empty ones too.
QList<QPair<QString, QString>> fieldsOfKind(const Indicator &i)
{
    switch (i.kind) {
    case IndicatorKind::Ratio:
        return {field("ratio.good", i.ratio.good), field("ratio.bad", i.ratio.bad),
                field("ratio.total", i.ratio.total)};
    case IndicatorKind::Latency:
        return {field("latency.histogram", i.latency.histogram)};
    case IndicatorKind::Classification:
        return {field("classification.tp", i.classification.tp), field("classification.fp", i.classification.fp),
                field("classification.fn", i.classification.fn), field("classification.tn", i.classification.tn)};
    case IndicatorKind::Drift:
        return {field("drift.histogram", i.drift.histogram)};
    case IndicatorKind::Threshold:
        return {field("threshold.metric", i.threshold.metric)};
    case IndicatorKind::Query:
        return {field("query.good", i.query.good), field("query.bad", i.query.bad), field("query.total", i.query.total),
                field("query.errorRatio", i.query.errorRatio), field("query.value", i.query.value)};
    }
    return {};
}
} // namespace

QList<QPair<QString, QString>> Indicator::selectorFields() const
{
    QList<QPair<QString, QString>> out = fieldsOfKind(*this);
    out.removeIf([](const QPair<QString, QString> &f) { return f.second.isEmpty(); });
    return out;
}

QStringList Indicator::selectors() const
{
    QStringList out;
    for (const auto &f : selectorFields())
        out << f.second;
    return out;
}

template <typename T> static const T *findByName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.metadata.name == name)
            return &item;
    }
    return nullptr;
}

const Sla *Workspace::findSla(const QString &name) const
{
    return findByName(slas, name);
}
const TierTemplate *Workspace::findTier(const QString &name) const
{
    return findByName(tiers, name);
}
const DataSource *Workspace::findDataSource(const QString &name) const
{
    return findByName(dataSources, name);
}
const Service *Workspace::findService(const QString &name) const
{
    return findByName(services, name);
}

void Workspace::append(const Workspace &other)
{
    slas += other.slas;
    tiers += other.tiers;
    dataSources += other.dataSources;
    services += other.services;
    corrections += other.corrections;
    annotations += other.annotations;
}

qint64 Correction::lengthMs() const
{
    if (duration)
        return duration->ms;
    if (end && start.isValid() && end->isValid())
        return start.msecsTo(*end);
    return 0;
}

// toString(E) and the parser of each enum's document names, over the tables above.
#define SLA_ENUM_NAMES(Enum, fromString, table)                                                                        \
    QString toString(Enum v)                                                                                           \
    {                                                                                                                  \
        return nameOf(v, table);                                                                                       \
    }                                                                                                                  \
    std::optional<Enum> fromString(const QString &s)                                                                   \
    {                                                                                                                  \
        return lookup(s, table);                                                                                       \
    }

SLA_ENUM_NAMES(IndicatorKind, indicatorKindFromString, kIndicatorKinds)
SLA_ENUM_NAMES(ClassificationMeasure, measureFromString, kMeasures)
SLA_ENUM_NAMES(DriftMethod, driftMethodFromString, kDriftMethods)
SLA_ENUM_NAMES(CompareOp, compareOpFromString, kOps)
SLA_ENUM_NAMES(Aggregate, aggregateFromString, kAggregates)
SLA_ENUM_NAMES(AlertSeverity, severityFromString, kSeverities)
SLA_ENUM_NAMES(CalendarUnit, calendarUnitFromString, kCalendarUnits)
SLA_ENUM_NAMES(AuthType, authTypeFromString, kAuthTypes)
SLA_ENUM_NAMES(GateMode, gateModeFromString, kGateModes)

#undef SLA_ENUM_NAMES

// Data source types are read case-insensitively, and an unknown one is `Other`.
QString toString(DataSourceType v)
{
    return v == DataSourceType::Other ? QStringLiteral("other") : nameOf(v, kSourceTypes);
}
DataSourceType dataSourceTypeFromString(const QString &s)
{
    // OpenSLO spells its own CloudWatch type `CloudWatch`, with keys in its connection
    // details: that one stays an other type (kept, not queried). Ours is `cloudwatch`.
    if (s.compare(u"cloudwatch", Qt::CaseInsensitive) == 0 && s != u"cloudwatch")
        return DataSourceType::Other;
    return lookup(s.toLower(), kSourceTypes).value_or(DataSourceType::Other);
}

QString toString(Correction::Category v)
{
    return nameOf(v, kCorrectionCategories);
}
QString toString(Annotation::Kind v)
{
    return nameOf(v, kAnnotationKinds);
}
std::optional<Correction::Category> correctionCategoryFromString(const QString &s)
{
    return lookup(s, kCorrectionCategories);
}
std::optional<Annotation::Kind> annotationKindFromString(const QString &s)
{
    return lookup(s, kAnnotationKinds);
}
QStringList correctionCategoryNames()
{
    return namesOf(kCorrectionCategories);
}
QStringList annotationKindNames()
{
    return namesOf(kAnnotationKinds);
}

QStringList requiredCounters(ClassificationMeasure measure)
{
    switch (measure) {
    case ClassificationMeasure::Precision:
        return {QStringLiteral("tp"), QStringLiteral("fp")};
    case ClassificationMeasure::Recall:
        return {QStringLiteral("tp"), QStringLiteral("fn")};
    case ClassificationMeasure::F1:
        return {QStringLiteral("tp"), QStringLiteral("fp"), QStringLiteral("fn")};
    case ClassificationMeasure::Accuracy:
        return {QStringLiteral("tp"), QStringLiteral("fp"), QStringLiteral("fn"), QStringLiteral("tn")};
    }
    return {};
}

} // namespace Sla::Core
