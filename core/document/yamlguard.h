// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: the limits every YAML (or JSON) file is held to before yaml-cpp builds
// its node tree. yaml-cpp spends about 1.5 KB per node, shares anchored nodes between
// their aliases (so a walk over the tree expands them), and reports its own recursion
// limit as "bad file"; these checks name the real cause at file:line:column instead.

#include "core/document/yamlsupport.h"

#include <QByteArray>

class QIODevice;

namespace Sla::Core::Yaml {

struct Limits
{
    /// Bytes in one file (16 MiB): far above any workspace, far below memory trouble.
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    /// Nodes in one file, each alias counted as the nodes it stands for.
    static constexpr qint64 MaxNodes = 100'000;
    /// Mappings and lists nested in one another.
    static constexpr int MaxDepth = 64;
};

/// Checks `data` against Limits and for NUL bytes. Reports the first problem to `ctx` at
/// its line and column and returns false; returns true when yaml-cpp may load the data
/// (syntax errors are left to yaml-cpp, which reports them itself).
bool checkInput(const QByteArray &data, Context &ctx);

/// Reads `device` to its end, but never more than `limit` + 1 bytes: works on regular
/// files, pipes, FIFOs and endless character devices such as /dev/zero alike. Sets
/// `*tooLarge` when more than `limit` bytes were there (the data then has limit + 1).
QByteArray readAtMost(QIODevice &device, qint64 limit, bool *tooLarge);

} // namespace Sla::Core::Yaml
