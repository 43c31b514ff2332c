// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: the interface every foreign-format importer implements. The loader
// offers each YAML document to the importers in turn; an importer that accepts it reads
// it (phase 1, diagnostics with positions), and once every file of the set has been read,
// finish() resolves references across files and appends native documents (phase 2).

#include "core/document/documentparser.h"
#include "core/document/model.h"
#include "core/document/yamlsupport.h"

#include <memory>
#include <vector>

namespace Sla::Core {

class Importer
{
public:
    virtual ~Importer() = default;
    /// The format's name for messages, e.g. "OpenSLO v1".
    virtual QString formatName() const = 0;
    virtual bool accepts(const ParsedDocument &doc) const = 0;
    virtual void read(const ParsedDocument &doc, Yaml::Context &ctx) = 0;
    /// Appends what was read to `out`; reports cross-document problems to `diagnostics`.
    virtual void finish(Workspace &out, Diagnostics &diagnostics) = 0;
};

/// Fresh instances of every importer, in the order they are offered documents.
std::vector<std::unique_ptr<Importer>> createImporters();

} // namespace Sla::Core
