// SPDX-License-Identifier: Apache-2.0
#pragma once

// Completion of selectors while typing them, from the objective's data source, in the
// source's own selector syntax (core/query/selectorcompletion.h):
//  - Prometheus (with or without authentication): metric names, then (inside the braces)
//    label names of that metric, then (after `label="`) its values
//    (`/api/v1/label/__name__/values`, `/api/v1/labels`, `/api/v1/label/NAME/values`);
//  - recorded files: the same from the recording, loaded and listed off the GUI thread;
//  - Datadog: metric names (`/api/v1/search?q=metrics:PREFIX`), tag keys and values of a
//    metric (`/api/v2/metrics/NAME/all-tags`);
//  - CloudWatch: namespaces, metric names, dimension names and values (ListMetrics).
// The source is opened as the evaluator opens it (SourceConnection::create: the same
// secret from the environment or the keychain, read asynchronously). Asynchronous: the
// first keystroke asks, the answer fills the popup when it comes; answers are cached per
// source for the session. A source that cannot list gives no candidates, never an error.

#include "core/document/model.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QLineEdit;

namespace Sla::Core {
class CredentialStore;
class SourceConnection;
struct CatalogQuery;
} // namespace Sla::Core

namespace Sla::Ui {

class MetricCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricCompleter)

public:
    explicit MetricCompleter(QObject *parent = nullptr);
    ~MetricCompleter() override;

    /// Completes from `source` of the workspace in `workspaceDir` (recorded files resolve
    /// against it, keychain entries are keyed by it). The cache is kept while the source
    /// stays the same.
    void setSource(const Core::DataSource &source, const QString &workspaceDir = {});
    /// Adds a completion popup to `edit`.
    void attach(QLineEdit *edit);
    /// The full texts that complete `text`, from the cache; asks the source for what is
    /// missing (candidatesChanged() when the answer is in).
    QStringList candidates(const QString &text);

Q_SIGNALS:
    void candidatesChanged();

private:
    void fetch(const QString &key, const Core::CatalogQuery &query);
    /// The cached names for `key`, or nullptr (and a request when none is under way).
    const QStringList *cached(const QString &key, const Core::CatalogQuery &query);

    std::shared_ptr<Core::SourceConnection> m_connection;
    Core::DataSourceType m_type = Core::DataSourceType::Other;
    QString m_sourceKey;
    QHash<QString, QStringList> m_cache;
    QSet<QString> m_pending;
    Core::CredentialStore *m_credentials = nullptr;
};

} // namespace Sla::Ui
