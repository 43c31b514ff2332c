// SPDX-License-Identifier: Apache-2.0
// The selector parsers: PromQL vector selectors, and Datadog metric queries (both the
// document selector and the query compiler's split into parts). What parses must print
// as canonical text that parses back to the same value.
#include "core/metrics/datadog/datadogquery.h"
#include "core/query/selector.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

namespace {

QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// `parse(text)` fails with a message and a column inside the text, or succeeds and its
// canonical text parses back to the same value.
template <typename Parse, typename Print>
QString checkRoundTrip(const QString &text, Parse parse, Print print, const char *what)
{
    QString error;
    int column = -1;
    const auto parsed = parse(text, &error, &column);
    if (!parsed) {
        if (column < 0 || column > text.size())
            return QStringLiteral("%1: error column %2 outside the text of %3")
                .arg(QLatin1String(what))
                .arg(column)
                .arg(text.size());
        return checkMessage(error, what);
    }
    const QString canonical = print(*parsed);
    const auto again = parse(canonical, &error, &column);
    if (!again)
        return QStringLiteral("%1: canonical text '%2' does not parse: %3").arg(QLatin1String(what), canonical, error);
    if (!(*again == *parsed))
        return QStringLiteral("%1: canonical text '%2' parses to another value").arg(QLatin1String(what), canonical);
    return {};
}

} // namespace

QString fuzzPromSelector(const uint8_t *data, size_t size)
{
    return checkRoundTrip(
        textOf(data, size), [](const QString &t, QString *e, int *c) { return Core::parsePromSelector(t, e, c); },
        [](const Core::PromSelector &s) { return s.toString(); }, "PromQL selector");
}

QString fuzzDatadogSelector(const uint8_t *data, size_t size)
{
    const QString text = textOf(data, size);
    QString bad = checkRoundTrip(
        text, [](const QString &t, QString *e, int *c) { return Core::parseDatadogSelector(t, e, c); },
        [](const Core::DatadogSelector &s) { return s.toString(); }, "Datadog selector");
    if (bad.isEmpty())
        bad = checkRoundTrip(
            text, [](const QString &t, QString *e, int *c) { return Core::DatadogQuery::parse(t, e, c); },
            [](const Core::DatadogQuery::Parts &p) { return Core::DatadogQuery::toString(p); }, "Datadog query");
    QString error;
    if (bad.isEmpty() && !Core::DatadogQuery::countQuery(text, &error))
        bad = checkMessage(error, "Datadog count query");
    return bad;
}

} // namespace Sla::Fuzz
