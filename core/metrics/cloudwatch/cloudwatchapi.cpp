// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/cloudwatch/cloudwatchapi.h"

#include "core/document/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

namespace Tr = Sla::Core::TrContext::CloudWatchSource;

namespace Sla::Core::CloudWatchApi {

namespace {

qint64 alignDown(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

qint64 alignUp(qint64 t, qint64 step)
{
    return -alignDown(-t, step);
}

QJsonObject metricStat(const CloudWatchMetric &m, const QString &stat, int period)
{
    QJsonArray dims;
    for (const auto &[name, value] : m.dimensions)
        dims.append(QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Value"), value}});
    QJsonObject metric{{QStringLiteral("Namespace"), m.nameSpace}, {QStringLiteral("MetricName"), m.metric}};
    if (!dims.isEmpty())
        metric.insert(QStringLiteral("Dimensions"), dims);
    QJsonObject out{{QStringLiteral("Metric"), metric},
                    {QStringLiteral("Period"), period},
                    {QStringLiteral("Stat"), m.stat.isEmpty() ? stat : m.stat}};
    if (!m.unit.isEmpty())
        out.insert(QStringLiteral("Unit"), m.unit);
    return out;
}

/// The expression with each input id `x` renamed to `prefix_x` (ids are unique per call).
QString renamedExpression(const MetricQuery &q)
{
    QString out = q.selector.expression;
    for (const auto &[id, _] : q.selector.inputs) {
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(id)));
        out.replace(word, q.id + u'_' + id);
    }
    return out;
}

void appendQuery(QJsonArray &out, const MetricQuery &q)
{
    if (!q.selector.isExpression()) {
        out.append(QJsonObject{{QStringLiteral("Id"), q.id},
                               {QStringLiteral("MetricStat"), metricStat(q.selector.metric, q.stat, q.period)},
                               {QStringLiteral("ReturnData"), true}});
        return;
    }
    for (const auto &[id, metric] : q.selector.inputs) {
        out.append(QJsonObject{{QStringLiteral("Id"), QString(q.id + u'_' + id)},
                               {QStringLiteral("MetricStat"), metricStat(metric, q.stat, q.period)},
                               {QStringLiteral("ReturnData"), false}});
    }
    out.append(QJsonObject{{QStringLiteral("Id"), q.id},
                           {QStringLiteral("Expression"), renamedExpression(q)},
                           {QStringLiteral("Period"), q.period},
                           {QStringLiteral("ReturnData"), true}});
}

int structures(const MetricQuery &q)
{
    return q.selector.isExpression() ? int(q.selector.inputs.size()) + 1 : 1;
}

} // namespace

qint64 datapoints(const MetricQuery &query, qint64 from, qint64 to)
{
    const qint64 p = std::max(1, query.period);
    const qint64 n = std::max<qint64>(0, (alignUp(to, p) - alignDown(from, p)) / p);
    return n * structures(query);
}

std::vector<Call> planCalls(const std::vector<MetricQuery> &queries, qint64 from, qint64 to, int maxQueries,
                            qint64 maxDatapoints)
{
    // Pieces: each query over ranges of at most the points one call takes.
    std::vector<Call> pieces;
    for (const MetricQuery &q : queries) {
        const qint64 p = std::max(1, q.period);
        const qint64 perPoint = structures(q);
        const qint64 span = std::max<qint64>(1, maxDatapoints / perPoint) * p;
        for (qint64 s = alignDown(from, p), end = alignUp(to, p); s < end; s += span)
            pieces.push_back({{q}, s, std::min(end, s + span)});
    }
    // Calls: pieces of one time range together, within both limits.
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const Call &a, const Call &b) { return std::pair(a.from, a.to) < std::pair(b.from, b.to); });
    std::vector<Call> calls;
    qint64 points = 0;
    int count = 0;
    for (Call &piece : pieces) {
        const MetricQuery &q = piece.queries.front();
        const qint64 n = datapoints(q, piece.from, piece.to);
        const bool fits = !calls.empty() && calls.back().from == piece.from && calls.back().to == piece.to &&
                          count + structures(q) <= maxQueries && points + n <= maxDatapoints;
        if (!fits) {
            calls.push_back({{}, piece.from, piece.to});
            points = 0;
            count = 0;
        }
        calls.back().queries.push_back(q);
        points += n;
        count += structures(q);
    }
    return calls;
}

QByteArray requestBody(const Call &call, const QString &nextToken, qint64 maxDatapoints)
{
    QJsonArray queries;
    for (const MetricQuery &q : call.queries)
        appendQuery(queries, q);
    QJsonObject body{
        {QStringLiteral("MetricDataQueries"), queries},
        {QStringLiteral("StartTime"), double(call.from)},
        {QStringLiteral("EndTime"), double(call.to)},
        {QStringLiteral("ScanBy"), QStringLiteral("TimestampAscending")},
        {QStringLiteral("LabelOptions"), QJsonObject{{QStringLiteral("Timezone"), QStringLiteral("+0000")}}}};
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    if (maxDatapoints > 0)
        body.insert(QStringLiteral("MaxDatapoints"), double(maxDatapoints));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<Page> parsePage(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("the GetMetricData answer is not a JSON object (%1)").arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Page page;
    page.nextToken = o.value(QStringLiteral("NextToken")).toString();
    for (const QJsonValue &r : o.value(QStringLiteral("MetricDataResults")).toArray()) {
        const QJsonObject result = r.toObject();
        const QString id = result.value(QStringLiteral("Id")).toString();
        const QJsonArray ts = result.value(QStringLiteral("Timestamps")).toArray();
        const QJsonArray vs = result.value(QStringLiteral("Values")).toArray();
        if (id.isEmpty() || ts.size() != vs.size()) {
            if (error)
                *error = Tr::tr("a GetMetricData result has no Id or as many timestamps as values");
            return std::nullopt;
        }
        SampleSeries &s = page.series[id];
        for (qsizetype i = 0; i < ts.size(); ++i) {
            const double v = vs.at(i).toDouble(std::nan(""));
            if (!ts.at(i).isDouble() || !std::isfinite(v))
                continue; // a gap, never a zero
            s.t.push_back(qint64(std::llround(ts.at(i).toDouble() * 1000)));
            s.v.push_back(v);
        }
        const QString status = result.value(QStringLiteral("StatusCode")).toString();
        if (status == u"Forbidden" || status == u"InternalError")
            page.failure = Tr::tr("query %1: status %2").arg(id, status);
        for (const QJsonValue &m : result.value(QStringLiteral("Messages")).toArray())
            page.messages << m.toObject().value(QStringLiteral("Code")).toString() + QStringLiteral(": ") +
                                 m.toObject().value(QStringLiteral("Value")).toString();
    }
    for (const QJsonValue &m : o.value(QStringLiteral("Messages")).toArray())
        page.messages << m.toObject().value(QStringLiteral("Code")).toString() + QStringLiteral(": ") +
                             m.toObject().value(QStringLiteral("Value")).toString();
    return page;
}

QByteArray listMetricsBody(const ListFilter &filter, const QString &nextToken)
{
    QJsonObject body;
    if (!filter.nameSpace.isEmpty())
        body.insert(QStringLiteral("Namespace"), filter.nameSpace);
    if (!filter.metric.isEmpty())
        body.insert(QStringLiteral("MetricName"), filter.metric);
    QJsonArray dims;
    for (const auto &[name, value] : filter.dimensions) {
        QJsonObject d{{QStringLiteral("Name"), name}};
        if (!value.isEmpty())
            d.insert(QStringLiteral("Value"), value);
        dims.append(d);
    }
    if (!dims.isEmpty())
        body.insert(QStringLiteral("Dimensions"), dims);
    if (!nextToken.isEmpty())
        body.insert(QStringLiteral("NextToken"), nextToken);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<MetricList> parseListMetrics(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonValue metrics = doc.object().value(QStringLiteral("Metrics"));
    if (!doc.isObject() || !(metrics.isArray() || metrics.isUndefined() || metrics.isNull())) {
        if (error)
            *error = Tr::tr("the ListMetrics answer is not a JSON object with a Metrics list (%1)")
                         .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("Metrics"));
        return std::nullopt;
    }
    MetricList out;
    out.nextToken = doc.object().value(QStringLiteral("NextToken")).toString();
    for (const QJsonValue &v : metrics.toArray()) {
        const QJsonObject m = v.toObject();
        CloudWatchMetric metric;
        metric.nameSpace = m.value(QStringLiteral("Namespace")).toString();
        metric.metric = m.value(QStringLiteral("MetricName")).toString();
        for (const QJsonValue &d : m.value(QStringLiteral("Dimensions")).toArray())
            metric.dimensions.append({d.toObject().value(QStringLiteral("Name")).toString(),
                                      d.toObject().value(QStringLiteral("Value")).toString()});
        if (metric.nameSpace.isEmpty() || metric.metric.isEmpty()) {
            if (error)
                *error = Tr::tr("a ListMetrics entry has no Namespace or MetricName");
            return std::nullopt;
        }
        out.metrics.append(metric);
    }
    return out;
}

Error parseError(const QByteArray &body, const QByteArray &queryErrorHeader)
{
    Error e;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(QStringLiteral("__type")).toString();
    e.code = e.code.mid(e.code.lastIndexOf(u'#') + 1);
    e.message = o.value(QStringLiteral("message")).toString();
    if (e.message.isEmpty())
        e.message = o.value(QStringLiteral("Message")).toString();
    if (!queryErrorHeader.isEmpty())
        e.code = QString::fromUtf8(queryErrorHeader.left(queryErrorHeader.indexOf(';')));
    return e;
}

Error parseXmlError(const QByteArray &body)
{
    Error e;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"Code")
            e.code = xml.readElementText();
        else if (xml.name() == u"Message")
            e.message = xml.readElementText();
    }
    return e;
}

bool isThrottling(const QString &code)
{
    static const QStringList codes = {QStringLiteral("Throttling"), QStringLiteral("ThrottlingException"),
                                      QStringLiteral("ThrottledException"), QStringLiteral("RequestLimitExceeded"),
                                      QStringLiteral("TooManyRequestsException")};
    return codes.contains(code);
}

bool isAuthError(const QString &code)
{
    static const QStringList codes = {QStringLiteral("AccessDenied"),
                                      QStringLiteral("AccessDeniedException"),
                                      QStringLiteral("UnrecognizedClientException"),
                                      QStringLiteral("InvalidClientTokenId"),
                                      QStringLiteral("InvalidSignatureException"),
                                      QStringLiteral("SignatureDoesNotMatch"),
                                      QStringLiteral("IncompleteSignature"),
                                      QStringLiteral("ExpiredToken"),
                                      QStringLiteral("ExpiredTokenException"),
                                      QStringLiteral("MissingAuthenticationToken")};
    return codes.contains(code);
}

bool isBadRequest(const QString &code)
{
    static const QStringList codes = {QStringLiteral("InvalidParameterValue"),
                                      QStringLiteral("InvalidParameterValueException"),
                                      QStringLiteral("InvalidParameterCombination"),
                                      QStringLiteral("InvalidParameterCombinationException"),
                                      QStringLiteral("MissingParameter"),
                                      QStringLiteral("MissingRequiredParameterException"),
                                      QStringLiteral("InvalidNextToken"),
                                      QStringLiteral("ValidationError"),
                                      QStringLiteral("ValidationException")};
    return codes.contains(code);
}

QByteArray assumeRoleBody(const QString &roleArn, const QString &sessionName, int durationSeconds)
{
    return "Action=AssumeRole&Version=2011-06-15&RoleArn=" + QUrl::toPercentEncoding(roleArn) +
           "&RoleSessionName=" + QUrl::toPercentEncoding(sessionName) +
           "&DurationSeconds=" + QByteArray::number(durationSeconds);
}

std::optional<AssumedRole> parseAssumeRole(const QByteArray &body, QString *error)
{
    AssumedRole out;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"AccessKeyId")
            out.credentials.accessKeyId = xml.readElementText();
        else if (xml.name() == u"SecretAccessKey")
            out.credentials.secretAccessKey = xml.readElementText();
        else if (xml.name() == u"SessionToken")
            out.credentials.sessionToken = xml.readElementText();
        else if (xml.name() == u"Expiration")
            out.expiration = QDateTime::fromString(xml.readElementText(), Qt::ISODate);
    }
    if (xml.hasError() || !out.credentials.isValid() || out.credentials.sessionToken.isEmpty()) {
        if (error)
            *error = Tr::tr("the AssumeRole answer holds no temporary credentials");
        return std::nullopt;
    }
    return out;
}

QString regionalEndpoint(const QString &service, const QString &region)
{
    const QString suffix = region.startsWith(QStringLiteral("cn-")) ? QStringLiteral(".amazonaws.com.cn")
                                                                    : QStringLiteral(".amazonaws.com");
    return QStringLiteral("https://") + service + u'.' + region + suffix;
}

} // namespace Sla::Core::CloudWatchApi
