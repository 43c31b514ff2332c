// SPDX-License-Identifier: Apache-2.0
#include "yamlguard.h"

#include "core/document/tr.h"

#include <QIODevice>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace Tr = Sla::Core::TrContext::YamlGuard;

namespace Sla::Core::Yaml {

namespace {

/// Thrown out of the event handler to stop yaml-cpp's parser at the first excess.
struct LimitExceeded
{
    YAML::Mark mark;
    QString message;
};

/// Counts the nodes of the event stream, each alias as the size of its anchored node,
/// and the nesting depth. Sizes are kept per anchor, so the count costs one pass however
/// the aliases nest (a "billion laughs" file stops at the first alias over the limit).
class CountingHandler final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override
    {
        // yaml-cpp 0.7 starts empty documents at the same place forever after a stray comma:
        // stop here; Yaml::loadAll() names it as a syntax error at that place.
        if (mark.pos == m_lastDocumentStart)
            throw YAML::ParserException(mark, "the parser does not advance");
        m_lastDocumentStart = mark.pos;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        // yaml-cpp would link the node into itself, and every walk over it would recurse
        // until the stack overflows.
        const bool cycle =
            std::any_of(m_open.cbegin(), m_open.cend(), [anchor](const Open &o) { return o.anchor == anchor; });
        if (cycle)
            throw LimitExceeded{mark, Tr::tr("an alias refers to a mapping or list that contains it: a cycle")};
        const auto it = m_anchorSizes.find(anchor);
        add(mark, it == m_anchorSizes.end() ? 1 : it->second);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YAML::anchor_t anchor;
        qint64 countBefore;
    };

    void add(const YAML::Mark &mark, qint64 nodes)
    {
        m_count += nodes;
        if (m_count > Limits::MaxNodes)
            throw LimitExceeded{mark, Tr::tr("the file has more than %1 YAML nodes (aliases count as the nodes they "
                                             "repeat); split it or remove repeated aliases")
                                          .arg(Limits::MaxNodes)};
    }
    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        add(mark, 1);
        if (anchor != YAML::NullAnchor)
            m_anchorSizes[anchor] = 1;
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_open.size()) >= Limits::MaxDepth)
            throw LimitExceeded{mark,
                                Tr::tr("mappings and lists are nested more than %1 levels deep").arg(Limits::MaxDepth)};
        m_open.push_back({anchor, m_count});
        add(mark, 1);
    }
    void close()
    {
        const Open o = m_open.back();
        m_open.pop_back();
        if (o.anchor != YAML::NullAnchor)
            m_anchorSizes[o.anchor] = m_count - o.countBefore;
    }

    qint64 m_count = 0;
    std::vector<Open> m_open;
    std::unordered_map<YAML::anchor_t, qint64> m_anchorSizes;
    int m_lastDocumentStart = -1;
};

/// 1-based line and column of byte `offset` (columns count bytes, as yaml-cpp's do).
SourceLocation locationOfOffset(const QByteArray &data, qsizetype offset, const QString &file)
{
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    const int line = int(data.left(offset).count('\n')) + 1;
    return {file, line, int(offset - lineStart) + 1};
}

} // namespace

bool checkInput(const QByteArray &data, Context &ctx)
{
    if (data.size() > Limits::MaxBytes) {
        ctx.error(SourceLocation{ctx.file(), 0, 0},
                  Tr::tr("the file is larger than %1 MiB; SLA Desk reads documents up to that size")
                      .arg(Limits::MaxBytes / (1024 * 1024)));
        return false;
    }
    // yaml-cpp reads a NUL as the end of a plain scalar and then misreports what follows.
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        ctx.error(locationOfOffset(data, nul, ctx.file()),
                  Tr::tr("the file contains a NUL byte: YAML documents are text (is this a binary file?)"));
        return false;
    }
    std::istringstream in(data.toStdString());
    YAML::Parser parser(in);
    CountingHandler counter;
    try {
        while (parser.HandleNextDocument(counter)) {
        }
    } catch (const LimitExceeded &e) {
        ctx.error(ctx.location(e.mark), e.message);
        return false;
    } catch (const YAML::Exception &) {
        // A syntax error: the loader reports it with yaml-cpp's own message.
    }
    return true;
}

QByteArray readAtMost(QIODevice &device, qint64 limit, bool *tooLarge)
{
    QByteArray data;
    *tooLarge = false;
    constexpr qint64 chunk = 64 * 1024;
    while (true) {
        // One byte beyond the limit tells "exactly at the limit" from "over it".
        const QByteArray part = device.read(std::min(chunk, limit + 1 - data.size()));
        if (part.isEmpty())
            break;
        data += part;
        if (data.size() > limit) {
            *tooLarge = true;
            break;
        }
    }
    return data;
}

} // namespace Sla::Core::Yaml
