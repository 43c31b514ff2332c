// SPDX-License-Identifier: Apache-2.0
#pragma once

// The SLA Desk document model: plain value types for `sladesk/v1` SLA and TierTemplate
// documents and the OpenSLO v1 DataSource and Service kinds. Every type compares by
// value; where a document came from (Origin) is carried along but never compared.

#include "core/document/diagnostic.h"
#include "core/document/duration.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sla::Core {

/// Provenance of a value: the location of the object and of each of its fields, keyed
/// by field name (e.g. "target", "dataSource"). Not part of a value's identity:
/// two documents that differ only in where they were read from compare equal.
struct Origin
{
    SourceLocation self;
    QHash<QString, SourceLocation> fields;

    /// The location of `field`, or of the object itself when the field was not written.
    SourceLocation at(const QString &field) const { return fields.value(field, self); }
    bool operator==(const Origin &) const { return true; }
};

struct Metadata
{
    QString name;
    QString displayName;
    QMap<QString, QStringList> labels; ///< OpenSLO allows a string or a list per label
    QMap<QString, QString> annotations;
    bool operator==(const Metadata &) const = default;
};

// ---------------------------------------------------------------------------------------
// Windows and budgeting

enum class CalendarUnit { Week, Month, Quarter };

/// `30d` (rolling) or `{calendar: month, timeZone: Europe/Berlin}`.
struct Window
{
    enum class Kind { Rolling, Calendar };
    Kind kind = Kind::Rolling;
    Duration rolling = Duration::days(30);
    CalendarUnit calendar = CalendarUnit::Month;
    QString timeZone = QStringLiteral("UTC"); ///< IANA name
    Origin origin;

    static Window rollingWindow(Duration d)
    {
        return Window{Kind::Rolling, d, CalendarUnit::Month, QStringLiteral("UTC"), {}};
    }
    /// Nominal length: the rolling duration, or 7/30/91 days for calendar windows.
    Duration nominalLength() const;
    bool operator==(const Window &) const = default;
};

struct Budgeting
{
    enum class Method { Occurrences, Timeslices };
    Method method = Method::Occurrences;
    Duration slice = Duration::minutes(5); ///< only for Timeslices
    bool operator==(const Budgeting &) const = default;
};

// ---------------------------------------------------------------------------------------
// Indicators

enum class IndicatorKind { Ratio, Latency, Classification, Drift, Threshold, Query };
enum class ClassificationMeasure { Precision, Recall, F1, Accuracy };
enum class DriftMethod { Psi, JensenShannon, Wasserstein };
enum class CompareOp { Gte, Gt, Lte, Lt };
enum class Aggregate { Avg, Min, Max, Last };

/// `ratio: {good|bad: SEL, total: SEL}`: exactly one of good and bad is set.
struct RatioIndicator
{
    QString good;
    QString bad;
    QString total;
    bool operator==(const RatioIndicator &) const = default;
};

/// Share of requests at or under `threshold` seconds, or (with a percentile and
/// timeslices) whether each slice's percentile is at or under it.
struct LatencyIndicator
{
    QString histogram;
    double threshold = 0;
    std::optional<double> percentile;
    bool operator==(const LatencyIndicator &) const = default;
};

struct ClassificationIndicator
{
    ClassificationMeasure measure = ClassificationMeasure::Precision;
    QString tp, fp, fn, tn; ///< only the counters the measure needs
    bool operator==(const ClassificationIndicator &) const = default;
};

struct DriftIndicator
{
    QString histogram;
    DriftMethod method = DriftMethod::Psi;
    QDateTime referenceFrom; ///< UTC
    QDateTime referenceTo;   ///< UTC
    double threshold = 0.1;
    bool operator==(const DriftIndicator &) const = default;
};

struct ThresholdIndicator
{
    QString metric;
    CompareOp op = CompareOp::Gte;
    double value = 0;
    Aggregate aggregate = Aggregate::Avg;
    bool operator==(const ThresholdIndicator &) const = default;
};

/// Raw source-specific queries with a `{{window}}` placeholder, one of:
/// `{good|bad: Q, total: Q}` (event counts over the window),
/// `{errorRatio: Q}` (the error ratio over the window; SLI = 1 - value), or
/// `{value: Q, op, threshold}` (timeslices: a slice is good when `value op threshold`).
struct QueryIndicator
{
    QString good;
    QString bad;
    QString total;
    QString errorRatio;
    QString value;
    std::optional<CompareOp> op;
    std::optional<double> threshold;
    bool operator==(const QueryIndicator &) const = default;
};

/// Exactly one of the members matching `kind` is meaningful.
struct Indicator
{
    IndicatorKind kind = IndicatorKind::Ratio;
    RatioIndicator ratio;
    LatencyIndicator latency;
    ClassificationIndicator classification;
    DriftIndicator drift;
    ThresholdIndicator threshold;
    QueryIndicator query;
    Origin origin; ///< field locations use dotted keys such as "ratio.good"

    /// The selectors / queries this indicator reads, in document order.
    QStringList selectors() const;
    /// The same as (origin key, text), e.g. ("ratio.good", "http_requests_total{code!~\"5..\"}").
    QList<QPair<QString, QString>> selectorFields() const;
    bool operator==(const Indicator &) const = default;
};

struct Objective
{
    QString name;
    QString displayName;
    QString description;
    Indicator indicator;
    double target = 0;
    Budgeting budgeting;
    std::optional<Window> window; ///< overrides the SLA's window
    QString dataSource;           ///< overrides the SLA's data source
    /// Fewer events than this in the window (or a burn-rate window) give
    /// `insufficient_data` instead of a figure; the tier's default when absent.
    std::optional<double> minEvents;
    /// Classification: fewer labelled samples (the measure's denominator) than this give
    /// `insufficient_data`; the tier's default when absent.
    std::optional<double> minSamples;
    /// Classification: ground truth arrives this late; the window is evaluated over
    /// [at - delay - window, at - delay] and the last `delay` is provisional.
    std::optional<Duration> labelDelay;
    Origin origin;
    bool operator==(const Objective &) const = default;
};

// ---------------------------------------------------------------------------------------
// Alerting, notification, contract

enum class AlertSeverity { Page, Ticket, Info };

struct BurnRateWindow
{
    Duration longWindow;
    Duration shortWindow;
    double factor = 0;
    AlertSeverity severity = AlertSeverity::Page;
    bool operator==(const BurnRateWindow &) const = default;

    /// SRE workbook defaults: page 14.4x 1h/5m and 6x 6h/30m, ticket 3x 1d/2h and 1x 3d/6h.
    static QList<BurnRateWindow> defaults();
};

struct AlertRule
{
    enum class Kind { Threshold, BurnRate, BudgetLow, NoData, Drift, PeriodBudget };
    Kind kind = Kind::Threshold;
    QString name;
    QString objective; ///< empty: every objective (burn rate) or required (others)
    // Threshold
    std::optional<double> below;
    std::optional<double> above;
    std::optional<Duration> window;
    std::optional<Duration> forDuration; ///< threshold, budgetBelow, driftAbove, consumedAbove
    /// Every kind: stays firing this long after its condition was last true.
    std::optional<Duration> keepFiring;
    // Drift (`driftAbove`): the drift score above this; nullopt (`driftAbove: threshold`):
    // above the objective's drift threshold.
    std::optional<double> driftAbove;
    // PeriodBudget (`consumedAbove`): the budget consumed since the start of the calendar
    // window's period above this fraction.
    double consumedAbove = 0;
    // BurnRate: `burnRate: default` or an explicit list
    bool burnRateDefault = false;
    QList<BurnRateWindow> burnRates;
    // BudgetLow
    double budgetBelow = 0;
    // NoData
    Duration noData;
    AlertSeverity severity = AlertSeverity::Page;
    Origin origin;
    bool operator==(const AlertRule &) const = default;
};

struct NotifyTarget
{
    enum class Kind { Desktop, Alertmanager, Webhook };
    Kind kind = Kind::Desktop;
    QString url;
    Origin origin;
    bool operator==(const NotifyTarget &) const = default;
};

struct CreditTier
{
    double below = 0;
    double credit = 0;
    bool operator==(const CreditTier &) const = default;
};

struct Contract
{
    QList<CreditTier> credits;
    CalendarUnit period = CalendarUnit::Month;
    Origin origin;
    bool isEmpty() const { return credits.isEmpty(); }
    bool operator==(const Contract &) const = default;
};

struct Remediation
{
    QString webhook;
    QString runbook;
    QString fallback;
    bool isEmpty() const { return webhook.isEmpty() && runbook.isEmpty() && fallback.isEmpty(); }
    bool operator==(const Remediation &) const = default;
};

struct Escalation
{
    std::optional<Duration> ackTimeout;
    QList<NotifyTarget> then;
    bool isEmpty() const { return !ackTimeout && then.isEmpty(); }
    bool operator==(const Escalation &) const = default;
};

// ---------------------------------------------------------------------------------------
// Documents

/// `apiVersion: sladesk/v1`, `kind: SLA`.
struct Sla
{
    Metadata metadata;
    QString description;
    QString service;
    QString tier;
    QString owner;
    QString dataSource;
    std::optional<Window> window; ///< inherited from the tier when absent
    /// The SLA's weight in the reports' reliability roll-up (> 0); absent: 1.
    std::optional<double> weight;
    QList<Objective> objectives;
    QList<AlertRule> alerts;
    QList<NotifyTarget> notify;
    Contract contract;
    Remediation remediation;
    Origin origin;
    bool operator==(const Sla &) const = default;
};

/// Baselines a tier sets for one indicator kind: an SLA objective of that kind may only
/// have a higher target and, where it applies, a lower (tighter) threshold.
struct TierMinimum
{
    std::optional<double> target;
    std::optional<double> threshold;
    bool operator==(const TierMinimum &) const = default;
};

enum class GateMode { Block, Warn };

/// `apiVersion: sladesk/v1`, `kind: TierTemplate`.
struct TierTemplate
{
    Metadata metadata;
    QString displayName;
    QString description;
    std::optional<Window> window;
    double atRisk = 0.25;
    QMap<IndicatorKind, TierMinimum> minimums;
    QList<AlertRule> alerts;
    QList<NotifyTarget> notify;
    Escalation escalation;
    GateMode gate = GateMode::Warn;
    std::optional<double> minEvents;  ///< default of the objectives of its SLAs
    std::optional<double> minSamples; ///< default of their classification objectives
    bool builtIn = false;             ///< shipped with the application, not written by the user
    Origin origin;
    bool operator==(const TierTemplate &) const = default;
};

enum class DataSourceType { Prometheus, Datadog, Recorded, CloudWatch, Other };
enum class AuthType { None, Basic, Bearer };

/// OpenSLO v1 `DataSource`, used as-is. Types SLA Desk cannot query are kept (`Other`,
/// with their connection details verbatim) so that OpenSLO files round-trip.
struct DataSource
{
    Metadata metadata;
    QString description;
    DataSourceType type = DataSourceType::Prometheus;
    QString typeName; ///< as written, e.g. "Prometheus" or "CloudWatch"
    // prometheus
    QString url;
    QString pathPrefix;
    QString tenant;
    AuthType auth = AuthType::None;
    QString username;
    QString caFile;
    bool insecureSkipVerify = false;
    // datadog
    QString site;
    // recorded
    QString file;
    bool alignToNow = false;
    // cloudwatch (`url` is unused: `endpoint` replaces the regional address)
    QString region;
    QString endpoint; ///< e.g. a VPC endpoint or a local test server
    QString profile;  ///< of ~/.aws/credentials; AWS_PROFILE, else "default", when empty
    QString roleArn;  ///< assumed with STS AssumeRole before reading
    /// Connection details of an `Other` type, flattened to strings.
    QMap<QString, QString> otherDetails;
    Origin origin;
    bool operator==(const DataSource &) const = default;
};

/// OpenSLO v1 `Service`, used as-is.
struct Service
{
    Metadata metadata;
    QString description;
    Origin origin;
    bool operator==(const Service &) const = default;
};

// ---------------------------------------------------------------------------------------
// Corrections and annotations

/// `apiVersion: sladesk/v1`, `kind: Correction`: periods whose events (occurrences) or
/// slices (timeslices) are left out of the figures of the objectives it names.
struct Correction
{
    enum class Category { ScheduledMaintenance, Deployment, OutsideBusinessHours, Other };
    Metadata metadata;
    QStringList slas;                         ///< one or more SLA names
    QStringList objectives;                   ///< empty: every objective of those SLAs
    QDateTime start;                          ///< UTC
    std::optional<Duration> duration;         ///< exactly one of duration and end
    std::optional<QDateTime> end;             ///< UTC
    QString recurrence;                       ///< RFC 5545 RRULE subset, as written; empty: once
    QString timeZone = QStringLiteral("UTC"); ///< IANA name the recurrence follows
    Category category = Category::Other;
    QString description;
    QString approvedBy;
    Origin origin;

    /// The length of one occurrence in ms (duration, or end - start).
    qint64 lengthMs() const;
    bool operator==(const Correction &) const = default;
};

/// `apiVersion: sladesk/v1`, `kind: Annotation`: a marker on the charts of an SLA.
struct Annotation
{
    enum class Kind { Deploy, Incident, Note };
    Metadata metadata;
    QStringList slas;
    QStringList objectives; ///< empty: every objective
    QDateTime time;         ///< UTC
    std::optional<QDateTime> end;
    QString text;
    Kind kind = Kind::Note;
    QString url;
    Origin origin;
    bool operator==(const Annotation &) const = default;
};

/// Everything read from one or more files. Documents keep their order of appearance
/// within each kind.
struct Workspace
{
    QList<Sla> slas;
    QList<TierTemplate> tiers;
    QList<DataSource> dataSources;
    QList<Service> services;
    QList<Correction> corrections;
    QList<Annotation> annotations;

    const Sla *findSla(const QString &name) const;
    const TierTemplate *findTier(const QString &name) const;
    const DataSource *findDataSource(const QString &name) const;
    const Service *findService(const QString &name) const;
    bool isEmpty() const
    {
        return slas.isEmpty() && tiers.isEmpty() && dataSources.isEmpty() && services.isEmpty() &&
               corrections.isEmpty() && annotations.isEmpty();
    }
    void append(const Workspace &other);
    bool operator==(const Workspace &) const = default;
};

// ---------------------------------------------------------------------------------------
// Names of enumerators as written in documents ("precision", "jensen-shannon", ...).

QString toString(IndicatorKind kind);
QString toString(ClassificationMeasure measure);
QString toString(DriftMethod method);
QString toString(CompareOp op);
QString toString(Aggregate aggregate);
QString toString(AlertSeverity severity);
QString toString(CalendarUnit unit);
QString toString(DataSourceType type);
QString toString(AuthType auth);
QString toString(GateMode mode);
QString toString(Correction::Category category);
QString toString(Annotation::Kind kind);

std::optional<IndicatorKind> indicatorKindFromString(const QString &s);
std::optional<ClassificationMeasure> measureFromString(const QString &s);
std::optional<DriftMethod> driftMethodFromString(const QString &s);
std::optional<CompareOp> compareOpFromString(const QString &s);
std::optional<Aggregate> aggregateFromString(const QString &s);
std::optional<AlertSeverity> severityFromString(const QString &s);
std::optional<CalendarUnit> calendarUnitFromString(const QString &s);
/// Case-insensitive; unknown names give `Other`.
DataSourceType dataSourceTypeFromString(const QString &s);
std::optional<AuthType> authTypeFromString(const QString &s);
std::optional<GateMode> gateModeFromString(const QString &s);
std::optional<Correction::Category> correctionCategoryFromString(const QString &s);
std::optional<Annotation::Kind> annotationKindFromString(const QString &s);
/// The names written in documents, in declaration order (for messages and completion).
QStringList correctionCategoryNames();
QStringList annotationKindNames();

/// The counters a classification measure needs, e.g. {"tp", "fp"} for precision.
QStringList requiredCounters(ClassificationMeasure measure);

} // namespace Sla::Core
