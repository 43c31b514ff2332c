// SPDX-License-Identifier: Apache-2.0
#pragma once

// The demo workspace and its generator's truth (resources/demo/demo-truth.json), and the
// evaluator options that keep the recording where the generator wrote it: one fixture for
// the tests that evaluate the demo in process.

#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace DemoFixture {

inline const QString WorkspaceDir = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
inline const QString TruthFile = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/demo-truth.json");

struct Demo
{
    Sla::Core::Workspace workspace;
    QJsonObject truth;
    QDateTime end; ///< the recording's last sample

    QJsonObject truthOf(const QString &sla, const QString &objective) const
    {
        return truth.value(sla).toObject().value(objective).toObject();
    }
};

/// Loads the demo; false when the workspace or the truth cannot be read.
inline bool load(Demo *demo)
{
    const Sla::Core::LoadResult loaded = Sla::Core::DocumentLoader::loadPaths({WorkspaceDir});
    QFile truth(TruthFile);
    if (!loaded.ok() || !truth.open(QIODevice::ReadOnly))
        return false;
    demo->workspace = loaded.workspace;
    demo->truth = QJsonDocument::fromJson(truth.readAll()).object();
    demo->end = QDateTime::fromSecsSinceEpoch(demo->truth.value(QStringLiteral("end")).toInteger(), QTimeZone::utc());
    return true;
}

/// alignTo = the recording's end: the samples stay where the generator wrote them.
inline Sla::Core::EvaluatorOptions options(const Demo &demo)
{
    Sla::Core::EvaluatorOptions options;
    options.workspaceDir = WorkspaceDir;
    options.alignTo = demo.end;
    options.useKeychain = false;
    return options;
}

} // namespace DemoFixture
