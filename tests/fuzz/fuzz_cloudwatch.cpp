// SPDX-License-Identifier: Apache-2.0
// CloudWatch: the selector parser (what parses prints canonical text that parses back to
// the same value; a rejection has a message and a column inside the text), and the same
// body through every answer parser (GetMetricData pages, the JSON and XML error shapes,
// STS AssumeRole).
#include "core/metrics/cloudwatch/cloudwatchapi.h"
#include "core/query/cloudwatchselector.h"
#include "fuzzsupport.h"
#include "fuzztargets.h"

namespace Sla::Fuzz {

QString fuzzCloudWatchSelector(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    int column = -1;
    const auto parsed = Core::parseCloudWatchSelector(text, &error, &column);
    if (!parsed) {
        if (column < 0 || column > text.size())
            return QStringLiteral("CloudWatch selector: error column %1 outside the text of %2")
                .arg(column)
                .arg(text.size());
        return checkMessage(error, "CloudWatch selector");
    }
    const QString canonical = parsed->toString();
    const auto again = Core::parseCloudWatchSelector(canonical, &error, &column);
    if (!again)
        return QStringLiteral("CloudWatch selector: canonical text '%1' does not parse: %2").arg(canonical, error);
    if (!(*again == *parsed))
        return QStringLiteral("CloudWatch selector: canonical text '%1' parses to another value").arg(canonical);
    return {};
}

QString fuzzCloudWatchResponse(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto page = Core::CloudWatchApi::parsePage(body, &error);
    if (page) {
        for (auto it = page->series.cbegin(); it != page->series.cend(); ++it) {
            if (it->t.size() != it->v.size())
                return QStringLiteral("GetMetricData page: %1 has %2 times and %3 values")
                    .arg(it.key())
                    .arg(it->t.size())
                    .arg(it->v.size());
        }
    } else if (QString bad = checkMessage(error, "GetMetricData page"); !bad.isEmpty()) {
        return bad;
    }
    Core::CloudWatchApi::parseError(body, body.left(40));
    Core::CloudWatchApi::parseXmlError(body);
    const auto role = Core::CloudWatchApi::parseAssumeRole(body, &error);
    return role ? QString() : checkMessage(error, "AssumeRole answer");
}

} // namespace Sla::Fuzz
