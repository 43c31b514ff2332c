// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core: typed, position-aware reading of yaml-cpp nodes. Every reader and
// importer goes through MapReader so that unknown fields, wrong types and missing
// required fields are reported the same way, with file:line:column.

#include "core/document/diagnostic.h"
#include "core/document/duration.h"
#include "core/document/model.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <yaml-cpp/yaml.h>

namespace Sla::Core::Yaml {

/// Collects diagnostics for one file.
class Context
{
public:
    Context(QString file, Diagnostics *sink);

    const QString &file() const { return m_file; }
    SourceLocation location(const YAML::Node &node) const;
    SourceLocation location(const YAML::Mark &mark) const;

    void error(const SourceLocation &where, const QString &message);
    void warning(const SourceLocation &where, const QString &message);
    void error(const YAML::Node &node, const QString &message) { error(location(node), message); }
    void warning(const YAML::Node &node, const QString &message) { warning(location(node), message); }
    int errorCount() const { return m_errors; }
    Diagnostics *sink() const { return m_sink; }

private:
    QString m_file;
    Diagnostics *m_sink;
    int m_errors = 0;
};

/// The closest candidate to `word` by edit distance, or empty when none is close enough.
QString nearestName(const QString &word, const QStringList &candidates);

/// Text of a scalar node (empty for anything else).
QString scalarText(const YAML::Node &node);
/// "a number", "a list", "a mapping", "text", "nothing" — for type error messages.
QString describeNode(const YAML::Node &node);
/// Parses RFC 3339 / ISO 8601 (`2025-01-01T00:00:00Z`, with offset or fraction) and,
/// leniently, `2025-01-01 12:00:00` (taken as UTC). Returns an invalid QDateTime on failure.
QDateTime parseTimestamp(const QString &text);

/// Strict RFC 3339: `2025-06-09T10:00:00Z` or with an offset (`+02:00`) and an optional
/// fraction; a time without a zone is refused (an invalid QDateTime). The result is UTC.
QDateTime parseRfc3339(const QString &text);
/// Shortest text that reads back as the same double ("0.9995", "14.4", "1e-09").
QString formatNumber(double value);

/// YAML::LoadAll, guarded: on some malformed input yaml-cpp 0.7 (Debian 12) stops
/// advancing and returns empty documents forever, so LoadAll never returns and fills the
/// memory (found by fuzzing; jbeder/yaml-cpp#1319). A document that starts where the
/// previous one started throws YAML::ParserException at that place instead.
std::vector<YAML::Node> loadAll(const std::string &text);

enum class Need { Optional, Required };

/// Reads one YAML mapping. Keys not in `allowed` are reported at construction with a
/// "did you mean" hint; duplicated keys are reported too. Accessors report type errors
/// at the value and missing required fields at the mapping.
class MapReader
{
public:
    /// `what` names the object in messages, e.g. "objective 'latency'" or "SLA spec".
    MapReader(Context &ctx, const YAML::Node &node, QString what, const QStringList &allowed);

    bool isMap() const { return m_isMap; }
    const YAML::Node &node() const { return m_node; }
    const QString &what() const { return m_what; }
    Context &context() const { return m_ctx; }

    bool has(const QString &key) const;
    /// True when exactly one of the keys `first` and `second` is given. Otherwise reports
    /// `both` (at the key `second`) or `neither` (at the mapping), each with what() as %1.
    bool exactlyOneOf(const QString &first, const QString &second, const QString &both, const QString &neither) const;
    YAML::Node get(const QString &key) const; ///< an invalid/undefined node when absent
    QStringList keys() const { return m_keys; }
    /// Location of the value of `key`, or of the mapping when the key is absent.
    SourceLocation locationOf(const QString &key) const;
    SourceLocation keyLocationOf(const QString &key) const;
    SourceLocation location() const { return m_ctx.location(m_node); }

    std::optional<QString> string(const QString &key, Need need = Need::Optional);
    std::optional<double> number(const QString &key, Need need = Need::Optional);
    std::optional<qint64> integer(const QString &key, Need need = Need::Optional);
    std::optional<bool> boolean(const QString &key, Need need = Need::Optional);
    std::optional<Duration> duration(const QString &key, Need need = Need::Optional);
    std::optional<QDateTime> timestamp(const QString &key, Need need = Need::Optional);
    /// An RFC 3339 time with a zone (parseRfc3339()), reported at the value otherwise.
    std::optional<QDateTime> zonedTimestamp(const QString &key, Need need = Need::Optional);
    /// A list of scalars; a single scalar is accepted as a list of one when `allowScalar`.
    std::optional<QStringList> stringList(const QString &key, Need need = Need::Optional, bool allowScalar = false);
    /// A mapping of scalar keys to scalar values.
    std::optional<QMap<QString, QString>> stringMap(const QString &key, Need need = Need::Optional);
    /// Enumerated text; reports the allowed values (and a nearest match) when invalid.
    std::optional<QString> oneOf(const QString &key, const QStringList &values, Need need = Need::Optional);

    /// Reports a missing required field (used for rules such as "good or bad").
    void reportMissing(const QString &key);
    /// Stores the location of `key` (value, or mapping when absent) in `origin.fields[as]`.
    void recordLocation(Origin &origin, const QString &key, const QString &as = {}) const;

private:
    bool present(const QString &key, Need need);

    Context &m_ctx;
    YAML::Node m_node;
    QString m_what;
    bool m_isMap = false;
    QStringList m_keys;
    QList<YAML::Node> m_keyNodes;
    QList<YAML::Node> m_values;
};

/// Metadata of an OpenSLO-style document: name (required), displayName, labels, annotations.
Metadata readMetadata(Context &ctx, const YAML::Node &node, const QString &kind, Origin &origin);

} // namespace Sla::Core::Yaml
