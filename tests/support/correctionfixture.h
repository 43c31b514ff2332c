// SPDX-License-Identifier: Apache-2.0
#pragma once

// The corrections fixture shared by the recorded-data tests (tests/core) and the
// Prometheus tests (tests/integration): tests/data/evaluation/corrections.{yaml,om} and
// one-off Correction values (the document kind is parsed elsewhere; these tests build the
// values directly).

#include "core/document/model.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"

#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace Sla::TestSupport {

inline QString correctionFixtureDir()
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/evaluation");
}

/// The fixture's evaluation time: the end of the data, the window is the day before.
inline QDateTime correctionFixtureEnd()
{
    return QDateTime::fromString(QStringLiteral("2025-01-03T00:00:00Z"), Qt::ISODate);
}

/// The fixture's workspace without corrections (empty when it does not load).
inline Core::Workspace correctionFixtureWorkspace()
{
    const Core::LoadResult r =
        Core::DocumentLoader::loadPaths({correctionFixtureDir() + QStringLiteral("/corrections.yaml")});
    return r.ok() ? r.workspace : Core::Workspace{};
}

/// A one-off correction of SLA `shop` from `start` to `end` (RFC 3339), for `objectives`
/// (empty: all of them).
inline Core::Correction oneOffCorrection(const QString &name, const QString &start, const QString &end,
                                         const QStringList &objectives = {})
{
    Core::Correction c;
    c.metadata.name = name;
    c.slas = {QStringLiteral("shop")};
    c.objectives = objectives;
    c.start = QDateTime::fromString(start, Qt::ISODate).toUTC();
    c.end = QDateTime::fromString(end, Qt::ISODate).toUTC();
    c.category = Core::Correction::Category::ScheduledMaintenance;
    return c;
}

/// The corrections of the tables (tests/core/tst_corrections.cpp), by name.
inline Core::Correction fixtureCorrection(const QString &name)
{
    static const QMap<QString, std::pair<const char *, const char *>> periods{
        {QStringLiteral("incident"), {"2025-01-02T06:00:00Z", "2025-01-02T08:00:00Z"}},
        // Starts before the window: clipped to 00:00-01:00.
        {QStringLiteral("edge"), {"2025-01-01T22:00:00Z", "2025-01-02T01:00:00Z"}},
        {QStringLiteral("first-half"), {"2025-01-02T06:00:00Z", "2025-01-02T07:00:00Z"}},
        // Overlaps first-half from 06:30 to 07:00.
        {QStringLiteral("second-half"), {"2025-01-02T06:30:00Z", "2025-01-02T08:00:00Z"}},
        // Inside the 06:00-07:00 slice.
        {QStringLiteral("in-slice"), {"2025-01-02T06:10:00Z", "2025-01-02T06:20:00Z"}},
        // Wholly before the window.
        {QStringLiteral("outside"), {"2025-01-01T19:00:00Z", "2025-01-01T21:00:00Z"}},
        // Reaches into the 1h, 2h and 6h windows ending at 09:00.
        {QStringLiteral("late"), {"2025-01-02T07:25:00Z", "2025-01-02T08:35:00Z"}},
    };
    const auto period = periods.value(name, {"", ""});
    return oneOffCorrection(name, QString::fromLatin1(period.first), QString::fromLatin1(period.second));
}

/// An evaluator of the fixture with the corrections `names` applied (or not), reading the
/// recording, or every objective from `prometheusUrl` when given.
inline std::unique_ptr<Core::Evaluator> fixtureEvaluator(const QStringList &names, bool apply = true,
                                                         const QString &prometheusUrl = {})
{
    Core::Workspace ws = correctionFixtureWorkspace();
    for (const QString &name : names)
        ws.corrections << fixtureCorrection(name);
    auto evaluator = std::make_unique<Core::Evaluator>();
    Core::EvaluatorOptions options;
    options.workspaceDir = correctionFixtureDir();
    options.useKeychain = false;
    options.applyCorrections = apply;
    options.prometheusUrl = prometheusUrl;
    evaluator->setWorkspace(ws, options);
    return evaluator;
}

/// The result of `f`, waiting up to two minutes (a failed wait aborts the test).
template <typename T> T awaitResult(QFuture<T> f)
{
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 120000))
        qFatal("future did not finish");
    return f.result();
}

} // namespace Sla::TestSupport
