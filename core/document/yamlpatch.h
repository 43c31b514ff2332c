// SPDX-License-Identifier: Apache-2.0
#pragma once

// Minimal edits of YAML text, for the editor's saves: instead of writing a document anew
// (which drops the user's comments and key order), each change replaces only the bytes of
// the value it changes, found through the parser's line and column marks. A file the
// editor did not touch stays byte-identical, and changing one target changes one line.
//
// A path names a value inside one document: mapping keys and list indices, e.g.
// {"spec", "objectives", "1", "target"}. Values are YAML text: a scalar as
// yamlScalar() writes it, a flow collection (`{calendar: month}`), or, for keys that are
// added or lists items that are appended, block text of several lines.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sla::Core {

/// One document of a file: its `kind` and `metadata.name`.
struct DocumentKey
{
    QString kind;
    QString name;
    bool operator==(const DocumentKey &) const = default;
};

/// `value` as one YAML scalar: plain when that reads back as the same text, else quoted.
QString yamlScalar(const QString &value);

class YamlPatcher
{
public:
    explicit YamlPatcher(QByteArray text) : m_text(std::move(text)) {}

    const QByteArray &text() const { return m_text; }
    /// Why the last edit failed (the text is then unchanged).
    const QString &error() const { return m_error; }

    /// Sets the value at `path`. An absent key is added at the end of its mapping, which
    /// must exist; a multi-line `value` is written as a block under the key.
    bool setValue(const DocumentKey &doc, const QStringList &path, const QString &value);
    /// Removes the key at `path` with its value; a key that is not there is no error.
    bool removeKey(const DocumentKey &doc, const QStringList &path);
    /// Removes item `index` of the list at `listPath`.
    bool removeItem(const DocumentKey &doc, const QStringList &listPath, int index);
    /// Appends an item to the list at `listPath` (created when absent). `item` is block
    /// YAML of the item without its dash; a flow list gets it as flow text.
    bool appendItem(const DocumentKey &doc, const QStringList &listPath, const QString &item);
    /// Replaces the whole document (comments above it stay).
    bool replaceDocument(const DocumentKey &doc, const QByteArray &yaml);
    /// Removes the whole document with one `---` separator next to it (comments above it stay).
    bool removeDocument(const DocumentKey &doc);
    /// Appends a document after a `---` separator.
    void appendDocument(const QByteArray &yaml);

private:
    /// Runs `op` on an Edit of a copy of the text; keeps the result when it succeeds.
    template <typename Op> bool apply(const DocumentKey &doc, Op op);

    QByteArray m_text;
    QString m_error;
};

} // namespace Sla::Core
