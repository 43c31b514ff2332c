// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/datadog/datadogresponse.h"

#include "core/document/tr.h"
#include "core/metrics/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <simdjson.h>
#include <string_view>

namespace Tr = Sla::Core::TrContext::DatadogResponse;

namespace Sla::Core {

namespace od = simdjson::ondemand;

namespace {

constexpr double Gap = std::numeric_limits<double>::quiet_NaN();

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString stringOrEmpty(od::value v)
{
    switch (v.type()) {
    case od::json_type::string:
        return qstr(v.get_string());
    case od::json_type::null:
        return {};
    default:
        return qstr(std::string_view(v.raw_json_token()));
    }
}

std::optional<double> number(od::value v)
{
    if (v.type() != od::json_type::number)
        return std::nullopt;
    return v.get_double().value();
}

/// A JSON number as a whole number; 0 for anything else, and for values outside what a
/// double holds exactly (|x| > 2^53): a cast of those to an integer is undefined.
qint64 wholeNumber(od::value v)
{
    constexpr double limit = 9007199254740992.0; // 2^53
    const std::optional<double> n = number(v);
    return n && std::isfinite(*n) && std::abs(*n) <= limit ? qint64(*n) : 0;
}

/// wholeNumber() as an int; 0 outside the int range.
int wholeInt(od::value v)
{
    const qint64 n = wholeNumber(v);
    return n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max() ? int(n) : 0;
}

double numberOrGap(od::value v)
{
    const auto n = number(v);
    return n ? *n : Gap;
}

qint64 toMs(double v)
{
    // Beyond 2^53 (and for NaN/Inf) llround has no defined answer: 0, like a missing number.
    return std::isfinite(v) && std::abs(v) <= 9007199254740992.0 ? qint64(std::llround(v)) : 0;
}

QStringList stringArray(od::value v)
{
    QStringList out;
    if (v.type() != od::json_type::array)
        return out;
    for (auto item : v.get_array())
        out << stringOrEmpty(item.value());
    return out;
}

std::vector<double> numberArray(od::value v)
{
    std::vector<double> out;
    if (v.type() != od::json_type::array)
        return out;
    for (auto item : v.get_array())
        out.push_back(numberOrGap(item.value()));
    return out;
}

std::vector<qint64> timeArray(od::value v)
{
    std::vector<qint64> out;
    if (v.type() != od::json_type::array)
        return out;
    for (auto item : v.get_array()) {
        const auto n = number(item.value());
        out.push_back(n ? toMs(*n) : 0);
    }
    return out;
}

/// Runs `parse` on the document, turning simdjson failures into *error.
template <typename T, typename F> std::optional<T> withDocument(const QByteArray &body, QString *error, F &&parse)
{
    try {
        QElapsedTimer timer;
        timer.start();
        od::parser parser;
        const simdjson::padded_string json(body.constData(), size_t(body.size()));
        od::document doc = parser.iterate(json);
        od::object root = doc.get_object();
        QString why;
        std::optional<T> out = parse(root, &why);
        qCDebug(lcDatadog, "parsed a %lld-byte answer in %.3f ms", qint64(body.size()),
                double(timer.nsecsElapsed()) / 1e6);
        if (!out && error)
            *error = why;
        return out;
    } catch (const simdjson::simdjson_error &e) {
        if (error)
            *error = Tr::tr("malformed JSON: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

DatadogSeries readSeries(od::object obj)
{
    DatadogSeries s;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "metric")
            s.metric = stringOrEmpty(v);
        else if (key == "display_name")
            s.displayName = stringOrEmpty(v);
        else if (key == "expression")
            s.expression = stringOrEmpty(v);
        else if (key == "scope")
            s.scope = stringOrEmpty(v);
        else if (key == "aggr")
            s.aggr = stringOrEmpty(v);
        else if (key == "tag_set")
            s.tagSet = stringArray(v);
        else if (key == "query_index")
            s.queryIndex = wholeInt(v);
        else if (key == "interval")
            s.interval = wholeNumber(v);
        else if (key == "start")
            s.startMs = toMs(number(v).value_or(0));
        else if (key == "end")
            s.endMs = toMs(number(v).value_or(0));
        else if (key == "pointlist") {
            for (auto point : v.get_array()) {
                od::array pair = point.get_array();
                int index = 0;
                double t = 0;
                double value = Gap;
                for (auto element : pair) {
                    if (index == 0)
                        t = number(element.value()).value_or(0);
                    else if (index == 1)
                        value = numberOrGap(element.value());
                    ++index;
                }
                if (index < 2)
                    throw simdjson::simdjson_error(simdjson::INCORRECT_TYPE);
                s.timesMs.push_back(toMs(t));
                s.values.push_back(value);
            }
        }
    }
    return s;
}

DatadogSlo readSlo(od::object obj)
{
    DatadogSlo slo;
    for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id")
            slo.id = stringOrEmpty(v);
        else if (key == "name")
            slo.name = stringOrEmpty(v);
        else if (key == "description")
            slo.description = stringOrEmpty(v);
        else if (key == "type")
            slo.type = stringOrEmpty(v);
        else if (key == "tags")
            slo.tags = stringArray(v);
        else if (key == "timeframe")
            slo.timeframe = stringOrEmpty(v);
        else if (key == "target_threshold")
            slo.targetThreshold = number(v);
        else if (key == "monitor_ids" && v.type() == od::json_type::array) {
            for (auto id : v.get_array())
                slo.monitorIds << wholeNumber(id.value());
        } else if (key == "thresholds" && v.type() == od::json_type::array) {
            for (auto item : v.get_array()) {
                DatadogSloThreshold t;
                for (auto tf : item.get_object()) {
                    const std::string_view k = tf.unescaped_key();
                    if (k == "timeframe")
                        t.timeframe = stringOrEmpty(tf.value());
                    else if (k == "target")
                        t.target = number(tf.value()).value_or(0);
                    else if (k == "warning")
                        t.warning = number(tf.value());
                }
                slo.thresholds << t;
            }
        } else if (key == "query" && v.type() == od::json_type::object) {
            for (auto q : v.get_object()) {
                const std::string_view k = q.unescaped_key();
                if (k == "numerator")
                    slo.numerator = stringOrEmpty(q.value());
                else if (k == "denominator")
                    slo.denominator = stringOrEmpty(q.value());
            }
        } else if (key == "sli_specification" && v.type() == od::json_type::object) {
            for (auto spec : v.get_object()) {
                if (spec.unescaped_key().value() != "time_slice")
                    continue;
                for (auto ts : spec.value().get_object()) {
                    const std::string_view k = ts.unescaped_key();
                    od::value tv = ts.value();
                    if (k == "comparator")
                        slo.comparator = stringOrEmpty(tv);
                    else if (k == "threshold")
                        slo.sliceThreshold = number(tv);
                    else if (k == "query_interval_seconds")
                        slo.queryIntervalSeconds = wholeNumber(tv);
                    else if (k == "query" && tv.type() == od::json_type::object) {
                        for (auto part : tv.get_object()) {
                            const std::string_view pk = part.unescaped_key();
                            if (pk == "formulas") {
                                for (auto f : part.value().get_array()) {
                                    for (auto ff : f.get_object()) {
                                        if (ff.unescaped_key().value() == "formula" && slo.sliceFormula.isEmpty())
                                            slo.sliceFormula = stringOrEmpty(ff.value());
                                    }
                                }
                            } else if (pk == "queries") {
                                for (auto q : part.value().get_array()) {
                                    QPair<QString, QString> named;
                                    for (auto qf : q.get_object()) {
                                        const std::string_view qk = qf.unescaped_key();
                                        if (qk == "name")
                                            named.first = stringOrEmpty(qf.value());
                                        else if (qk == "query")
                                            named.second = stringOrEmpty(qf.value());
                                    }
                                    slo.sliceQueries << named;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    return slo;
}

QStringList readHistoryErrors(od::value v)
{
    QStringList out;
    if (v.type() != od::json_type::array)
        return out;
    for (auto item : v.get_array()) {
        QString type;
        QString message;
        for (auto f : item.get_object()) {
            const std::string_view k = f.unescaped_key();
            if (k == "error_type")
                type = stringOrEmpty(f.value());
            else if (k == "error_message")
                message = stringOrEmpty(f.value());
        }
        out << (type.isEmpty() ? message : type + QLatin1String(": ") + message);
    }
    return out;
}

} // namespace

std::optional<DatadogQueryResponse> DatadogResponse::parseQuery(const QByteArray &body, QString *error)
{
    return withDocument<DatadogQueryResponse>(
        body, error, [](od::object &root, QString *why) -> std::optional<DatadogQueryResponse> {
            DatadogQueryResponse r;
            QString status;
            QString message;
            bool sawSeries = false;
            for (auto field : root) {
                const std::string_view key = field.unescaped_key();
                od::value v = field.value();
                if (key == "status")
                    status = stringOrEmpty(v);
                else if (key == "error")
                    message = stringOrEmpty(v);
                else if (key == "query")
                    r.query = stringOrEmpty(v);
                else if (key == "from_date")
                    r.fromMs = toMs(number(v).value_or(0));
                else if (key == "to_date")
                    r.toMs = toMs(number(v).value_or(0));
                else if (key == "group_by")
                    r.groupBy = stringArray(v);
                else if (key == "series") {
                    sawSeries = true;
                    for (auto item : v.get_array())
                        r.series << readSeries(item.get_object());
                }
            }
            if (!status.isEmpty() && status != QLatin1String("ok")) {
                *why = message.isEmpty() ? Tr::tr("the query failed with status \"%1\"").arg(status)
                                         : Tr::tr("the query failed: %1").arg(message);
                return std::nullopt;
            }
            if (!sawSeries) {
                *why = Tr::tr("the answer has no \"series\"; not a Datadog query response");
                return std::nullopt;
            }
            return r;
        });
}

std::optional<DatadogTimeseriesResponse> DatadogResponse::parseTimeseries(const QByteArray &body, QString *error)
{
    return withDocument<DatadogTimeseriesResponse>(
        body, error, [](od::object &root, QString *why) -> std::optional<DatadogTimeseriesResponse> {
            DatadogTimeseriesResponse r;
            bool sawAttributes = false;
            QString type;
            for (auto field : root) {
                if (field.unescaped_key().value() != "data")
                    continue;
                for (auto d : field.value().get_object()) {
                    const std::string_view key = d.unescaped_key();
                    if (key == "type") {
                        type = stringOrEmpty(d.value());
                        continue;
                    }
                    if (key != "attributes")
                        continue;
                    sawAttributes = true;
                    for (auto a : d.value().get_object()) {
                        const std::string_view ak = a.unescaped_key();
                        od::value v = a.value();
                        if (ak == "times")
                            r.timesMs = timeArray(v);
                        else if (ak == "values") {
                            for (auto row : v.get_array())
                                r.values.push_back(numberArray(row.value()));
                        } else if (ak == "series") {
                            for (auto s : v.get_array()) {
                                DatadogTimeseriesResponse::Series series;
                                for (auto sf : s.get_object()) {
                                    const std::string_view sk = sf.unescaped_key();
                                    if (sk == "group_tags")
                                        series.groupTags = stringArray(sf.value());
                                    else if (sk == "query_index")
                                        series.queryIndex = wholeInt(sf.value());
                                }
                                r.series << series;
                            }
                        }
                    }
                }
            }
            if (!sawAttributes || (!type.isEmpty() && type != QLatin1String("timeseries_response"))) {
                *why = Tr::tr("the answer is not a timeseries_response");
                return std::nullopt;
            }
            if (r.values.size() != size_t(r.series.size())) {
                *why = Tr::tr("the answer has %1 series but %2 value rows").arg(r.series.size()).arg(r.values.size());
                return std::nullopt;
            }
            for (const auto &row : r.values) {
                if (row.size() != r.timesMs.size()) {
                    *why = Tr::tr("a value row has %1 values for %2 times").arg(row.size()).arg(r.timesMs.size());
                    return std::nullopt;
                }
            }
            return r;
        });
}

std::optional<QList<DatadogSlo>> DatadogResponse::parseSloList(const QByteArray &body, QString *error)
{
    return withDocument<QList<DatadogSlo>>(body, error,
                                           [](od::object &root, QString *why) -> std::optional<QList<DatadogSlo>> {
                                               std::optional<QList<DatadogSlo>> out;
                                               for (auto field : root) {
                                                   if (field.unescaped_key().value() != "data")
                                                       continue;
                                                   od::value v = field.value();
                                                   if (v.type() != od::json_type::array)
                                                       break;
                                                   out.emplace();
                                                   for (auto item : v.get_array())
                                                       *out << readSlo(item.get_object());
                                               }
                                               if (!out)
                                                   *why = Tr::tr("the answer has no \"data\" list of SLOs");
                                               return out;
                                           });
}

std::optional<DatadogSlo> DatadogResponse::parseSlo(const QByteArray &body, QString *error)
{
    return withDocument<DatadogSlo>(body, error, [](od::object &root, QString *why) -> std::optional<DatadogSlo> {
        std::optional<DatadogSlo> out;
        for (auto field : root) {
            if (field.unescaped_key().value() != "data")
                continue;
            od::value v = field.value();
            if (v.type() == od::json_type::object)
                out = readSlo(v.get_object());
        }
        if (!out)
            *why = Tr::tr("the answer has no \"data\" SLO object");
        return out;
    });
}

std::optional<DatadogSloHistory> DatadogResponse::parseSloHistory(const QByteArray &body, QString *error)
{
    return withDocument<DatadogSloHistory>(
        body, error, [](od::object &root, QString *why) -> std::optional<DatadogSloHistory> {
            std::optional<DatadogSloHistory> out;
            for (auto field : root) {
                if (field.unescaped_key().value() != "data")
                    continue;
                od::value data = field.value();
                if (data.type() != od::json_type::object)
                    break;
                DatadogSloHistory h;
                for (auto d : data.get_object()) {
                    const std::string_view key = d.unescaped_key();
                    od::value v = d.value();
                    if (key == "type")
                        h.type = stringOrEmpty(v);
                    else if (key == "from_ts")
                        h.fromTs = wholeNumber(v);
                    else if (key == "to_ts")
                        h.toTs = wholeNumber(v);
                    else if (key == "series" && v.type() == od::json_type::object) {
                        for (auto s : v.get_object()) {
                            const std::string_view sk = s.unescaped_key();
                            od::value sv = s.value();
                            if (sk == "interval")
                                h.interval = wholeNumber(sv);
                            else if (sk == "times")
                                h.timesMs = timeArray(sv);
                            else if ((sk == "numerator" || sk == "denominator") && sv.type() == od::json_type::object) {
                                const bool num = sk == "numerator";
                                for (auto part : sv.get_object()) {
                                    const std::string_view pk = part.unescaped_key();
                                    if (pk == "values")
                                        (num ? h.numerator : h.denominator) = numberArray(part.value());
                                    else if (pk == "sum")
                                        (num ? h.numeratorSum : h.denominatorSum) = number(part.value());
                                }
                            }
                        }
                    } else if (key == "overall" && v.type() == od::json_type::object) {
                        for (auto o : v.get_object()) {
                            const std::string_view ok = o.unescaped_key();
                            od::value ov = o.value();
                            if (ok == "sli_value")
                                h.sliValue = number(ov);
                            else if (ok == "state")
                                h.state = stringOrEmpty(ov);
                            else if (ok == "errors")
                                h.errors = readHistoryErrors(ov);
                            else if (ok == "error_budget_remaining" && ov.type() == od::json_type::object) {
                                for (auto e : ov.get_object()) {
                                    const QString tf = qstr(e.unescaped_key());
                                    if (const auto n = number(e.value()))
                                        h.errorBudgetRemaining.insert(tf, *n);
                                }
                            }
                        }
                    }
                }
                out = h;
            }
            if (!out)
                *why = Tr::tr("the answer has no \"data\" SLO history object");
            return out;
        });
}

QStringList DatadogResponse::parseErrors(const QByteArray &body)
{
    const auto parsed =
        withDocument<QStringList>(body, nullptr, [](od::object &root, QString *) -> std::optional<QStringList> {
            QStringList messages;
            QString status;
            QString single;
            for (auto field : root) {
                const std::string_view key = field.unescaped_key();
                od::value v = field.value();
                if (key == "errors" && v.type() == od::json_type::array) {
                    for (auto item : v.get_array()) {
                        od::value e = item.value();
                        if (e.type() == od::json_type::object) {
                            QString detail;
                            QString title;
                            for (auto f : e.get_object()) {
                                const std::string_view k = f.unescaped_key();
                                if (k == "detail")
                                    detail = stringOrEmpty(f.value());
                                else if (k == "title")
                                    title = stringOrEmpty(f.value());
                            }
                            messages << (detail.isEmpty() ? title : detail);
                        } else {
                            messages << stringOrEmpty(e);
                        }
                        // An entry without text (an object with neither detail nor title,
                        // an empty string) says nothing: no blank message in the list.
                        if (messages.constLast().trimmed().isEmpty())
                            messages.removeLast();
                    }
                } else if (key == "status") {
                    status = stringOrEmpty(v);
                } else if (key == "error") {
                    single = stringOrEmpty(v);
                }
            }
            if (messages.isEmpty() && status == QLatin1String("error") && !single.isEmpty())
                messages << single;
            return messages;
        });
    return parsed.value_or(QStringList());
}

DatadogRateLimit DatadogResponse::parseRateLimit(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    DatadogRateLimit r;
    const auto toInt = [](const QByteArray &value) -> std::optional<int> {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        return ok ? std::optional<int>(n) : std::nullopt;
    };
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-ratelimit-limit")
            r.limit = toInt(value);
        else if (lower == "x-ratelimit-period")
            r.period = toInt(value);
        else if (lower == "x-ratelimit-remaining")
            r.remaining = toInt(value);
        else if (lower == "x-ratelimit-reset")
            r.reset = toInt(value);
        else if (lower == "x-ratelimit-name")
            r.name = QString::fromLatin1(value.trimmed());
    }
    return r;
}

namespace {

/// The strings of `array`; false when an entry is not a string.
bool appendStrings(const QJsonValue &array, QStringList &out)
{
    if (array.isUndefined() || array.isNull())
        return true;
    if (!array.isArray())
        return false;
    for (const QJsonValue &v : array.toArray()) {
        if (!v.isString())
            return false;
        out << v.toString();
    }
    return true;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (doc.isObject())
        return doc.object();
    if (error)
        *error = pe.error != QJsonParseError::NoError ? pe.errorString() : Tr::tr("not a JSON object");
    return std::nullopt;
}

} // namespace

std::optional<QStringList> DatadogResponse::parseMetricSearch(const QByteArray &body, QString *error)
{
    const auto root = jsonObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue results = root->value(QStringLiteral("results"));
    QStringList names;
    if (!results.isObject() || !appendStrings(results.toObject().value(QStringLiteral("metrics")), names)) {
        if (error)
            *error = Tr::tr("no \"results\" object with a \"metrics\" list of names");
        return std::nullopt;
    }
    names.removeDuplicates();
    names.sort();
    return names;
}

std::optional<QStringList> DatadogResponse::parseAllTags(const QByteArray &body, QString *error)
{
    const auto root = jsonObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonObject attributes =
        root->value(QStringLiteral("data")).toObject().value(QStringLiteral("attributes")).toObject();
    QStringList tags;
    if (!root->value(QStringLiteral("data")).isObject() ||
        !appendStrings(attributes.value(QStringLiteral("tags")), tags) ||
        !appendStrings(attributes.value(QStringLiteral("ingested_tags")), tags)) {
        if (error)
            *error = Tr::tr("no \"data\" object whose attributes list the tags");
        return std::nullopt;
    }
    tags.removeDuplicates();
    tags.sort();
    return tags;
}

} // namespace Sla::Core
