// SPDX-License-Identifier: Apache-2.0
#include "recordingrules.h"

#include "core/document/tr.h"
#include "core/evaluation/promevaluation.h"
#include "core/query/querycompiler.h"
#include "core/query/recordedseries.h"

namespace Tr = Sla::Core::TrContext::Evaluator;

namespace Sla::Core::RecordingRules {

namespace {

constexpr qint64 Piece = 5 * 60000LL;
/// Burn-rate windows this long or longer are read from the pieces, as the rules derive them.
constexpr qint64 DerivedFrom = 24 * 3600000LL;

QString tagged(const QString &expr, const QString &tag)
{
    return QStringLiteral("label_replace((%1), \"%2\", \"%3\", \"\", \"\")")
        .arg(expr, QString::fromLatin1(PromEvaluation::PartLabel), tag);
}

/// Recorded parts over `range` with `suffix`: good and total sums (and the piece count).
QStringList recordedParts(const QString &selector, const QString &range, const QString &suffix, bool count)
{
    const QString r = u'[' + range + u']';
    QStringList out{tagged(QStringLiteral("sum_over_time(%1%2%3)").arg(RecordedSeries::goodIncrease(), selector, r),
                           QStringLiteral("G") + suffix),
                    tagged(QStringLiteral("sum_over_time(%1%2%3)").arg(RecordedSeries::totalIncrease(), selector, r),
                           QStringLiteral("T") + suffix)};
    if (count) {
        out << tagged(QStringLiteral("count_over_time(%1%2%3)").arg(RecordedSeries::totalIncrease(), selector, r),
                      QStringLiteral("N") + suffix);
    }
    return out;
}

/// Whether burn-rate window i is read from the pieces.
bool recordedBurnWindow(const ObjectivePlan &plan, std::size_t i)
{
    const qint64 w = Budget::BurnRateWindows[i];
    return w >= DerivedFrom && w <= plan.range.length();
}

std::optional<Sli::Ratio> recordedCounts(const QHash<QString, double> &parts, const QString &suffix)
{
    const auto total = parts.find(QStringLiteral("T") + suffix);
    const auto good = parts.find(QStringLiteral("G") + suffix);
    if (total == parts.end() || good == parts.end())
        return std::nullopt;
    return Sli::fromGood(*good, *total);
}

std::optional<Sli::Ratio> rawCounts(const QHash<QString, double> &parts, const QString &suffix, bool numeratorIsBad)
{
    const auto total = parts.find(QStringLiteral("t") + suffix);
    if (total == parts.end())
        return std::nullopt;
    return numeratorIsBad ? Sli::fromBad(parts.value(QStringLiteral("b") + suffix), *total)
                          : Sli::fromGood(parts.value(QStringLiteral("g") + suffix), *total);
}

} // namespace

QString detectionQuery()
{
    return QStringLiteral("count by (sla, objective, %1) (last_over_time(%2[10m]))")
        .arg(QString::fromLatin1(RecordedSeries::QueryLabel), RecordedSeries::totalIncrease());
}

QString key(const QString &sla, const QString &objective, const QString &hash)
{
    return sla + u'\x1f' + objective + u'\x1f' + hash;
}

QSet<QString> detectedKeys(const QueryResult &answer)
{
    QSet<QString> out;
    const QString hashLabel = QString::fromLatin1(RecordedSeries::QueryLabel);
    for (const Series &s : answer.series) {
        const QString hash = s.labels.value(hashLabel);
        if (!hash.isEmpty())
            out.insert(key(s.labels.value(QStringLiteral("sla")), s.labels.value(QStringLiteral("objective")), hash));
    }
    return out;
}

bool readable(const ObjectivePlan &plan, QString *hash)
{
    if (plan.isTimeslices() || !plan.error.isEmpty() || !plan.corrections.empty() ||
        plan.range.length() < DerivedFrom || plan.range.end != plan.at)
        return false;
    *hash = RecordedSeries::queryHash(plan.objective);
    return !hash->isEmpty();
}

QString query(const ObjectivePlan &plan, const QString &hash, const RawParts &raw)
{
    const QString selector = RecordedSeries::selector(plan.sla, plan.objective.name, hash);
    QStringList parts =
        recordedParts(selector, QueryCompiler::rangeText(Duration{plan.range.length()}), QStringLiteral("0"), true);
    for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
        const QString range = QueryCompiler::rangeText(Duration{Budget::BurnRateWindows[i]});
        const QString suffix = QString::number(i + 1);
        parts += recordedBurnWindow(plan, i) ? recordedParts(selector, range, suffix, false) : raw(range, suffix);
    }
    return parts.join(QStringLiteral(" or "));
}

qint64 expectedPieces(const ObjectivePlan &plan)
{
    return plan.range.length() / Piece;
}

bool covers(const ObjectivePlan &plan, const QHash<QString, double> &parts, QString *why)
{
    const double pieces = parts.value(QStringLiteral("N0"));
    if (pieces < double(expectedPieces(plan))) {
        *why = Tr::tr("the recording rules hold %1 of the %2 five-minute pieces of the window")
                   .arg(qint64(pieces))
                   .arg(expectedPieces(plan));
        return false;
    }
    if (!recordedCounts(parts, QStringLiteral("0"))) {
        *why = Tr::tr("the recording rules hold no good events for the window");
        return false;
    }
    return true;
}

Budget::EventCount counts(const ObjectivePlan &plan, const QHash<QString, double> &parts, bool numeratorIsBad)
{
    return [plan, parts, numeratorIsBad](TimeRange r) -> std::optional<Sli::Ratio> {
        if (r == plan.range)
            return recordedCounts(parts, QStringLiteral("0"));
        for (std::size_t i = 0; i < BurnRateWindowCount; ++i) {
            if (r != EvaluationPlan::burnRateWindow(plan, i))
                continue;
            const QString suffix = QString::number(i + 1);
            return recordedBurnWindow(plan, i) ? recordedCounts(parts, suffix)
                                               : rawCounts(parts, suffix, numeratorIsBad);
        }
        return std::nullopt;
    };
}

} // namespace Sla::Core::RecordingRules
