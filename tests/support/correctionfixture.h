// SPDX-License-Identifier: Apache-2.0
#pragma once

// The corrections fixture shared by the recorded-data tests (tests/core) and the
// Prometheus tests (tests/integration): tests/data/evaluation/corrections.{yaml,om} and
// one-off Correction values (the document kind is parsed elsewhere; these tests build the
// values directly).

#include "core/document/model.h"
#include "core/exchange/loader.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

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

} // namespace Sla::TestSupport
