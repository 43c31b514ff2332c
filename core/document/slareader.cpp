// SPDX-License-Identifier: Apache-2.0
#include "slareader.h"

#include "core/document/awsnames.h"
#include "core/document/correctionreader.h"
#include "core/document/printable.h"
#include "core/document/texthygiene.h"
#include "core/document/tr.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <functional>

namespace Tr = Sla::Core::TrContext::SlaReader;

namespace Sla::Core {

namespace {
using Yaml::MapReader;
using Yaml::Need;

QStringList keyList(std::initializer_list<const char16_t *> names)
{
    QStringList out;
    for (const char16_t *n : names)
        out << QString::fromUtf16(n);
    return out;
}

/// OpenSLO v1 (Kubernetes) names: a lowercase RFC 1123 label.
bool isRfc1123Label(const QString &s)
{
    if (s.isEmpty() || s.size() > 63)
        return false;
    for (const QChar c : s) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return s.front() != u'-' && s.back() != u'-';
}

constexpr qsizetype kMaxDescription = 1050;

/// Connection-detail names that carry a secret. Matched case-insensitively as substrings,
/// so `secretAccessKey`, `bearerToken` and `api_key` are all caught.
bool looksLikeSecret(const QString &key)
{
    const QString k = key.toLower();
    static const char16_t *const kMarkers[] = {u"password",   u"passwd",      u"secret",    u"token",
                                               u"apikey",     u"api_key",     u"appkey",    u"app_key",
                                               u"privatekey", u"private_key", u"credential"};
    for (const char16_t *m : kMarkers) {
        if (k.contains(QStringView(m)))
            return true;
    }
    return false;
}

/// Flattens a YAML value into `out`: scalars as text, nested mappings and lists with
/// dotted keys (`a.b`, `a.0`).
void flatten(const QString &prefix, const YAML::Node &node, QMap<QString, QString> &out)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = Yaml::scalarText(it->first);
            flatten(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, it->second, out);
        }
    } else if (node.IsSequence()) {
        int i = 0;
        for (const YAML::Node &item : node)
            flatten(prefix + QLatin1Char('.') + QString::number(i++), item, out);
    } else {
        out.insert(prefix, Yaml::scalarText(node));
    }
}

/// Reads the native kinds. One instance per document; all problems go to the context.
class Reader
{
public:
    explicit Reader(Yaml::Context &ctx) : m_ctx(ctx) {}

    void readSla(const ParsedDocument &doc, Workspace &out);
    void readTier(const ParsedDocument &doc, Workspace &out);
    void readDataSource(const ParsedDocument &doc, Workspace &out);
    void readService(const ParsedDocument &doc, Workspace &out);
    /// Correction and Annotation: the frame here, the spec in correctionreader.cpp.
    template <typename T>
    void readEventDocument(const ParsedDocument &doc, const QString &kind,
                           void (*readSpec)(Yaml::Context &, const YAML::Node &, T &), QList<T> &out);

private:
    struct Top
    {
        Metadata metadata;
        YAML::Node spec;
        bool hasSpec = false; ///< false when missing or not a mapping
        bool namePresent = false;
    };
    Top readTop(const ParsedDocument &doc, const QString &kind, Origin &origin, Need specNeed = Need::Required);
    void checkName(const SourceLocation &at, const QString &name, const QString &what);
    void checkDescription(MapReader &m, const QString &key);
    bool checkUrl(const SourceLocation &at, const QString &url, const QString &what);
    /// An error when a connection detail that reaches a header or URL has a control character.
    void checkHeaderValue(const SourceLocation &at, const QString &key, const QString &value, const QString &what);

    std::optional<double> fraction(MapReader &m, const QString &key, Need need, bool inclusive = false);
    /// A finite number >= 0 (minEvents, minSamples).
    std::optional<double> minimumCount(MapReader &m, const QString &key);
    void readSampleFields(MapReader &m, Objective &o);
    std::optional<Window> readWindow(MapReader &m, const QString &key);
    Budgeting readBudgeting(MapReader &m);
    std::optional<YAML::Node> sequence(MapReader &m, const QString &key, Need need = Need::Optional);

    Objective readObjective(const YAML::Node &node, int index);
    Indicator readIndicator(MapReader &obj, const QString &objWhat, bool *needsTimeslices);
    void readRatio(const YAML::Node &node, const QString &what, Indicator &ind);
    void readLatency(const YAML::Node &node, const QString &what, Indicator &ind, bool *needsTimeslices);
    void readClassification(const YAML::Node &node, const QString &what, Indicator &ind);
    void readDrift(const YAML::Node &node, const QString &what, Indicator &ind);
    void readThreshold(const YAML::Node &node, const QString &what, Indicator &ind);
    void readQuery(const YAML::Node &node, const QString &what, Indicator &ind, bool *needsTimeslices);

    QList<AlertRule> readAlerts(MapReader &m, const QString &key);
    std::optional<AlertRule> readAlert(const YAML::Node &node, int index);
    /// The kind of an alert (`a.kind`) and the fields it takes; reports and gives nothing
    /// when no form is recognised.
    std::optional<QStringList> alertForm(const YAML::Node &node, const QString &what, AlertRule &a);
    /// `driftAbove`: a number, or `threshold` for the objective's drift threshold.
    void readDriftAbove(MapReader &m, AlertRule &a, const QString &what);
    QList<BurnRateWindow> readBurnRates(const YAML::Node &node, const QString &what);
    QList<NotifyTarget> readNotify(MapReader &m, const QString &key);
    std::optional<NotifyTarget> readNotifyTarget(const YAML::Node &node, const QString &what);
    Contract readContract(MapReader &m);
    Remediation readRemediation(MapReader &m);
    Escalation readEscalation(MapReader &m);
    QMap<IndicatorKind, TierMinimum> readMinimums(MapReader &m, Origin &origin);
    void readConnectionDetails(const YAML::Node &node, const SourceLocation &where, DataSource &ds);
    QList<YAML::Node> connectionMaps(const YAML::Node &node, const SourceLocation &where, const QString &what);
    void keepOtherDetails(const QList<YAML::Node> &maps, const QString &what, DataSource &ds);
    QStringList checkConnectionKeys(const QList<YAML::Node> &maps, const QStringList &allowed, const QString &what,
                                    const DataSource &ds);
    void readConnectionFields(std::deque<MapReader> &readers, const SourceLocation &where, const QString &what,
                              DataSource &ds);
    void readCloudWatchFields(const std::function<MapReader *(const QString &)> &readerOf, const SourceLocation &where,
                              const QString &what, DataSource &ds);

    Yaml::Context &m_ctx;
};

Reader::Top Reader::readTop(const ParsedDocument &doc, const QString &kind, Origin &origin, Need specNeed)
{
    Top top;
    origin.self = m_ctx.location(doc.node);
    MapReader m(m_ctx, doc.node, Tr::tr("%1 document").arg(kind),
                keyList({u"apiVersion", u"kind", u"metadata", u"spec"}));
    if (!m.isMap())
        return top;
    const QString metadataKey = QStringLiteral("metadata");
    if (m.has(metadataKey)) {
        const YAML::Node md = m.get(metadataKey);
        top.metadata = Yaml::readMetadata(m_ctx, md, kind, origin);
        if (md.IsMap()) {
            const YAML::Node name = md["name"];
            top.namePresent = name.IsDefined() && name.IsScalar();
        }
    } else {
        m.reportMissing(metadataKey);
    }
    const QString specKey = QStringLiteral("spec");
    if (!m.has(specKey) || (specNeed == Need::Optional && m.get(specKey).IsNull())) {
        if (specNeed == Need::Required)
            m.reportMissing(specKey);
    } else if (!m.get(specKey).IsMap()) {
        m_ctx.error(
            m.locationOf(specKey),
            Tr::tr("field 'spec' of %1 must be a mapping, got %2").arg(kind, Yaml::describeNode(m.get(specKey))));
    } else {
        top.spec = m.get(specKey);
        top.hasSpec = true;
    }
    if (top.namePresent)
        checkName(origin.at(QStringLiteral("name")), top.metadata.name, Tr::tr("%1 name").arg(kind));
    return top;
}

void Reader::checkName(const SourceLocation &at, const QString &name, const QString &what)
{
    if (isRfc1123Label(name))
        return;
    m_ctx.error(at, Tr::tr("%1 '%2' is not valid: use at most 63 lowercase letters, digits and '-', "
                           "starting and ending with a letter or digit (an RFC 1123 label)")
                        .arg(what, name));
}

void Reader::checkDescription(MapReader &m, const QString &key)
{
    const YAML::Node v = m.get(key);
    if (!v.IsDefined() || !v.IsScalar())
        return;
    const qsizetype n = Yaml::scalarText(v).size();
    if (n > kMaxDescription)
        m_ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 is %3 characters long; OpenSLO allows at most %4")
                                           .arg(key, m.what())
                                           .arg(n)
                                           .arg(kMaxDescription));
}

void Reader::checkHeaderValue(const SourceLocation &at, const QString &key, const QString &value, const QString &what)
{
    // These reach an HTTP header or URL (url itself is checked by checkUrl).
    static const QStringList guarded{QStringLiteral("pathPrefix"), QStringLiteral("tenant"), QStringLiteral("username"),
                                     QStringLiteral("site"),       QStringLiteral("region"), QStringLiteral("profile"),
                                     QStringLiteral("roleArn")};
    if (guarded.contains(key) && TextHygiene::firstControlCharacter(value))
        m_ctx.error(at, TextHygiene::controlCharacterMessage(Tr::tr("field '%1' of %2").arg(key, what), value));
}

bool Reader::checkUrl(const SourceLocation &at, const QString &url, const QString &what)
{
    return checkDocumentUrl(m_ctx, at, url, what);
}

std::optional<double> Reader::fraction(MapReader &m, const QString &key, Need need, bool inclusive)
{
    // A quoted number is text in YAML and JSON; sladesk/v1 takes targets as numbers only,
    // so that a template or a script that quotes them is caught here, not read loosely.
    if (const YAML::Node v = m.get(key); v.IsDefined() && v.IsScalar() && v.Tag() == "!") {
        m_ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 must be a number, got the text "
                                              "\"%3\"; write it without quotes")
                                           .arg(key, m.what(), quotedExcerpt(Yaml::scalarText(v))));
        return std::nullopt;
    }
    const auto v = m.number(key, need);
    if (!v)
        return v;
    const bool ok = inclusive ? (*v >= 0 && *v <= 1) : (*v > 0 && *v < 1);
    if (!ok) {
        const QString range = inclusive ? Tr::tr("from 0 to 1") : Tr::tr("between 0 and 1 (exclusive)");
        m_ctx.error(m.locationOf(key),
                    Tr::tr("field '%1' of %2 must be %3, got %4").arg(key, m.what(), range, Yaml::formatNumber(*v)));
    }
    return v;
}

std::optional<double> Reader::minimumCount(MapReader &m, const QString &key)
{
    const auto v = m.number(key);
    if (v && !(*v >= 0 && std::isfinite(*v))) {
        m_ctx.error(m.locationOf(key), Tr::tr("field '%1' of %2 must be a number of at least 0, got %3")
                                           .arg(key, m.what(), Yaml::formatNumber(*v)));
        return std::nullopt;
    }
    return v;
}

std::optional<YAML::Node> Reader::sequence(MapReader &m, const QString &key, Need need)
{
    if (!m.has(key) || m.get(key).IsNull()) {
        if (need == Need::Required)
            m.reportMissing(key);
        return std::nullopt;
    }
    const YAML::Node v = m.get(key);
    if (!v.IsSequence()) {
        m_ctx.error(m.locationOf(key),
                    Tr::tr("field '%1' of %2 must be a list, got %3").arg(key, m.what(), Yaml::describeNode(v)));
        return std::nullopt;
    }
    return v;
}

std::optional<Window> Reader::readWindow(MapReader &m, const QString &key)
{
    if (!m.has(key) || m.get(key).IsNull())
        return std::nullopt;
    const YAML::Node v = m.get(key);
    if (v.IsScalar()) {
        const auto d = m.duration(key);
        if (!d)
            return std::nullopt;
        Window w = Window::rollingWindow(*d);
        w.origin.self = m.locationOf(key);
        return w;
    }
    if (!v.IsMap()) {
        m_ctx.error(
            m.locationOf(key),
            Tr::tr("field '%1' of %2 must be a duration such as 30d or {calendar: month, timeZone: Europe/Berlin}, "
                   "got %3")
                .arg(key, m.what(), Yaml::describeNode(v)));
        return std::nullopt;
    }
    MapReader c(m_ctx, v, Tr::tr("calendar window of %1").arg(m.what()), keyList({u"calendar", u"timeZone"}));
    const auto unit = c.oneOf(QStringLiteral("calendar"), keyList({u"week", u"month", u"quarter"}), Need::Required);
    const auto tz = c.string(QStringLiteral("timeZone"));
    if (tz && !QTimeZone::isTimeZoneIdAvailable(tz->toUtf8())) {
        m_ctx.error(c.locationOf(QStringLiteral("timeZone")),
                    Tr::tr("field 'timeZone' of %1: '%2' is not a known IANA time zone such as Europe/Berlin or UTC")
                        .arg(c.what(), *tz));
        return std::nullopt;
    }
    if (!unit)
        return std::nullopt;
    Window w;
    w.kind = Window::Kind::Calendar;
    w.calendar = calendarUnitFromString(*unit).value_or(CalendarUnit::Month);
    w.timeZone = tz.value_or(QStringLiteral("UTC"));
    w.origin.self = m.locationOf(key);
    c.recordLocation(w.origin, QStringLiteral("calendar"));
    c.recordLocation(w.origin, QStringLiteral("timeZone"));
    return w;
}

Budgeting Reader::readBudgeting(MapReader &m)
{
    Budgeting b;
    const QString key = QStringLiteral("budgeting");
    if (!m.has(key) || m.get(key).IsNull())
        return b;
    const YAML::Node v = m.get(key);
    if (v.IsScalar() && Yaml::scalarText(v) == QLatin1String("occurrences"))
        return b;
    if (!v.IsMap()) {
        m_ctx.error(m.locationOf(key), Tr::tr("field 'budgeting' of %1 must be 'occurrences' or {timeslices: DURATION} "
                                              "such as {timeslices: 1d}, got %2")
                                           .arg(m.what(), Yaml::describeNode(v)));
        return b;
    }
    MapReader t(m_ctx, v, Tr::tr("budgeting of %1").arg(m.what()), keyList({u"timeslices"}));
    if (const auto d = t.duration(QStringLiteral("timeslices"), Need::Required)) {
        b.method = Budgeting::Method::Timeslices;
        b.slice = *d;
    }
    return b;
}

// ---------------------------------------------------------------------------------------
// Objectives and indicators

Objective Reader::readObjective(const YAML::Node &node, int index)
{
    Objective o;
    o.origin.self = m_ctx.location(node);
    QString what = Tr::tr("objective #%1").arg(index + 1);
    if (node.IsMap()) {
        const YAML::Node n = node["name"];
        if (n.IsDefined() && n.IsScalar())
            what = Tr::tr("objective '%1'").arg(Yaml::scalarText(n));
    }
    MapReader m(m_ctx, node, what,
                keyList({u"name", u"displayName", u"description", u"indicator", u"budgeting", u"target", u"window",
                         u"dataSource", u"minEvents", u"minSamples", u"labelDelay"}));
    if (!m.isMap())
        return o;
    if (const auto name = m.string(QStringLiteral("name"), Need::Required)) {
        o.name = *name;
        checkName(m.locationOf(QStringLiteral("name")), o.name, Tr::tr("objective name"));
    }
    o.displayName = m.string(QStringLiteral("displayName")).value_or(QString());
    o.description = m.string(QStringLiteral("description")).value_or(QString());
    bool needsTimeslices = false;
    if (m.has(QStringLiteral("indicator")))
        o.indicator = readIndicator(m, what, &needsTimeslices);
    else
        m.reportMissing(QStringLiteral("indicator"));
    o.budgeting = readBudgeting(m);
    if (needsTimeslices && o.budgeting.method != Budgeting::Method::Timeslices) {
        m_ctx.error(m.locationOf(QStringLiteral("indicator")),
                    Tr::tr("the %1 indicator of %2 is judged per time slice: add budgeting: {timeslices: DURATION}, "
                           "e.g. {timeslices: 1d}")
                        .arg(toString(o.indicator.kind), what));
    }
    o.target = fraction(m, QStringLiteral("target"), Need::Required).value_or(0);
    o.window = readWindow(m, QStringLiteral("window"));
    o.dataSource = m.string(QStringLiteral("dataSource")).value_or(QString());
    readSampleFields(m, o);
    for (const char16_t *f : {u"name", u"target", u"dataSource", u"window", u"indicator", u"budgeting", u"minEvents",
                              u"minSamples", u"labelDelay"}) {
        const QString key = QString::fromUtf16(f);
        if (m.has(key))
            m.recordLocation(o.origin, key);
    }
    return o;
}

/// minEvents, minSamples and labelDelay; the last two belong to classification indicators.
void Reader::readSampleFields(MapReader &m, Objective &o)
{
    o.minEvents = minimumCount(m, QStringLiteral("minEvents"));
    o.minSamples = minimumCount(m, QStringLiteral("minSamples"));
    const bool classification = o.indicator.kind == IndicatorKind::Classification;
    const bool indicatorRead = m.has(QStringLiteral("indicator")) && m.get(QStringLiteral("indicator")).IsMap();
    if (o.minSamples && indicatorRead && !classification)
        m_ctx.warning(m.keyLocationOf(QStringLiteral("minSamples")),
                      Tr::tr("field 'minSamples' of %1 counts labelled samples of classification indicators; this "
                             "%2 indicator ignores it (use minEvents)")
                          .arg(m.what(), toString(o.indicator.kind)));
    const QString delayKey = QStringLiteral("labelDelay");
    if (!m.has(delayKey))
        return;
    if (indicatorRead && !classification) {
        m_ctx.error(m.keyLocationOf(delayKey),
                    Tr::tr("field 'labelDelay' of %1 applies to classification indicators only (ground truth that "
                           "arrives late); this is a %2 indicator")
                        .arg(m.what(), toString(o.indicator.kind)));
        return;
    }
    o.labelDelay = m.duration(delayKey);
}

Indicator Reader::readIndicator(MapReader &obj, const QString &objWhat, bool *needsTimeslices)
{
    Indicator ind;
    const YAML::Node node = obj.get(QStringLiteral("indicator"));
    ind.origin.self = obj.locationOf(QStringLiteral("indicator"));
    const QStringList kinds = keyList({u"ratio", u"latency", u"classification", u"drift", u"threshold", u"query"});
    const QString what = Tr::tr("indicator of %1").arg(objWhat);
    MapReader m(m_ctx, node, what, kinds);
    if (!m.isMap())
        return ind;
    const QStringList given = m.keys();
    if (given.isEmpty()) {
        m_ctx.error(m.location(), Tr::tr("%1 needs exactly one of %2").arg(what, kinds.join(QStringLiteral(", "))));
        return ind;
    }
    if (given.size() > 1) {
        m_ctx.error(m.keyLocationOf(given.at(1)),
                    Tr::tr("%1 has several kinds (%2); give exactly one").arg(what, given.join(QStringLiteral(", "))));
        return ind;
    }
    const QString kindName = given.constFirst();
    ind.kind = indicatorKindFromString(kindName).value_or(IndicatorKind::Ratio);
    const YAML::Node body = m.get(kindName);
    const QString bodyWhat = Tr::tr("%1 indicator of %2").arg(kindName, objWhat);
    ind.origin.fields.insert(kindName, m.locationOf(kindName));
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        readRatio(body, bodyWhat, ind);
        break;
    case IndicatorKind::Latency:
        readLatency(body, bodyWhat, ind, needsTimeslices);
        break;
    case IndicatorKind::Classification:
        readClassification(body, bodyWhat, ind);
        break;
    case IndicatorKind::Drift:
        readDrift(body, bodyWhat, ind);
        *needsTimeslices = true;
        break;
    case IndicatorKind::Threshold:
        readThreshold(body, bodyWhat, ind);
        *needsTimeslices = true;
        break;
    case IndicatorKind::Query:
        readQuery(body, bodyWhat, ind, needsTimeslices);
        break;
    }
    return ind;
}

namespace {
/// Records every field of an indicator body as "<kind>.<field>".
void recordIndicatorFields(const MapReader &r, const QString &kind, Origin &origin)
{
    for (const QString &key : r.keys()) {
        SourceLocation loc = r.locationOf(key);
        // yaml-cpp marks a quoted scalar at its opening quote; the validator adds selector
        // error offsets to this column, so point at the first character of the text.
        const YAML::Node value = r.get(key);
        if (value.IsScalar() && value.Tag() == "!" && loc.isValid())
            ++loc.column;
        origin.fields.insert(kind + QLatin1Char('.') + key, loc);
    }
}

/// A count form `{good|bad: Q, total: Q}` names exactly one of its numerators.
void requireGoodOrBad(const MapReader &r)
{
    r.exactlyOneOf(QStringLiteral("good"), QStringLiteral("bad"),
                   Tr::tr("%1 has both 'good' and 'bad'; give exactly one of them, plus 'total'"),
                   Tr::tr("%1 needs exactly one of 'good' and 'bad', plus 'total'"));
}
} // namespace

void Reader::readRatio(const YAML::Node &node, const QString &what, Indicator &ind)
{
    MapReader r(m_ctx, node, what, keyList({u"good", u"bad", u"total"}));
    if (!r.isMap())
        return;
    ind.ratio.good = r.string(QStringLiteral("good")).value_or(QString());
    ind.ratio.bad = r.string(QStringLiteral("bad")).value_or(QString());
    ind.ratio.total = r.string(QStringLiteral("total"), Need::Required).value_or(QString());
    requireGoodOrBad(r);
    recordIndicatorFields(r, QStringLiteral("ratio"), ind.origin);
}

void Reader::readLatency(const YAML::Node &node, const QString &what, Indicator &ind, bool *needsTimeslices)
{
    MapReader r(m_ctx, node, what, keyList({u"histogram", u"percentile", u"threshold"}));
    if (!r.isMap())
        return;
    ind.latency.histogram = r.string(QStringLiteral("histogram"), Need::Required).value_or(QString());
    ind.latency.percentile = fraction(r, QStringLiteral("percentile"), Need::Optional);
    if (ind.latency.percentile)
        *needsTimeslices = true;
    if (const auto t = r.number(QStringLiteral("threshold"), Need::Required)) {
        ind.latency.threshold = *t;
        if (*t <= 0)
            m_ctx.error(r.locationOf(QStringLiteral("threshold")),
                        Tr::tr("field 'threshold' of %1 must be a positive number of seconds, got %2")
                            .arg(what, Yaml::formatNumber(*t)));
    }
    recordIndicatorFields(r, QStringLiteral("latency"), ind.origin);
}

void Reader::readClassification(const YAML::Node &node, const QString &what, Indicator &ind)
{
    MapReader r(m_ctx, node, what, keyList({u"measure", u"tp", u"fp", u"fn", u"tn"}));
    if (!r.isMap())
        return;
    const auto measureName =
        r.oneOf(QStringLiteral("measure"), keyList({u"precision", u"recall", u"f1", u"accuracy"}), Need::Required);
    const std::optional<ClassificationMeasure> measure = measureFromString(measureName.value_or(QString()));
    if (measure)
        ind.classification.measure = *measure;
    const QStringList required = measure ? requiredCounters(*measure) : keyList({u"tp", u"fp", u"fn", u"tn"});
    QString *counterFields[] = {&ind.classification.tp, &ind.classification.fp, &ind.classification.fn,
                                &ind.classification.tn};
    const QStringList counters = keyList({u"tp", u"fp", u"fn", u"tn"});
    for (int i = 0; i < counters.size(); ++i) {
        const QString &c = counters.at(i);
        const bool present = r.has(c) && !r.get(c).IsNull();
        const bool needed = required.contains(c);
        if (needed && !present) {
            if (measure)
                m_ctx.error(r.location(), Tr::tr("%1: measure '%2' needs the counter '%3' (it needs %4)")
                                              .arg(what, *measureName, c, required.join(QStringLiteral(", "))));
            continue;
        }
        if (!needed && present) {
            m_ctx.warning(r.keyLocationOf(c), Tr::tr("%1: counter '%2' is not used by measure '%3' and is ignored")
                                                  .arg(what, c, measureName.value_or(QString())));
            continue;
        }
        if (present)
            *counterFields[i] = r.string(c).value_or(QString());
    }
    recordIndicatorFields(r, QStringLiteral("classification"), ind.origin);
}

void Reader::readDrift(const YAML::Node &node, const QString &what, Indicator &ind)
{
    MapReader r(m_ctx, node, what, keyList({u"histogram", u"method", u"reference", u"threshold"}));
    if (!r.isMap())
        return;
    ind.drift.histogram = r.string(QStringLiteral("histogram"), Need::Required).value_or(QString());
    if (const auto method =
            r.oneOf(QStringLiteral("method"), keyList({u"psi", u"jensen-shannon", u"wasserstein"}), Need::Required))
        ind.drift.method = driftMethodFromString(*method).value_or(DriftMethod::Psi);
    if (const auto t = r.number(QStringLiteral("threshold"))) {
        ind.drift.threshold = *t;
        if (*t <= 0)
            m_ctx.error(
                r.locationOf(QStringLiteral("threshold")),
                Tr::tr("field 'threshold' of %1 must be a positive number, got %2").arg(what, Yaml::formatNumber(*t)));
    }
    if (r.has(QStringLiteral("reference"))) {
        MapReader ref(m_ctx, r.get(QStringLiteral("reference")), Tr::tr("reference of %1").arg(what),
                      keyList({u"from", u"to"}));
        if (ref.isMap()) {
            const auto from = ref.timestamp(QStringLiteral("from"), Need::Required);
            const auto to = ref.timestamp(QStringLiteral("to"), Need::Required);
            if (from)
                ind.drift.referenceFrom = *from;
            if (to)
                ind.drift.referenceTo = *to;
            if (from && to && !(*from < *to))
                m_ctx.error(ref.locationOf(QStringLiteral("from")),
                            Tr::tr("%1: 'from' must be before 'to'").arg(ref.what()));
            recordIndicatorFields(ref, QStringLiteral("drift.reference"), ind.origin);
        }
    } else {
        r.reportMissing(QStringLiteral("reference"));
    }
    recordIndicatorFields(r, QStringLiteral("drift"), ind.origin);
}

void Reader::readThreshold(const YAML::Node &node, const QString &what, Indicator &ind)
{
    MapReader r(m_ctx, node, what, keyList({u"metric", u"op", u"value", u"aggregate"}));
    if (!r.isMap())
        return;
    ind.threshold.metric = r.string(QStringLiteral("metric"), Need::Required).value_or(QString());
    if (const auto op = r.oneOf(QStringLiteral("op"), keyList({u"gte", u"gt", u"lte", u"lt"}), Need::Required))
        ind.threshold.op = compareOpFromString(*op).value_or(CompareOp::Gte);
    ind.threshold.value = r.number(QStringLiteral("value"), Need::Required).value_or(0);
    if (const auto agg = r.oneOf(QStringLiteral("aggregate"), keyList({u"avg", u"min", u"max", u"last"})))
        ind.threshold.aggregate = aggregateFromString(*agg).value_or(Aggregate::Avg);
    recordIndicatorFields(r, QStringLiteral("threshold"), ind.origin);
}

void Reader::readQuery(const YAML::Node &node, const QString &what, Indicator &ind, bool *needsTimeslices)
{
    MapReader r(m_ctx, node, what, keyList({u"good", u"bad", u"total", u"errorRatio", u"value", u"op", u"threshold"}));
    if (!r.isMap())
        return;
    QueryIndicator &q = ind.query;
    const bool countForm =
        r.has(QStringLiteral("good")) || r.has(QStringLiteral("bad")) || r.has(QStringLiteral("total"));
    const bool ratioForm = r.has(QStringLiteral("errorRatio"));
    const bool valueForm =
        r.has(QStringLiteral("value")) || r.has(QStringLiteral("op")) || r.has(QStringLiteral("threshold"));
    const int forms = int(countForm) + int(ratioForm) + int(valueForm);
    if (forms != 1) {
        m_ctx.error(r.location(), Tr::tr("%1 needs exactly one form: {good|bad: Q, total: Q}, {errorRatio: Q} or "
                                         "{value: Q, op: gte|gt|lte|lt, threshold: N}")
                                      .arg(what));
    }
    if (countForm) {
        q.good = r.string(QStringLiteral("good")).value_or(QString());
        q.bad = r.string(QStringLiteral("bad")).value_or(QString());
        q.total = r.string(QStringLiteral("total"), Need::Required).value_or(QString());
        requireGoodOrBad(r);
    }
    if (ratioForm)
        q.errorRatio = r.string(QStringLiteral("errorRatio")).value_or(QString());
    if (valueForm) {
        q.value = r.string(QStringLiteral("value"), Need::Required).value_or(QString());
        if (const auto op = r.oneOf(QStringLiteral("op"), keyList({u"gte", u"gt", u"lte", u"lt"}), Need::Required))
            q.op = compareOpFromString(*op);
        q.threshold = r.number(QStringLiteral("threshold"), Need::Required);
        *needsTimeslices = true;
    }
    recordIndicatorFields(r, QStringLiteral("query"), ind.origin);
}

// ---------------------------------------------------------------------------------------
// Alerts and notification

QList<AlertRule> Reader::readAlerts(MapReader &m, const QString &key)
{
    QList<AlertRule> out;
    const auto list = sequence(m, key);
    if (!list)
        return out;
    int i = 0;
    for (const YAML::Node &item : *list) {
        if (auto rule = readAlert(item, i++))
            out << *rule;
    }
    return out;
}

std::optional<QStringList> Reader::alertForm(const YAML::Node &node, const QString &what, AlertRule &a)
{
    // The form: the first of these keys present decides the kind and the fields it takes.
    struct Form
    {
        const char *key;
        AlertRule::Kind kind;
        std::array<const char16_t *, 6> fields; ///< besides name and objective; nullptr: none
    };
    static const Form Forms[] = {
        {"burnRate", AlertRule::Kind::BurnRate, {u"burnRate", u"keepFiring"}},
        {"budgetBelow", AlertRule::Kind::BudgetLow, {u"budgetBelow", u"for", u"keepFiring", u"severity"}},
        {"noData", AlertRule::Kind::NoData, {u"noData", u"keepFiring", u"severity"}},
        {"driftAbove", AlertRule::Kind::Drift, {u"driftAbove", u"for", u"keepFiring", u"severity"}},
        {"consumedAbove", AlertRule::Kind::PeriodBudget, {u"consumedAbove", u"for", u"keepFiring", u"severity"}},
        {"below", AlertRule::Kind::Threshold, {u"below", u"above", u"window", u"for", u"keepFiring", u"severity"}},
        {"above", AlertRule::Kind::Threshold, {u"below", u"above", u"window", u"for", u"keepFiring", u"severity"}},
    };
    const auto form =
        std::find_if(std::begin(Forms), std::end(Forms), [&node](const Form &f) { return node[f.key].IsDefined(); });
    if (form == std::end(Forms)) {
        // No form recognised: read with every field name so that misspellings get a hint.
        MapReader m(m_ctx, node, what,
                    keyList({u"name", u"objective", u"below", u"above", u"window", u"for", u"keepFiring", u"severity",
                             u"burnRate", u"budgetBelow", u"noData", u"driftAbove", u"consumedAbove"}));
        m_ctx.error(m.location(), Tr::tr("%1 needs one of 'below', 'above', 'burnRate', 'budgetBelow', "
                                         "'noData', 'driftAbove' or 'consumedAbove'")
                                      .arg(what));
        return std::nullopt;
    }
    a.kind = form->kind;
    QStringList allowed = keyList({u"name", u"objective"});
    for (const char16_t *field : form->fields) {
        if (field)
            allowed << QString::fromUtf16(field);
    }
    return allowed;
}

std::optional<AlertRule> Reader::readAlert(const YAML::Node &node, int index)
{
    AlertRule a;
    a.origin.self = m_ctx.location(node);
    QString what = Tr::tr("alert #%1").arg(index + 1);
    if (!node.IsMap()) {
        m_ctx.error(node, Tr::tr("%1 must be a mapping, got %2").arg(what, Yaml::describeNode(node)));
        return std::nullopt;
    }
    if (const YAML::Node n = node["name"]; n.IsDefined() && n.IsScalar())
        what = Tr::tr("alert '%1'").arg(Yaml::scalarText(n));
    const std::optional<QStringList> allowed = alertForm(node, what, a);
    if (!allowed)
        return std::nullopt;
    MapReader m(m_ctx, node, what, *allowed);
    const Need nameNeed = a.kind == AlertRule::Kind::BurnRate ? Need::Optional : Need::Required;
    if (const auto name = m.string(QStringLiteral("name"), nameNeed)) {
        a.name = *name;
        checkName(m.locationOf(QStringLiteral("name")), a.name, Tr::tr("alert name"));
    }
    // Burn-rate, budget-low and no-data alerts without an objective apply to every objective
    // (the form tier templates use); threshold alerts must name theirs.
    const Need objectiveNeed = a.kind == AlertRule::Kind::Threshold ? Need::Required : Need::Optional;
    a.objective = m.string(QStringLiteral("objective"), objectiveNeed).value_or(QString());
    if (m.has(QStringLiteral("severity"))) {
        if (const auto s = m.oneOf(QStringLiteral("severity"), keyList({u"page", u"ticket", u"info"})))
            a.severity = severityFromString(*s).value_or(AlertSeverity::Page);
    }
    switch (a.kind) {
    case AlertRule::Kind::Threshold:
        a.below = m.number(QStringLiteral("below"));
        a.above = m.number(QStringLiteral("above"));
        if (m.has(QStringLiteral("below")) && m.has(QStringLiteral("above")))
            m_ctx.error(m.keyLocationOf(QStringLiteral("above")),
                        Tr::tr("%1 has both 'below' and 'above'; give exactly one").arg(what));
        a.window = m.duration(QStringLiteral("window"), Need::Required);
        a.forDuration = m.duration(QStringLiteral("for"));
        break;
    case AlertRule::Kind::BurnRate: {
        const YAML::Node br = m.get(QStringLiteral("burnRate"));
        if (br.IsScalar() && Yaml::scalarText(br) == QLatin1String("default")) {
            a.burnRateDefault = true;
        } else if (br.IsSequence()) {
            a.burnRates = readBurnRates(br, what);
        } else {
            m_ctx.error(m.locationOf(QStringLiteral("burnRate")),
                        Tr::tr("field 'burnRate' of %1 must be 'default' or a list of {long, short, factor, severity}, "
                               "got %2")
                            .arg(what, Yaml::describeNode(br)));
        }
        break;
    }
    case AlertRule::Kind::BudgetLow:
        a.budgetBelow = fraction(m, QStringLiteral("budgetBelow"), Need::Required, true).value_or(0);
        break;
    case AlertRule::Kind::NoData:
        a.noData = m.duration(QStringLiteral("noData"), Need::Required).value_or(Duration{});
        break;
    case AlertRule::Kind::Drift:
        readDriftAbove(m, a, what);
        break;
    case AlertRule::Kind::PeriodBudget:
        a.consumedAbove = fraction(m, QStringLiteral("consumedAbove"), Need::Required, true).value_or(0);
        break;
    }
    if (a.kind != AlertRule::Kind::Threshold && m.has(QStringLiteral("for")))
        a.forDuration = m.duration(QStringLiteral("for"));
    a.keepFiring = m.duration(QStringLiteral("keepFiring"));
    if (m.has(QStringLiteral("name")))
        m.recordLocation(a.origin, QStringLiteral("name"));
    if (m.has(QStringLiteral("objective")))
        m.recordLocation(a.origin, QStringLiteral("objective"));
    return a;
}

void Reader::readDriftAbove(MapReader &m, AlertRule &a, const QString &what)
{
    const YAML::Node v = m.get(QStringLiteral("driftAbove"));
    if (v.IsScalar() && v.Tag() != "!" && Yaml::scalarText(v) == QLatin1String("threshold")) {
        a.driftAbove.reset();
        return;
    }
    bool ok = false;
    const double value = v.IsScalar() ? Yaml::scalarText(v).trimmed().toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value)) {
        m_ctx.error(m.locationOf(QStringLiteral("driftAbove")),
                    Tr::tr("field 'driftAbove' of %1 must be a number or 'threshold', got %2")
                        .arg(what, Yaml::describeNode(v)));
        return;
    }
    a.driftAbove = value;
}

QList<BurnRateWindow> Reader::readBurnRates(const YAML::Node &node, const QString &what)
{
    QList<BurnRateWindow> out;
    int i = 0;
    for (const YAML::Node &item : node) {
        MapReader w(m_ctx, item, Tr::tr("burn-rate window #%1 of %2").arg(++i).arg(what),
                    keyList({u"long", u"short", u"factor", u"severity"}));
        if (!w.isMap())
            continue;
        BurnRateWindow b;
        b.longWindow = w.duration(QStringLiteral("long"), Need::Required).value_or(Duration{});
        b.shortWindow = w.duration(QStringLiteral("short"), Need::Required).value_or(Duration{});
        if (const auto f = w.number(QStringLiteral("factor"), Need::Required)) {
            b.factor = *f;
            if (*f <= 0)
                m_ctx.error(w.locationOf(QStringLiteral("factor")),
                            Tr::tr("field 'factor' of %1 must be a positive number, got %2")
                                .arg(w.what(), Yaml::formatNumber(*f)));
        }
        if (const auto s = w.oneOf(QStringLiteral("severity"), keyList({u"page", u"ticket", u"info"})))
            b.severity = severityFromString(*s).value_or(AlertSeverity::Page);
        if (b.longWindow.ms > 0 && b.shortWindow.ms > 0 && !(b.shortWindow < b.longWindow))
            m_ctx.error(w.locationOf(QStringLiteral("short")),
                        Tr::tr("field 'short' of %1 must be shorter than 'long'").arg(w.what()));
        out << b;
    }
    return out;
}

QList<NotifyTarget> Reader::readNotify(MapReader &m, const QString &key)
{
    QList<NotifyTarget> out;
    const auto list = sequence(m, key);
    if (!list)
        return out;
    int i = 0;
    for (const YAML::Node &item : *list) {
        if (auto t = readNotifyTarget(item, Tr::tr("notify target #%1 of %2").arg(++i).arg(m.what())))
            out << *t;
    }
    return out;
}

std::optional<NotifyTarget> Reader::readNotifyTarget(const YAML::Node &node, const QString &what)
{
    NotifyTarget t;
    t.origin.self = m_ctx.location(node);
    if (node.IsScalar()) {
        const QString s = Yaml::scalarText(node);
        if (s == QLatin1String("desktop")) {
            t.kind = NotifyTarget::Kind::Desktop;
            return t;
        }
        QString msg = Tr::tr("%1 must be 'desktop', {alertmanager: URL} or {webhook: URL}, got '%2'").arg(what, s);
        const QString hint = Yaml::nearestName(s, keyList({u"desktop", u"alertmanager", u"webhook"}));
        if (!hint.isEmpty())
            msg += Tr::tr("; did you mean '%1'?").arg(hint);
        m_ctx.error(node, msg);
        return std::nullopt;
    }
    MapReader m(m_ctx, node, what, keyList({u"alertmanager", u"webhook"}));
    if (!m.isMap())
        return std::nullopt;
    if (m.keys().size() != 1) {
        m_ctx.error(m.location(), Tr::tr("%1 needs exactly one of 'alertmanager' and 'webhook'").arg(what));
        return std::nullopt;
    }
    const QString key = m.keys().constFirst();
    t.kind = key == QLatin1String("alertmanager") ? NotifyTarget::Kind::Alertmanager : NotifyTarget::Kind::Webhook;
    const auto url = m.string(key, Need::Required);
    if (!url)
        return std::nullopt;
    t.url = *url;
    m.recordLocation(t.origin, key, QStringLiteral("url"));
    if (!checkUrl(m.locationOf(key), t.url, Tr::tr("field '%1' of %2").arg(key, what)))
        return std::nullopt;
    return t;
}

Contract Reader::readContract(MapReader &parent)
{
    Contract c;
    const QString key = QStringLiteral("contract");
    if (!parent.has(key))
        return c;
    c.origin.self = parent.locationOf(key);
    MapReader m(m_ctx, parent.get(key), Tr::tr("contract of %1").arg(parent.what()), keyList({u"credits", u"period"}));
    if (!m.isMap())
        return c;
    if (const auto credits = sequence(m, QStringLiteral("credits"), Need::Required)) {
        int i = 0;
        for (const YAML::Node &item : *credits) {
            MapReader cr(m_ctx, item, Tr::tr("credit #%1 of %2").arg(++i).arg(m.what()),
                         keyList({u"below", u"credit"}));
            if (!cr.isMap())
                continue;
            CreditTier tier;
            tier.below = fraction(cr, QStringLiteral("below"), Need::Required).value_or(0);
            tier.credit = fraction(cr, QStringLiteral("credit"), Need::Required, true).value_or(0);
            c.credits << tier;
        }
    }
    if (const auto period = m.oneOf(QStringLiteral("period"), keyList({u"week", u"month", u"quarter"})))
        c.period = calendarUnitFromString(*period).value_or(CalendarUnit::Month);
    m.recordLocation(c.origin, QStringLiteral("credits"));
    return c;
}

Remediation Reader::readRemediation(MapReader &parent)
{
    Remediation r;
    const QString key = QStringLiteral("remediation");
    if (!parent.has(key))
        return r;
    MapReader m(m_ctx, parent.get(key), Tr::tr("remediation of %1").arg(parent.what()),
                keyList({u"webhook", u"runbook", u"fallback"}));
    if (!m.isMap())
        return r;
    r.webhook = m.string(QStringLiteral("webhook")).value_or(QString());
    r.runbook = m.string(QStringLiteral("runbook")).value_or(QString());
    r.fallback = m.string(QStringLiteral("fallback")).value_or(QString());
    if (!r.webhook.isEmpty())
        checkUrl(m.locationOf(QStringLiteral("webhook")), r.webhook, Tr::tr("field 'webhook' of %1").arg(m.what()));
    if (!r.runbook.isEmpty())
        checkUrl(m.locationOf(QStringLiteral("runbook")), r.runbook, Tr::tr("field 'runbook' of %1").arg(m.what()));
    return r;
}

Escalation Reader::readEscalation(MapReader &parent)
{
    Escalation e;
    const QString key = QStringLiteral("escalation");
    if (!parent.has(key))
        return e;
    MapReader m(m_ctx, parent.get(key), Tr::tr("escalation of %1").arg(parent.what()),
                keyList({u"ackTimeout", u"then"}));
    if (!m.isMap())
        return e;
    e.ackTimeout = m.duration(QStringLiteral("ackTimeout"));
    e.then = readNotify(m, QStringLiteral("then"));
    return e;
}

QMap<IndicatorKind, TierMinimum> Reader::readMinimums(MapReader &parent, Origin &origin)
{
    QMap<IndicatorKind, TierMinimum> out;
    const QString key = QStringLiteral("minimums");
    if (!parent.has(key) || parent.get(key).IsNull())
        return out;
    const YAML::Node node = parent.get(key);
    if (!node.IsMap()) {
        m_ctx.error(parent.locationOf(key),
                    Tr::tr("field 'minimums' of %1 must be a mapping keyed by indicator kind, got %2")
                        .arg(parent.what(), Yaml::describeNode(node)));
        return out;
    }
    const QStringList kinds = keyList({u"ratio", u"latency", u"classification", u"drift", u"threshold", u"query"});
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = Yaml::scalarText(it->first);
        const auto kind = indicatorKindFromString(name);
        if (!kind) {
            QString msg = Tr::tr("unknown indicator kind '%1' in minimums of %2 (known: %3)")
                              .arg(name, parent.what(), kinds.join(QStringLiteral(", ")));
            const QString hint = Yaml::nearestName(name, kinds);
            if (!hint.isEmpty())
                msg = Tr::tr("unknown indicator kind '%1' in minimums of %2; did you mean '%3'?")
                          .arg(name, parent.what(), hint);
            m_ctx.error(it->first, msg);
            continue;
        }
        MapReader m(m_ctx, it->second, Tr::tr("%1 minimum of %2").arg(name, parent.what()),
                    keyList({u"target", u"threshold"}));
        if (!m.isMap())
            continue;
        TierMinimum min;
        min.target = fraction(m, QStringLiteral("target"), Need::Optional);
        min.threshold = m.number(QStringLiteral("threshold"));
        if (min.threshold && *min.threshold <= 0)
            m_ctx.error(m.locationOf(QStringLiteral("threshold")),
                        Tr::tr("field 'threshold' of %1 must be a positive number, got %2")
                            .arg(m.what(), Yaml::formatNumber(*min.threshold)));
        out.insert(*kind, min);
        origin.fields.insert(QStringLiteral("minimums.") + name, m_ctx.location(it->second));
    }
    return out;
}

// ---------------------------------------------------------------------------------------
// Documents

void Reader::readSla(const ParsedDocument &doc, Workspace &out)
{
    Sla sla;
    const QString kind = QStringLiteral("SLA");
    const Top top = readTop(doc, kind, sla.origin);
    sla.metadata = top.metadata;
    if (top.hasSpec) {
        const QString what =
            sla.metadata.name.isEmpty() ? Tr::tr("SLA spec") : Tr::tr("SLA '%1'").arg(sla.metadata.name);
        MapReader m(m_ctx, top.spec, what,
                    keyList({u"description", u"service", u"tier", u"owner", u"dataSource", u"window", u"weight",
                             u"objectives", u"alerts", u"notify", u"contract", u"remediation"}));
        sla.description = m.string(QStringLiteral("description")).value_or(QString());
        sla.service = m.string(QStringLiteral("service")).value_or(QString());
        sla.tier = m.string(QStringLiteral("tier")).value_or(QString());
        sla.owner = m.string(QStringLiteral("owner")).value_or(QString());
        sla.dataSource = m.string(QStringLiteral("dataSource")).value_or(QString());
        sla.window = readWindow(m, QStringLiteral("window"));
        sla.weight = m.number(QStringLiteral("weight"));
        if (sla.weight && !(*sla.weight > 0 && std::isfinite(*sla.weight))) {
            m_ctx.error(m.locationOf(QStringLiteral("weight")),
                        Tr::tr("field 'weight' of %1 must be a number greater than 0, got %2")
                            .arg(what, Yaml::formatNumber(*sla.weight)));
            sla.weight.reset();
        }
        if (const auto objectives = sequence(m, QStringLiteral("objectives"), Need::Required)) {
            if (objectives->size() == 0)
                m_ctx.error(m.locationOf(QStringLiteral("objectives")),
                            Tr::tr("%1 needs at least one objective").arg(what));
            int i = 0;
            for (const YAML::Node &item : *objectives)
                sla.objectives << readObjective(item, i++);
        }
        sla.alerts = readAlerts(m, QStringLiteral("alerts"));
        sla.notify = readNotify(m, QStringLiteral("notify"));
        sla.contract = readContract(m);
        sla.remediation = readRemediation(m);
        for (const char16_t *f : {u"tier", u"dataSource", u"service", u"window"}) {
            const QString key = QString::fromUtf16(f);
            if (m.has(key))
                m.recordLocation(sla.origin, key);
        }
    }
    if (!sla.metadata.name.isEmpty())
        out.slas << sla;
}

void Reader::readTier(const ParsedDocument &doc, Workspace &out)
{
    TierTemplate tier;
    const QString kind = QStringLiteral("TierTemplate");
    const Top top = readTop(doc, kind, tier.origin);
    tier.metadata = top.metadata;
    if (top.hasSpec) {
        const QString what = tier.metadata.name.isEmpty() ? Tr::tr("TierTemplate spec")
                                                          : Tr::tr("TierTemplate '%1'").arg(tier.metadata.name);
        MapReader m(m_ctx, top.spec, what,
                    keyList({u"displayName", u"description", u"window", u"atRisk", u"minimums", u"alerts", u"notify",
                             u"escalation", u"gate", u"minEvents", u"minSamples"}));
        tier.displayName = m.string(QStringLiteral("displayName")).value_or(QString());
        tier.description = m.string(QStringLiteral("description")).value_or(QString());
        tier.window = readWindow(m, QStringLiteral("window"));
        tier.atRisk = fraction(m, QStringLiteral("atRisk"), Need::Optional, true).value_or(0.25);
        tier.minimums = readMinimums(m, tier.origin);
        tier.minEvents = minimumCount(m, QStringLiteral("minEvents"));
        tier.minSamples = minimumCount(m, QStringLiteral("minSamples"));
        tier.alerts = readAlerts(m, QStringLiteral("alerts"));
        tier.notify = readNotify(m, QStringLiteral("notify"));
        tier.escalation = readEscalation(m);
        if (const auto gate = m.oneOf(QStringLiteral("gate"), keyList({u"block", u"warn"})))
            tier.gate = gateModeFromString(*gate).value_or(GateMode::Warn);
        if (m.has(QStringLiteral("window")))
            m.recordLocation(tier.origin, QStringLiteral("window"));
    }
    if (!tier.metadata.name.isEmpty())
        out.tiers << tier;
}

/// The mappings of connectionDetails: the mapping itself, or the items of the list form
/// OpenSLO's go-sdk writes (a list of single-key mappings).
QList<YAML::Node> Reader::connectionMaps(const YAML::Node &node, const SourceLocation &where, const QString &what)
{
    QList<YAML::Node> maps;
    if (node.IsMap()) {
        maps << node;
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (!item.IsMap()) {
                m_ctx.error(item, Tr::tr("items of %1 must be mappings such as {url: https://...}, got %2")
                                      .arg(what, Yaml::describeNode(item)));
                continue;
            }
            maps << item;
        }
    } else {
        m_ctx.error(where, Tr::tr("%1 must be a mapping, got %2").arg(what, Yaml::describeNode(node)));
    }
    return maps;
}

/// Kept verbatim for round trips (flattened to dotted keys); SLA Desk does not interpret
/// these fields. The loader's node limit bounds what flatten() walks, aliases included.
void Reader::keepOtherDetails(const QList<YAML::Node> &maps, const QString &what, DataSource &ds)
{
    for (const YAML::Node &map : maps) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = Yaml::scalarText(it->first);
            if (looksLikeSecret(key))
                m_ctx.warning(
                    it->first,
                    Tr::tr("field '%1' of %2 looks like a secret; keep secrets out of documents").arg(key, what));
            flatten(key, it->second, ds.otherDetails);
        }
    }
}

/// The keys MapReader lets through: `allowed` plus secret-looking keys, which are reported
/// here (and dropped) rather than as unknown fields. MapReader reports keys repeated within
/// one mapping; repeats across the items of the list form are reported here.
QStringList Reader::checkConnectionKeys(const QList<YAML::Node> &maps, const QStringList &allowed, const QString &what,
                                        const DataSource &ds)
{
    QStringList earlier;
    QStringList readerAllowed = allowed;
    for (const YAML::Node &map : maps) {
        QStringList current;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = Yaml::scalarText(it->first);
            if (current.contains(key))
                continue;
            current << key;
            if (earlier.contains(key))
                m_ctx.error(it->first, Tr::tr("field '%1' is given twice in %2").arg(key, what));
            if (!allowed.contains(key) && looksLikeSecret(key)) {
                // Accepted so that OpenSLO files holding keys still load, but the value is
                // dropped: it never reaches the model, a save or a log.
                m_ctx.warning(it->first, Tr::tr("field '%1' of %2 holds a secret: it is ignored and never written "
                                                "back; secrets live in the keychain: use slactl credentials set %3")
                                             .arg(key, what, ds.metadata.name));
                readerAllowed << key;
            }
        }
        earlier += current;
    }
    return readerAllowed;
}

void Reader::readConnectionDetails(const YAML::Node &node, const SourceLocation &where, DataSource &ds)
{
    const QString what = Tr::tr("connectionDetails of DataSource '%1'").arg(ds.metadata.name);
    const QList<YAML::Node> maps = connectionMaps(node, where, what);
    if (!node.IsMap() && !node.IsSequence())
        return;
    if (ds.type == DataSourceType::Other) {
        keepOtherDetails(maps, what, ds);
        return;
    }
    QStringList allowed;
    switch (ds.type) {
    case DataSourceType::Prometheus:
        allowed = keyList({u"url", u"pathPrefix", u"tenant", u"auth", u"username", u"caFile", u"insecureSkipVerify"});
        break;
    case DataSourceType::Datadog:
        allowed = keyList({u"site", u"url"});
        break;
    case DataSourceType::Recorded:
        allowed = keyList({u"file", u"alignToNow"});
        break;
    case DataSourceType::CloudWatch:
        allowed = keyList({u"region", u"endpoint", u"profile", u"roleArn"});
        break;
    case DataSourceType::Other:
        break;
    }
    const QStringList readerAllowed = checkConnectionKeys(maps, allowed, what, ds);
    std::deque<MapReader> readers;
    for (const YAML::Node &map : maps)
        readers.emplace_back(m_ctx, map, what, readerAllowed);
    readConnectionFields(readers, where, what, ds);
}

void Reader::readConnectionFields(std::deque<MapReader> &readers, const SourceLocation &where, const QString &what,
                                  DataSource &ds)
{
    auto readerOf = [&readers](const QString &key) -> MapReader * {
        for (MapReader &r : readers) {
            if (r.has(key))
                return &r;
        }
        return nullptr;
    };
    auto text = [&](const QString &key, QString &into) {
        if (MapReader *r = readerOf(key)) {
            into = r->string(key).value_or(QString());
            r->recordLocation(ds.origin, key);
            checkHeaderValue(r->locationOf(key), key, into, what);
        }
    };
    auto flag = [&](const QString &key, bool &into) {
        if (MapReader *r = readerOf(key))
            into = r->boolean(key).value_or(false);
    };
    auto require = [&](const QString &key) {
        if (!readerOf(key))
            m_ctx.error(where, Tr::tr("%1 is missing the required field '%2'").arg(what, key));
    };
    auto url = [&](const QString &key) {
        if (MapReader *r = readerOf(key); r && !ds.url.isEmpty())
            checkUrl(r->locationOf(key), ds.url, Tr::tr("field '%1' of %2").arg(key, what));
    };

    switch (ds.type) {
    case DataSourceType::Prometheus:
        // Imports create Prometheus sources without an address: valid, but not queryable
        // until a url is given here or on the command line.
        if (!readerOf(QStringLiteral("url")))
            m_ctx.warning(where, Tr::tr("%1 has no 'url': it cannot be queried until one is given (slactl also takes "
                                        "--prometheus URL)")
                                     .arg(what));
        text(QStringLiteral("url"), ds.url);
        url(QStringLiteral("url"));
        text(QStringLiteral("pathPrefix"), ds.pathPrefix);
        text(QStringLiteral("tenant"), ds.tenant);
        if (MapReader *r = readerOf(QStringLiteral("auth"))) {
            if (const auto a = r->oneOf(QStringLiteral("auth"), keyList({u"none", u"basic", u"bearer"})))
                ds.auth = authTypeFromString(*a).value_or(AuthType::None);
        }
        text(QStringLiteral("username"), ds.username);
        text(QStringLiteral("caFile"), ds.caFile);
        flag(QStringLiteral("insecureSkipVerify"), ds.insecureSkipVerify);
        if (ds.auth == AuthType::Basic && ds.username.isEmpty())
            m_ctx.error(where,
                        Tr::tr("%1: auth 'basic' needs a 'username' (the password lives in the keychain)").arg(what));
        break;
    case DataSourceType::Datadog:
        text(QStringLiteral("site"), ds.site);
        text(QStringLiteral("url"), ds.url);
        url(QStringLiteral("url"));
        break;
    case DataSourceType::Recorded:
        require(QStringLiteral("file"));
        text(QStringLiteral("file"), ds.file);
        flag(QStringLiteral("alignToNow"), ds.alignToNow);
        break;
    case DataSourceType::CloudWatch:
        readCloudWatchFields(readerOf, where, what, ds);
        break;
    case DataSourceType::Other:
        break;
    }
}

void Reader::readCloudWatchFields(const std::function<MapReader *(const QString &)> &readerOf,
                                  const SourceLocation &where, const QString &what, DataSource &ds)
{
    const auto read = [&](const QString &key, QString &into, bool (*valid)(const QString &), const QString &hint) {
        MapReader *r = readerOf(key);
        if (!r)
            return;
        into = r->string(key).value_or(QString());
        r->recordLocation(ds.origin, key);
        checkHeaderValue(r->locationOf(key), key, into, what);
        if (valid && !into.isEmpty() && !valid(into))
            m_ctx.error(r->locationOf(key), Tr::tr("field '%1' of %2: '%3' is not %4").arg(key, what, into, hint));
    };
    if (!readerOf(QStringLiteral("region")))
        m_ctx.error(where, Tr::tr("%1 is missing the required field '%2'").arg(what, QStringLiteral("region")));
    read(QStringLiteral("region"), ds.region, &isAwsRegion, Tr::tr("an AWS region such as eu-west-1"));
    read(QStringLiteral("endpoint"), ds.endpoint, nullptr, {});
    if (MapReader *r = readerOf(QStringLiteral("endpoint")); r && !ds.endpoint.isEmpty())
        checkUrl(r->locationOf(QStringLiteral("endpoint")), ds.endpoint,
                 Tr::tr("field '%1' of %2").arg(QStringLiteral("endpoint"), what));
    read(QStringLiteral("profile"), ds.profile, nullptr, {});
    read(QStringLiteral("roleArn"), ds.roleArn, &isIamRoleArn,
         Tr::tr("an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader"));
}

void Reader::readDataSource(const ParsedDocument &doc, Workspace &out)
{
    DataSource ds;
    const QString kind = QStringLiteral("DataSource");
    const Top top = readTop(doc, kind, ds.origin);
    ds.metadata = top.metadata;
    if (top.hasSpec) {
        const QString what = Tr::tr("DataSource '%1'").arg(ds.metadata.name);
        MapReader m(m_ctx, top.spec, what, keyList({u"type", u"description", u"connectionDetails"}));
        ds.description = m.string(QStringLiteral("description")).value_or(QString());
        checkDescription(m, QStringLiteral("description"));
        if (const auto type = m.string(QStringLiteral("type"), Need::Required)) {
            ds.typeName = *type;
            ds.type = dataSourceTypeFromString(*type);
            m.recordLocation(ds.origin, QStringLiteral("type"));
        }
        if (m.has(QStringLiteral("connectionDetails")) && !m.get(QStringLiteral("connectionDetails")).IsNull()) {
            if (m.has(QStringLiteral("type")))
                readConnectionDetails(m.get(QStringLiteral("connectionDetails")),
                                      m.locationOf(QStringLiteral("connectionDetails")), ds);
        } else if (ds.type == DataSourceType::Recorded || ds.type == DataSourceType::CloudWatch) {
            if (m.has(QStringLiteral("type")))
                m.reportMissing(QStringLiteral("connectionDetails"));
        } else if (ds.type == DataSourceType::Prometheus) {
            m_ctx.warning(m.location(), Tr::tr("%1 has no 'connectionDetails': it cannot be queried until a url is "
                                               "given (slactl also takes --prometheus URL)")
                                            .arg(what));
        }
    }
    if (!ds.metadata.name.isEmpty())
        out.dataSources << ds;
}

void Reader::readService(const ParsedDocument &doc, Workspace &out)
{
    Service svc;
    // OpenSLO tools accept a Service without spec (oslo's own test files have them).
    const Top top = readTop(doc, QStringLiteral("Service"), svc.origin, Need::Optional);
    svc.metadata = top.metadata;
    if (top.hasSpec) {
        MapReader m(m_ctx, top.spec, Tr::tr("Service '%1'").arg(svc.metadata.name), keyList({u"description"}));
        svc.description = m.string(QStringLiteral("description")).value_or(QString());
        checkDescription(m, QStringLiteral("description"));
    }
    if (!svc.metadata.name.isEmpty())
        out.services << svc;
}

template <typename T>
void Reader::readEventDocument(const ParsedDocument &doc, const QString &kind,
                               void (*readSpec)(Yaml::Context &, const YAML::Node &, T &), QList<T> &out)
{
    T item;
    const Top top = readTop(doc, kind, item.origin);
    item.metadata = top.metadata;
    if (top.hasSpec)
        readSpec(m_ctx, top.spec, item);
    if (!item.metadata.name.isEmpty())
        out << item;
}

} // namespace

bool isNativeDocument(const ParsedDocument &doc)
{
    if (doc.apiVersion == QLatin1String("sladesk/v1"))
        return true;
    return doc.apiVersion == QLatin1String("openslo/v1") &&
           (doc.kind == QLatin1String("DataSource") || doc.kind == QLatin1String("Service"));
}

void readNativeDocument(const ParsedDocument &doc, Yaml::Context &ctx, Workspace &out)
{
    Reader reader(ctx);
    const bool ours = doc.apiVersion == QLatin1String("sladesk/v1");
    if (ours && doc.kind == QLatin1String("SLA")) {
        reader.readSla(doc, out);
    } else if (ours && doc.kind == QLatin1String("TierTemplate")) {
        reader.readTier(doc, out);
    } else if (ours && doc.kind == QLatin1String("Correction")) {
        reader.readEventDocument(doc, doc.kind, &readCorrectionSpec, out.corrections);
    } else if (ours && doc.kind == QLatin1String("Annotation")) {
        reader.readEventDocument(doc, doc.kind, &readAnnotationSpec, out.annotations);
    } else if (!ours && doc.kind == QLatin1String("DataSource")) {
        reader.readDataSource(doc, out);
    } else if (!ours && doc.kind == QLatin1String("Service")) {
        reader.readService(doc, out);
    } else {
        const QStringList kinds = keyList({u"SLA", u"TierTemplate", u"Correction", u"Annotation"});
        QString msg =
            doc.kind.isEmpty()
                ? Tr::tr("a sladesk/v1 document needs a kind: SLA, TierTemplate, Correction or Annotation")
                : Tr::tr("unknown kind '%1' for apiVersion sladesk/v1 (expected SLA, TierTemplate, Correction or "
                         "Annotation; DataSource and Service use apiVersion openslo/v1)")
                      .arg(doc.kind);
        const QString hint = doc.kind.isEmpty() ? QString() : Yaml::nearestName(doc.kind, kinds);
        if (!hint.isEmpty())
            msg += Tr::tr("; did you mean '%1'?").arg(hint);
        const YAML::Node at = doc.node["kind"];
        ctx.error(at.IsDefined() ? at : doc.node, msg);
    }
}

} // namespace Sla::Core
