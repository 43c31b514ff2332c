// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/metriccompleter.h"

#include "core/evaluation/sourceconnection.h"
#include "core/query/selectorcompletion.h"
#include "core/secrets/credentialstore.h"
#include "ui/logging.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

namespace Sla::Ui {

namespace {

using Kind = Core::CompletionContext::Kind;

/// Everything that makes the completion of two sources differ (not the document's places).
QString sourceKey(const Core::DataSource &s, const QString &workspaceDir)
{
    const Core::SourceSpec spec{s.metadata.name, s, {}};
    return QStringList{spec.key(),
                       QString::number(int(s.auth)),
                       s.username,
                       s.tenant,
                       s.pathPrefix,
                       s.caFile,
                       QString::number(int(s.insecureSkipVerify)),
                       s.site,
                       QString::number(int(s.alignToNow)),
                       workspaceDir}
        .join(QChar(0x1f));
}

/// A CloudWatch value as written in the flow mapping: quoted when a plain value would end
/// early or lose its spaces.
QString cloudWatchValue(const QString &v)
{
    const bool plain = !v.isEmpty() && v.trimmed() == v && std::none_of(v.cbegin(), v.cend(), [](QChar c) {
        return QStringLiteral(",{}:'\"").contains(c);
    });
    if (plain)
        return v;
    return QLatin1Char('\'') + QString(v).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

MetricCompleter::MetricCompleter(QObject *parent) : QObject(parent) {}

// Dropping the connection ends its source's pending calls; their continuations have this
// object as context and are dropped with it.
MetricCompleter::~MetricCompleter() = default;

void MetricCompleter::setSource(const Core::DataSource &source, const QString &workspaceDir)
{
    const bool usable = Core::SourceConnection::supports(source.type);
    const QString key = usable ? sourceKey(source, workspaceDir) : QString();
    if (key == m_sourceKey)
        return;
    m_sourceKey = key;
    m_cache.clear();
    m_pending.clear();
    m_type = usable ? source.type : Core::DataSourceType::Other;
    m_connection.reset();
    if (!usable)
        return;
    Core::BackendEnvironment environment;
    environment.options.workspaceDir = workspaceDir;
    environment.owner = this;
    environment.credentials = [this] {
        if (!m_credentials)
            m_credentials = new Core::CredentialStore(this);
        return m_credentials;
    };
    m_connection = Core::SourceConnection::create({source.metadata.name, source, {}}, environment);
}

void MetricCompleter::fetch(const QString &key, const Core::CatalogQuery &query)
{
    if (!m_connection || m_pending.contains(key))
        return;
    m_pending.insert(key);
    m_connection->list(query, this, [this, key, sourceKey = m_sourceKey](const Core::SourceResult<QStringList> &r) {
        if (sourceKey != m_sourceKey)
            return; // the source changed meanwhile
        m_pending.remove(key);
        // A source that cannot list gives no candidates: the popup stays closed, no dialog.
        if (!r.isOk())
            qCDebug(lcUi, "completion: no names from the source: %s", qPrintable(r.error().message));
        m_cache.insert(key, r.isOk() ? r.value() : QStringList());
        Q_EMIT candidatesChanged();
    });
}

const QStringList *MetricCompleter::cached(const QString &key, const Core::CatalogQuery &query)
{
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return &*it;
    fetch(key, query);
    return nullptr;
}

QStringList MetricCompleter::candidates(const QString &text)
{
    const Core::CompletionContext c = Core::completionContext(text, m_type);
    Core::CatalogQuery query;
    query.nameSpace = c.nameSpace;
    query.metric = c.metric;
    query.label = c.label;
    const QString scope = c.nameSpace + QChar(0x1f) + c.metric + QChar(0x1f);
    const QStringList *names = nullptr;
    switch (c.kind) {
    case Kind::None:
        return {};
    case Kind::Namespace:
        query.what = Core::CatalogQuery::What::Namespaces;
        names = cached(QStringLiteral("namespaces"), query);
        break;
    case Kind::Metric:
        query.what = Core::CatalogQuery::What::Metrics;
        if (m_connection && m_connection->listsByPrefix()) {
            // A search: the answer for a shorter prefix (or one under way) serves this one.
            if (c.word.isEmpty())
                return {};
            for (qsizetype n = c.word.size(); n > 0 && !names; --n) {
                const QString key = QStringLiteral("metrics:") + scope + c.word.left(n);
                if (m_pending.contains(key))
                    return {};
                const auto it = m_cache.constFind(key);
                if (it != m_cache.constEnd())
                    names = &*it;
            }
            query.prefix = c.word;
            if (!names)
                names = cached(QStringLiteral("metrics:") + scope + c.word, query);
        } else {
            names = cached(QStringLiteral("metrics:") + scope, query);
        }
        break;
    case Kind::LabelName:
        query.what = Core::CatalogQuery::What::LabelNames;
        names = cached(QStringLiteral("labels:") + scope, query);
        break;
    case Kind::LabelValue:
        query.what = Core::CatalogQuery::What::LabelValues;
        names = cached(QStringLiteral("values:") + scope + c.label, query);
        break;
    }
    if (!names)
        return {};
    QStringList out;
    for (const QString &v : *names) {
        if (!v.startsWith(c.word) || v == QLatin1String("__name__"))
            continue;
        const bool quote = m_type == Core::DataSourceType::CloudWatch && c.tail.isEmpty();
        out.append(c.head + (quote ? cloudWatchValue(v) : v) + c.tail);
    }
    return out;
}

void MetricCompleter::attach(QLineEdit *edit)
{
    auto *model = new QStringListModel(edit);
    auto *completer = new QCompleter(model, edit);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    edit->setCompleter(completer);
    auto update = [this, edit, model, completer] {
        const QStringList list = candidates(edit->text());
        model->setStringList(list);
        if (edit->hasFocus() && !list.isEmpty())
            completer->complete();
        else
            completer->popup()->hide();
    };
    connect(edit, &QLineEdit::textEdited, completer, update);
    // A picked candidate is an edit like typing (the form writes it to the document).
    connect(completer, qOverload<const QString &>(&QCompleter::activated), edit,
            [edit](const QString &text) { Q_EMIT edit->textEdited(text); });
    connect(this, &MetricCompleter::candidatesChanged, completer, [edit, update] {
        if (edit->hasFocus())
            update();
    });
}

} // namespace Sla::Ui
