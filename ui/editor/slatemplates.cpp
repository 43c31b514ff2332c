// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/slatemplates.h"

#include "core/document/yamlpatch.h"
#include "core/document/yamlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

namespace Sla::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sla::Ui::SlaTemplates)
};

double minimumOr(const Core::TierTemplate *tier, Core::IndicatorKind kind, double fallback, bool threshold = false)
{
    if (!tier || !tier->minimums.contains(kind))
        return fallback;
    const Core::TierMinimum &m = tier->minimums.value(kind);
    const std::optional<double> v = threshold ? m.threshold : m.target;
    return v.value_or(fallback);
}

QString quotedSelector(const QString &metric, const QString &labels)
{
    return metric + QLatin1Char('{') + labels + QLatin1Char('}');
}

/// The YAML node at `path` from `node` (copies only: assigning yaml-cpp nodes rewrites the tree).
YAML::Node nodeAt(const YAML::Node &node, const QStringList &path, int step = 0)
{
    if (step == path.size())
        return node;
    bool isIndex = false;
    const int index = path.at(step).toInt(&isIndex);
    return nodeAt(isIndex ? node[index] : node[path.at(step).toStdString()], path, step + 1);
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The answers a platform template gives itself (its own name, service, tier, owner).
NewSlaRequest templateAnswers(const QString &resource, const QString &displayName)
{
    NewSlaRequest r;
    r.templateResource = resource;
    r.displayName = displayName;
    try {
        const YAML::Node doc = YAML::Load(readResource(resource).toStdString());
        const auto text = [](const YAML::Node &n) {
            return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
        };
        r.name = text(doc["metadata"]["name"]);
        r.service = text(doc["spec"]["service"]);
        r.tier = text(doc["spec"]["tier"]);
        r.owner = text(doc["spec"]["owner"]);
    } catch (const YAML::Exception &) {
        // A template that does not parse keeps empty answers; platformSlaYaml says why.
    }
    r.availability = r.latency = r.precision = r.drift = false;
    return r;
}

// Renames the label values of the selectors in `yaml` that name `from` (exactly or as the
// start of the value, or as the model of a /models/NAME/ path) to `to`.
QByteArray renameSelectorValues(const QByteArray &yaml, const QString &from, const QString &to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return yaml;
    const QString f = QRegularExpression::escape(from);
    const QRegularExpression value(QStringLiteral("(=~?\\\\?\"|/models/)%1(?=[\"/-])").arg(f));
    QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.contains(QLatin1Char('{')) && line.contains(QLatin1Char('=')))
            line.replace(value, QStringLiteral("\\1") + to);
    }
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

QList<SlaExample> platformTemplates()
{
    const QList<std::pair<QString, QString>> templates = {
        {Tr::tr("Seldon Core 1 (executor)"), QStringLiteral(":/templates/seldon-core/income-classifier.yaml")},
        {Tr::tr("Seldon Core 2"), QStringLiteral(":/templates/seldon-core/iris.yaml")},
        {Tr::tr("KServe (serverless)"), QStringLiteral(":/templates/kserve/sklearn-iris.yaml")},
        {Tr::tr("KServe on the MLServer runtime"), QStringLiteral(":/templates/kserve/churn-mlserver.yaml")},
        {Tr::tr("Evidently drift"), QStringLiteral(":/templates/evidently/loan-default-drift.yaml")},
        {Tr::tr("WhyLabs monitors"), QStringLiteral(":/templates/whylabs-arize/credit-risk-monitors.yaml")},
        {Tr::tr("Arize monitors"), QStringLiteral(":/templates/whylabs-arize/fraud-scores-monitors.yaml")}};
    QList<SlaExample> list;
    for (const auto &[title, resource] : templates) {
        NewSlaRequest answers = templateAnswers(resource, title);
        list.append({title, answers});
    }
    return list;
}

QByteArray platformSlaYaml(const NewSlaRequest &request, QString *error)
{
    const QByteArray text = readResource(request.templateResource);
    const NewSlaRequest own = templateAnswers(request.templateResource, QString());
    if (text.isEmpty() || own.name.isEmpty()) {
        if (error)
            *error = Tr::tr("The template %1 cannot be read.").arg(request.templateResource);
        return {};
    }
    Core::YamlPatcher patch(renameSelectorValues(text, own.service, request.service));
    const Core::DocumentKey doc{QStringLiteral("SLA"), own.name};
    const QString meta = QStringLiteral("metadata");
    const QString spec = QStringLiteral("spec");
    const QList<std::pair<QStringList, QString>> answers = {
        {{spec, QStringLiteral("service")}, request.service},
        {{spec, QStringLiteral("tier")}, request.tier},
        {{spec, QStringLiteral("owner")}, request.owner},
        {{spec, QStringLiteral("dataSource")}, request.dataSource},
        {{meta, QStringLiteral("displayName")}, request.displayName},
        // The name last: the document is found by it.
        {{meta, QStringLiteral("name")}, request.name}};
    bool ok = patch.removeKey(doc, {spec, QStringLiteral("window")});
    for (const auto &[path, value] : answers) {
        if (!ok)
            break;
        ok = value.isEmpty() ? patch.removeKey(doc, path) : patch.setValue(doc, path, Core::yamlScalar(value));
    }
    if (!ok) {
        if (error)
            *error = patch.error();
        return {};
    }
    return patch.text();
}

QList<SlaExample> slaExamples()
{
    NewSlaRequest fraud{QStringLiteral("fraud-detection-api"),
                        Tr::tr("Fraud detection API"),
                        QStringLiteral("fraud-detection"),
                        QStringLiteral("tier-1"),
                        QStringLiteral("risk-ml-oncall"),
                        {},
                        true,
                        true,
                        true,
                        true};
    NewSlaRequest recs{QStringLiteral("recommendation-api"),
                       Tr::tr("Recommendation API"),
                       QStringLiteral("recommendation"),
                       QStringLiteral("tier-2"),
                       QStringLiteral("discovery-ml"),
                       {},
                       true,
                       true,
                       false,
                       false};
    NewSlaRequest moderation{QStringLiteral("content-moderation-model"),
                             Tr::tr("Content moderation model"),
                             QStringLiteral("content-moderation"),
                             QStringLiteral("tier-2"),
                             QStringLiteral("trust-safety-ml"),
                             {},
                             true,
                             false,
                             true,
                             true};
    return {{Tr::tr("Fraud detection API"), fraud},
            {Tr::tr("Recommendation API"), recs},
            {Tr::tr("Content moderation model"), moderation}};
}

Core::Objective makeObjective(Core::IndicatorKind kind, const QString &service, const Core::TierTemplate *tier,
                              const QDateTime &now)
{
    using K = Core::IndicatorKind;
    Core::Objective o;
    o.indicator.kind = kind;
    const QString svc = QStringLiteral("service=\"%1\"").arg(service);
    const QString model = QStringLiteral("model=\"%1\"").arg(service);
    switch (kind) {
    case K::Ratio:
    case K::Query:
    case K::Threshold:
        o.indicator.kind = K::Ratio;
        o.name = QStringLiteral("availability");
        o.indicator.ratio.good =
            quotedSelector(QStringLiteral("http_requests_total"), svc + QStringLiteral(",code!~\"5..\""));
        o.indicator.ratio.total = quotedSelector(QStringLiteral("http_requests_total"), svc);
        o.target = minimumOr(tier, K::Ratio, 0.999);
        break;
    case K::Latency:
        o.name = QStringLiteral("latency");
        o.indicator.latency.histogram = quotedSelector(QStringLiteral("http_request_duration_seconds"), svc);
        o.indicator.latency.threshold = minimumOr(tier, K::Latency, 0.3, true);
        o.target = minimumOr(tier, K::Latency, 0.95);
        break;
    case K::Classification:
        o.name = QStringLiteral("precision");
        o.indicator.classification.tp =
            quotedSelector(QStringLiteral("model_predictions_total"), model + QStringLiteral(",outcome=\"tp\""));
        o.indicator.classification.fp =
            quotedSelector(QStringLiteral("model_predictions_total"), model + QStringLiteral(",outcome=\"fp\""));
        o.target = minimumOr(tier, K::Classification, 0.9);
        break;
    case K::Drift: {
        o.name = QStringLiteral("drift");
        o.indicator.drift.histogram =
            quotedSelector(QStringLiteral("model_feature_value"), model + QStringLiteral(",feature=\"input\""));
        const QDateTime end(now.toUTC().date().addDays(-30), QTime(0, 0), QTimeZone::utc());
        o.indicator.drift.referenceFrom = end.addDays(-14);
        o.indicator.drift.referenceTo = end;
        o.indicator.drift.threshold = minimumOr(tier, K::Drift, 0.1, true);
        o.budgeting = {Core::Budgeting::Method::Timeslices, Core::Duration::days(1)};
        o.target = minimumOr(tier, K::Drift, 0.9);
        break;
    }
    }
    return o;
}

Core::Sla makeSla(const NewSlaRequest &request, const Core::TierTemplate *tier, const QDateTime &now)
{
    using K = Core::IndicatorKind;
    Core::Sla sla;
    sla.metadata.name = request.name;
    sla.metadata.displayName = request.displayName;
    sla.service = request.service;
    sla.tier = request.tier;
    sla.owner = request.owner;
    sla.dataSource = request.dataSource;
    if (!tier || !tier->window)
        sla.window = Core::Window::rollingWindow(Core::Duration::days(30));
    const QList<std::pair<bool, K>> wanted = {{request.availability, K::Ratio},
                                              {request.latency, K::Latency},
                                              {request.precision, K::Classification},
                                              {request.drift, K::Drift}};
    for (const auto &[on, kind] : wanted) {
        if (on)
            sla.objectives.append(makeObjective(kind, request.service, tier, now));
    }
    return sla;
}

QByteArray slaYaml(const Core::Sla &sla)
{
    Core::Workspace ws;
    ws.slas.append(sla);
    return Core::writeDocuments(ws);
}

QString objectiveYaml(const Core::Objective &objective)
{
    Core::Sla scratch;
    scratch.metadata.name = QStringLiteral("scratch");
    scratch.objectives.append(objective);
    YAML::Emitter e;
    e << nodeAt(YAML::Load(slaYaml(scratch).toStdString()),
                {QStringLiteral("spec"), QStringLiteral("objectives"), QStringLiteral("0")});
    return QString::fromUtf8(e.c_str());
}

QString indicatorYaml(const Core::Objective &objective)
{
    Core::Sla scratch;
    scratch.metadata.name = QStringLiteral("scratch");
    scratch.objectives.append(objective);
    YAML::Node indicator =
        nodeAt(YAML::Load(slaYaml(scratch).toStdString()), {QStringLiteral("spec"), QStringLiteral("objectives"),
                                                            QStringLiteral("0"), QStringLiteral("indicator")});
    indicator.SetStyle(YAML::EmitterStyle::Flow);
    YAML::Emitter e;
    e << indicator;
    return QString::fromUtf8(e.c_str());
}

Core::Correction weeklyMaintenance(const QString &sla, const QDateTime &now)
{
    Core::Correction c;
    c.metadata.name = sla + QStringLiteral("-weekly-maintenance");
    c.metadata.displayName = Tr::tr("Weekly maintenance");
    c.slas = {sla};
    QDate day = now.toUTC().date();
    while (day.dayOfWeek() != Qt::Sunday)
        day = day.addDays(1);
    c.start = QDateTime(day, QTime(2, 0), QTimeZone::utc());
    c.duration = Core::Duration::hours(1);
    c.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=SU");
    c.category = Core::Correction::Category::ScheduledMaintenance;
    c.description = Tr::tr("Weekly maintenance window");
    return c;
}

QByteArray correctionYaml(const Core::Correction &correction)
{
    Core::Workspace ws;
    ws.corrections.append(correction);
    return Core::writeDocuments(ws);
}

} // namespace Sla::Ui
