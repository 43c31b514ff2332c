// SPDX-License-Identifier: Apache-2.0
#include "builtintiers.h"

#include "core/document/documentparser.h"
#include "core/document/slareader.h"

#include <QDebug>
#include <QFile>

namespace Sla::Core {

namespace {
QList<TierTemplate> loadBuiltInTiers()
{
    QList<TierTemplate> out;
    for (int i = 1; i <= 3; ++i) {
        const QString path = QStringLiteral(":/sladesk/tiers/tier-%1.yaml").arg(i);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot open built-in tier template %s", qPrintable(path));
            continue;
        }
        // Native documents only: the importers live in a higher layer (core/exchange).
        Diagnostics diagnostics;
        QList<ParsedDocument> docs;
        parseDocuments(file.readAll(), path, docs, diagnostics);
        Workspace workspace;
        for (const ParsedDocument &doc : docs) {
            Yaml::Context ctx(path, &diagnostics);
            readNativeDocument(doc, ctx, workspace);
        }
        // A problem here is a bug in SLA Desk, not in the user's documents: say so loudly
        // but keep whatever could be read.
        for (const Diagnostic &d : diagnostics)
            qWarning("built-in tier template: %s", qPrintable(d.toString()));
        for (TierTemplate tier : workspace.tiers) {
            tier.builtIn = true;
            out << tier;
        }
    }
    return out;
}
} // namespace

QList<TierTemplate> builtInTiers()
{
    // Read once; the list is implicitly shared, so callers get cheap copies.
    static const QList<TierTemplate> tiers = loadBuiltInTiers();
    return tiers;
}

} // namespace Sla::Core
