// SPDX-License-Identifier: Apache-2.0
#include "yamlwriter.h"

#include "core/document/tr.h"
#include "core/document/yamlsupport.h"

#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace Tr = Sla::Core::TrContext::YamlWriter;

namespace Sla::Core {

namespace {

/// True when `s` would not read back as the same text if written plain: empty, looks like
/// another YAML type, or holds characters that plain scalars make awkward (selectors
/// with braces and quotes read better single-quoted).
bool needsQuotes(const QString &s)
{
    if (s.isEmpty())
        return true;
    if (s.front().isSpace() || s.back().isSpace())
        return true;
    static const QString kSpecialStart = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (kSpecialStart.contains(s.front()))
        return true;
    static const QString kSpecialAnywhere = QStringLiteral("{}[]\"'");
    for (const QChar c : s) {
        if (kSpecialAnywhere.contains(c))
            return true;
    }
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) || s.endsWith(u':'))
        return true;
    static const QStringList kReserved = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                          QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                          QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("null"),
                                          QStringLiteral("~")};
    if (kReserved.contains(s.toLower()))
        return true;
    bool isNumber = false;
    s.toDouble(&isNumber);
    if (isNumber || s.startsWith(QLatin1String("0x")) || s.startsWith(QLatin1String("0o")) ||
        s.startsWith(QLatin1String(".inf")) || s.startsWith(QLatin1String(".nan")))
        return true;
    return false;
}

class Writer
{
public:
    Writer() { m_e.SetIndent(2); }

    QByteArray result() const { return QByteArray(m_e.c_str()) + '\n'; }

    void dataSource(const DataSource &ds);
    void service(const Service &svc);
    void tier(const TierTemplate &tier);
    void sla(const Sla &sla);
    void correction(const Correction &c);
    void annotation(const Annotation &a);

private:
    void key(const char *k) { m_e << YAML::Key << k << YAML::Value; }
    void text(const QString &s)
    {
        if (needsQuotes(s))
            m_e << YAML::SingleQuoted;
        m_e << s.toStdString();
    }
    void number(double v) { m_e << Yaml::formatNumber(v).toStdString(); }
    void duration(Duration d) { m_e << d.toString().toStdString(); }
    void timestamp(const QDateTime &dt)
    {
        const QDateTime utc = dt.toUTC();
        const Qt::DateFormat format = utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
        m_e << utc.toString(format).toStdString();
    }
    void boolean(bool b) { m_e << (b ? "true" : "false"); }

    void textField(const char *k, const QString &v)
    {
        if (v.isEmpty())
            return;
        key(k);
        text(v);
    }
    void numberField(const char *k, double v)
    {
        key(k);
        number(v);
    }
    void optionalNumberField(const char *k, const std::optional<double> &v)
    {
        if (v)
            numberField(k, *v);
    }
    void timestampField(const char *k, const std::optional<QDateTime> &v)
    {
        if (!v)
            return;
        key(k);
        timestamp(*v);
    }
    /// An enumerator's document name, written unless it is the default.
    template <typename E> void enumField(const char *k, E value, E defaultValue)
    {
        if (value == defaultValue)
            return;
        key(k);
        m_e << toString(value).toStdString();
    }
    void nameList(const char *k, const QStringList &names)
    {
        if (names.isEmpty())
            return;
        key(k);
        m_e << YAML::Flow << YAML::BeginSeq;
        for (const QString &n : names)
            text(n);
        m_e << YAML::EndSeq;
    }

    void header(const char *apiVersion, const char *kind, const Metadata &md);
    /// `apiVersion: sladesk/v1`, the kind and metadata, and opens the spec mapping.
    void beginSladeskDocument(const char *kind, const Metadata &md)
    {
        m_e << YAML::BeginMap;
        header("sladesk/v1", kind, md);
        key("spec");
        m_e << YAML::BeginMap;
    }
    /// beginSladeskDocument() for a Correction or an Annotation, with the SLAs and objectives
    /// it applies to.
    void beginScopedDocument(const char *kind, const Metadata &md, const QStringList &slas,
                             const QStringList &objectives)
    {
        beginSladeskDocument(kind, md);
        nameList("slas", slas);
        nameList("objectives", objectives);
    }
    void window(const Window &w);
    void objective(const Objective &o);
    void indicator(const Indicator &ind);
    void alerts(const QList<AlertRule> &rules);
    void notify(const char *k, const QList<NotifyTarget> &targets);

    YAML::Emitter m_e;
};

void Writer::header(const char *apiVersion, const char *kind, const Metadata &md)
{
    key("apiVersion");
    m_e << apiVersion;
    key("kind");
    m_e << kind;
    key("metadata");
    m_e << YAML::BeginMap;
    key("name");
    text(md.name);
    textField("displayName", md.displayName);
    if (!md.labels.isEmpty()) {
        key("labels");
        m_e << YAML::BeginMap;
        for (auto it = md.labels.cbegin(); it != md.labels.cend(); ++it) {
            m_e << YAML::Key;
            text(it.key());
            m_e << YAML::Value;
            if (it.value().size() == 1) {
                text(it.value().constFirst());
            } else {
                m_e << YAML::Flow << YAML::BeginSeq;
                for (const QString &v : it.value())
                    text(v);
                m_e << YAML::EndSeq;
            }
        }
        m_e << YAML::EndMap;
    }
    if (!md.annotations.isEmpty()) {
        key("annotations");
        m_e << YAML::BeginMap;
        for (auto it = md.annotations.cbegin(); it != md.annotations.cend(); ++it) {
            m_e << YAML::Key;
            text(it.key());
            m_e << YAML::Value;
            text(it.value());
        }
        m_e << YAML::EndMap;
    }
    m_e << YAML::EndMap;
}

void Writer::window(const Window &w)
{
    if (w.kind == Window::Kind::Rolling) {
        duration(w.rolling);
        return;
    }
    m_e << YAML::BeginMap;
    key("calendar");
    m_e << toString(w.calendar).toStdString();
    key("timeZone");
    text(w.timeZone);
    m_e << YAML::EndMap;
}

void Writer::dataSource(const DataSource &ds)
{
    m_e << YAML::BeginMap;
    header("openslo/v1", "DataSource", ds.metadata);
    key("spec");
    m_e << YAML::BeginMap;
    key("type");
    text(ds.typeName.isEmpty() ? toString(ds.type) : ds.typeName);
    textField("description", ds.description);
    // Collect first so that an empty block is left out altogether.
    QList<QPair<const char *, QString>> texts;
    QList<QPair<const char *, bool>> flags;
    switch (ds.type) {
    case DataSourceType::Prometheus:
        texts = {{"url", ds.url}, {"pathPrefix", ds.pathPrefix}, {"tenant", ds.tenant}};
        if (ds.auth != AuthType::None)
            texts.append({"auth", toString(ds.auth)});
        texts += {{"username", ds.username}, {"caFile", ds.caFile}};
        flags = {{"insecureSkipVerify", ds.insecureSkipVerify}};
        break;
    case DataSourceType::Datadog:
        texts = {{"site", ds.site}, {"url", ds.url}};
        break;
    case DataSourceType::Recorded:
        texts = {{"file", ds.file}};
        flags = {{"alignToNow", ds.alignToNow}};
        break;
    case DataSourceType::CloudWatch:
        texts = {{"region", ds.region}, {"endpoint", ds.endpoint}, {"profile", ds.profile}, {"roleArn", ds.roleArn}};
        break;
    case DataSourceType::Other:
        break;
    }
    const bool anyText = std::any_of(texts.cbegin(), texts.cend(), [](const auto &p) { return !p.second.isEmpty(); });
    const bool anyFlag = std::any_of(flags.cbegin(), flags.cend(), [](const auto &p) { return p.second; });
    if (ds.type == DataSourceType::Other && !ds.otherDetails.isEmpty()) {
        key("connectionDetails");
        m_e << YAML::BeginMap;
        for (auto it = ds.otherDetails.cbegin(); it != ds.otherDetails.cend(); ++it) {
            m_e << YAML::Key;
            text(it.key());
            m_e << YAML::Value;
            text(it.value());
        }
        m_e << YAML::EndMap;
    } else if (anyText || anyFlag) {
        key("connectionDetails");
        m_e << YAML::BeginMap;
        for (const auto &[k, v] : texts)
            textField(k, v);
        for (const auto &[k, v] : flags) {
            if (v) {
                key(k);
                boolean(true);
            }
        }
        m_e << YAML::EndMap;
    }
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::service(const Service &svc)
{
    m_e << YAML::BeginMap;
    header("openslo/v1", "Service", svc.metadata);
    key("spec");
    if (svc.description.isEmpty())
        m_e << YAML::Flow;
    m_e << YAML::BeginMap;
    textField("description", svc.description);
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::tier(const TierTemplate &t)
{
    m_e << YAML::BeginMap;
    header("sladesk/v1", "TierTemplate", t.metadata);
    key("spec");
    const bool empty = t.displayName.isEmpty() && t.description.isEmpty() && !t.window && t.atRisk == 0.25 &&
                       t.minimums.isEmpty() && t.alerts.isEmpty() && t.notify.isEmpty() && t.escalation.isEmpty() &&
                       t.gate == GateMode::Warn && !t.minEvents && !t.minSamples;
    if (empty)
        m_e << YAML::Flow;
    m_e << YAML::BeginMap;
    textField("displayName", t.displayName);
    textField("description", t.description);
    if (t.window) {
        key("window");
        window(*t.window);
    }
    if (t.atRisk != 0.25)
        numberField("atRisk", t.atRisk);
    if (!t.minimums.isEmpty()) {
        key("minimums");
        m_e << YAML::BeginMap;
        for (auto it = t.minimums.cbegin(); it != t.minimums.cend(); ++it) {
            key(toString(it.key()).toStdString().c_str());
            if (!it.value().target && !it.value().threshold)
                m_e << YAML::Flow;
            m_e << YAML::BeginMap;
            if (it.value().target)
                numberField("target", *it.value().target);
            if (it.value().threshold)
                numberField("threshold", *it.value().threshold);
            m_e << YAML::EndMap;
        }
        m_e << YAML::EndMap;
    }
    alerts(t.alerts);
    notify("notify", t.notify);
    if (!t.escalation.isEmpty()) {
        key("escalation");
        m_e << YAML::BeginMap;
        if (t.escalation.ackTimeout) {
            key("ackTimeout");
            duration(*t.escalation.ackTimeout);
        }
        notify("then", t.escalation.then);
        m_e << YAML::EndMap;
    }
    enumField("gate", t.gate, GateMode::Warn);
    optionalNumberField("minEvents", t.minEvents);
    optionalNumberField("minSamples", t.minSamples);
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::sla(const Sla &s)
{
    beginSladeskDocument("SLA", s.metadata);
    textField("description", s.description);
    textField("service", s.service);
    textField("tier", s.tier);
    textField("owner", s.owner);
    textField("dataSource", s.dataSource);
    if (s.window) {
        key("window");
        window(*s.window);
    }
    optionalNumberField("weight", s.weight);
    key("objectives");
    m_e << YAML::BeginSeq;
    for (const Objective &o : s.objectives)
        objective(o);
    m_e << YAML::EndSeq;
    alerts(s.alerts);
    notify("notify", s.notify);
    if (!s.contract.isEmpty()) {
        key("contract");
        m_e << YAML::BeginMap;
        key("credits");
        m_e << YAML::BeginSeq;
        for (const CreditTier &c : s.contract.credits) {
            m_e << YAML::BeginMap;
            numberField("below", c.below);
            numberField("credit", c.credit);
            m_e << YAML::EndMap;
        }
        m_e << YAML::EndSeq;
        if (s.contract.period != CalendarUnit::Month) {
            key("period");
            m_e << toString(s.contract.period).toStdString();
        }
        m_e << YAML::EndMap;
    }
    if (!s.remediation.isEmpty()) {
        key("remediation");
        m_e << YAML::BeginMap;
        textField("webhook", s.remediation.webhook);
        textField("runbook", s.remediation.runbook);
        textField("fallback", s.remediation.fallback);
        m_e << YAML::EndMap;
    }
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::objective(const Objective &o)
{
    m_e << YAML::BeginMap;
    key("name");
    text(o.name);
    textField("displayName", o.displayName);
    textField("description", o.description);
    key("indicator");
    indicator(o.indicator);
    if (o.budgeting.method == Budgeting::Method::Timeslices) {
        key("budgeting");
        m_e << YAML::BeginMap;
        key("timeslices");
        duration(o.budgeting.slice);
        m_e << YAML::EndMap;
    }
    numberField("target", o.target);
    if (o.window) {
        key("window");
        window(*o.window);
    }
    textField("dataSource", o.dataSource);
    optionalNumberField("minEvents", o.minEvents);
    optionalNumberField("minSamples", o.minSamples);
    if (o.labelDelay) {
        key("labelDelay");
        duration(*o.labelDelay);
    }
    m_e << YAML::EndMap;
}

void Writer::correction(const Correction &c)
{
    beginScopedDocument("Correction", c.metadata, c.slas, c.objectives);
    timestampField("start", c.start);
    if (c.duration) {
        key("duration");
        duration(*c.duration);
    }
    timestampField("end", c.end);
    textField("recurrence", c.recurrence);
    if (c.timeZone != QLatin1String("UTC"))
        textField("timeZone", c.timeZone);
    enumField("category", c.category, Correction::Category::Other);
    textField("description", c.description);
    textField("approvedBy", c.approvedBy);
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::annotation(const Annotation &a)
{
    beginScopedDocument("Annotation", a.metadata, a.slas, a.objectives);
    timestampField("time", a.time);
    timestampField("end", a.end);
    key("text");
    text(a.text);
    enumField("kind", a.kind, Annotation::Kind::Note);
    textField("url", a.url);
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::indicator(const Indicator &ind)
{
    m_e << YAML::BeginMap;
    key(toString(ind.kind).toStdString().c_str());
    m_e << YAML::BeginMap;
    switch (ind.kind) {
    case IndicatorKind::Ratio:
        textField("good", ind.ratio.good);
        textField("bad", ind.ratio.bad);
        key("total");
        text(ind.ratio.total);
        break;
    case IndicatorKind::Latency:
        key("histogram");
        text(ind.latency.histogram);
        if (ind.latency.percentile)
            numberField("percentile", *ind.latency.percentile);
        numberField("threshold", ind.latency.threshold);
        break;
    case IndicatorKind::Classification: {
        const ClassificationIndicator &c = ind.classification;
        key("measure");
        m_e << toString(c.measure).toStdString();
        textField("tp", c.tp);
        textField("fp", c.fp);
        textField("fn", c.fn);
        textField("tn", c.tn);
        break;
    }
    case IndicatorKind::Drift: {
        const DriftIndicator &d = ind.drift;
        key("histogram");
        text(d.histogram);
        key("method");
        m_e << toString(d.method).toStdString();
        if (d.referenceFrom.isValid() || d.referenceTo.isValid()) {
            key("reference");
            m_e << YAML::BeginMap;
            if (d.referenceFrom.isValid()) {
                key("from");
                timestamp(d.referenceFrom);
            }
            if (d.referenceTo.isValid()) {
                key("to");
                timestamp(d.referenceTo);
            }
            m_e << YAML::EndMap;
        }
        numberField("threshold", d.threshold);
        break;
    }
    case IndicatorKind::Threshold: {
        const ThresholdIndicator &t = ind.threshold;
        key("metric");
        text(t.metric);
        key("op");
        m_e << toString(t.op).toStdString();
        numberField("value", t.value);
        if (t.aggregate != Aggregate::Avg) {
            key("aggregate");
            m_e << toString(t.aggregate).toStdString();
        }
        break;
    }
    case IndicatorKind::Query: {
        const QueryIndicator &q = ind.query;
        textField("good", q.good);
        textField("bad", q.bad);
        textField("total", q.total);
        textField("errorRatio", q.errorRatio);
        textField("value", q.value);
        if (q.op) {
            key("op");
            m_e << toString(*q.op).toStdString();
        }
        if (q.threshold)
            numberField("threshold", *q.threshold);
        break;
    }
    }
    m_e << YAML::EndMap << YAML::EndMap;
}

void Writer::alerts(const QList<AlertRule> &rules)
{
    if (rules.isEmpty())
        return;
    key("alerts");
    m_e << YAML::BeginSeq;
    for (const AlertRule &a : rules) {
        m_e << YAML::BeginMap;
        textField("name", a.name);
        textField("objective", a.objective);
        switch (a.kind) {
        case AlertRule::Kind::Threshold:
            if (a.below)
                numberField("below", *a.below);
            if (a.above)
                numberField("above", *a.above);
            if (a.window) {
                key("window");
                duration(*a.window);
            }
            if (a.forDuration) {
                key("for");
                duration(*a.forDuration);
            }
            break;
        case AlertRule::Kind::BurnRate:
            key("burnRate");
            if (a.burnRateDefault) {
                m_e << "default";
                break;
            }
            m_e << YAML::BeginSeq;
            for (const BurnRateWindow &w : a.burnRates) {
                m_e << YAML::BeginMap;
                key("long");
                duration(w.longWindow);
                key("short");
                duration(w.shortWindow);
                numberField("factor", w.factor);
                key("severity");
                m_e << toString(w.severity).toStdString();
                m_e << YAML::EndMap;
            }
            m_e << YAML::EndSeq;
            break;
        case AlertRule::Kind::BudgetLow:
            numberField("budgetBelow", a.budgetBelow);
            break;
        case AlertRule::Kind::NoData:
            key("noData");
            duration(a.noData);
            break;
        case AlertRule::Kind::Drift:
            if (a.driftAbove)
                numberField("driftAbove", *a.driftAbove);
            else
                textField("driftAbove", QStringLiteral("threshold"));
            break;
        case AlertRule::Kind::PeriodBudget:
            numberField("consumedAbove", a.consumedAbove);
            break;
        }
        if (a.kind != AlertRule::Kind::Threshold && a.forDuration) {
            key("for");
            duration(*a.forDuration);
        }
        if (a.keepFiring) {
            key("keepFiring");
            duration(*a.keepFiring);
        }
        if (a.kind != AlertRule::Kind::BurnRate) {
            key("severity");
            m_e << toString(a.severity).toStdString();
        }
        m_e << YAML::EndMap;
    }
    m_e << YAML::EndSeq;
}

void Writer::notify(const char *k, const QList<NotifyTarget> &targets)
{
    if (targets.isEmpty())
        return;
    key(k);
    m_e << YAML::BeginSeq;
    for (const NotifyTarget &t : targets) {
        switch (t.kind) {
        case NotifyTarget::Kind::Desktop:
            m_e << "desktop";
            break;
        case NotifyTarget::Kind::Alertmanager:
        case NotifyTarget::Kind::Webhook:
            m_e << YAML::BeginMap;
            key(t.kind == NotifyTarget::Kind::Alertmanager ? "alertmanager" : "webhook");
            text(t.url);
            m_e << YAML::EndMap;
            break;
        }
    }
    m_e << YAML::EndSeq;
}
} // namespace

QByteArray writeDocuments(const Workspace &ws)
{
    QList<QByteArray> docs;
    for (const DataSource &ds : ws.dataSources) {
        Writer w;
        w.dataSource(ds);
        docs << w.result();
    }
    for (const Service &svc : ws.services) {
        Writer w;
        w.service(svc);
        docs << w.result();
    }
    for (const TierTemplate &t : ws.tiers) {
        if (t.builtIn)
            continue;
        Writer w;
        w.tier(t);
        docs << w.result();
    }
    for (const Sla &s : ws.slas) {
        Writer w;
        w.sla(s);
        docs << w.result();
    }
    for (const Correction &c : ws.corrections) {
        Writer w;
        w.correction(c);
        docs << w.result();
    }
    for (const Annotation &a : ws.annotations) {
        Writer w;
        w.annotation(a);
        docs << w.result();
    }
    return docs.join(QByteArrayLiteral("---\n"));
}

bool saveDocuments(const QString &path, const Workspace &ws, QString *error)
{
    QSaveFile file(path);
    const QByteArray data = writeDocuments(ws);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sla::Core
