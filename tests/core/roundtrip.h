// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test helper: the full import/export trip of issue 16. A loaded (imported) set is converted
// to sladesk/v1, validated, exported as OpenSLO, validated, imported again, validated and
// exported again; the second export must be byte-identical to the first.

#include "core/document/yamlwriter.h"
#include "core/exchange/loader.h"
#include "core/exchange/opensloexport.h"
#include "core/validation/validator.h"

#include <QStringList>

namespace RoundTrip {

struct Trip
{
    QString failedStep; ///< empty when the trip completed
    QString errors;     ///< the errors of the failed step
    Sla::Core::Workspace converted, reimported;
    QByteArray sladesk, openslo, opensloAgain;

    bool ok() const { return failedStep.isEmpty(); }
    QString report() const { return failedStep + QStringLiteral(":\n") + errors; }
};

/// The errors of loading `bytes` as `name` and validating what was read; empty when valid.
inline QString loadErrors(const QByteArray &bytes, const QString &name, Sla::Core::Workspace *out)
{
    using namespace Sla::Core;
    const LoadResult r = DocumentLoader::loadData(bytes, name);
    *out = r.workspace;
    QStringList errors;
    for (const Diagnostic &d : r.diagnostics + validateWorkspace(r.workspace)) {
        if (d.isError())
            errors << d.toString();
    }
    return errors.join(u'\n');
}

inline Trip fullTrip(const Sla::Core::Workspace &imported)
{
    using namespace Sla::Core;
    Trip t;
    t.sladesk = writeDocuments(imported);
    if (t.errors = loadErrors(t.sladesk, QStringLiteral("converted.yaml"), &t.converted); !t.errors.isEmpty()) {
        t.failedStep = QStringLiteral("convert -> validate");
        return t;
    }
    t.openslo = exportOpenSlo(t.converted, nullptr);
    Workspace exported;
    if (t.errors = loadErrors(t.openslo, QStringLiteral("exported.yaml"), &exported); !t.errors.isEmpty()) {
        t.failedStep = QStringLiteral("export -> validate");
        return t;
    }
    if (t.errors = loadErrors(writeDocuments(exported), QStringLiteral("reimported.yaml"), &t.reimported);
        !t.errors.isEmpty()) {
        t.failedStep = QStringLiteral("import again -> validate");
        return t;
    }
    t.opensloAgain = exportOpenSlo(t.reimported, nullptr);
    if (t.opensloAgain != t.openslo) {
        t.failedStep = QStringLiteral("export again (not byte-identical)");
        t.errors = QStringLiteral("first export:\n") + QString::fromUtf8(t.openslo) +
                   QStringLiteral("\nsecond export:\n") + QString::fromUtf8(t.opensloAgain);
    }
    return t;
}

} // namespace RoundTrip
