// SPDX-License-Identifier: Apache-2.0
#pragma once

// Completion of selectors while typing them: metric names, then (inside the braces) label
// names of that metric, then (after `label="`) its values, from the objective's
// Prometheus source (`/api/v1/label/__name__/values`, `/api/v1/labels`,
// `/api/v1/label/NAME/values`, both restricted by `match[]` to the metric). Asynchronous:
// the first keystroke asks, the answer fills the popup when it comes; answers are cached
// per source for the session.

#include "core/document/model.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QLineEdit;

namespace Sla::Core {
class MetricSource;
}

namespace Sla::Ui {

/// What the end of a selector text asks for: the word being typed and what it is.
struct SelectorContext
{
    enum class Kind { None, Metric, LabelName, LabelValue };
    Kind kind = Kind::None;
    QString metric; ///< the metric name before `{`
    QString label;  ///< for LabelValue: the label whose value is typed
    QString head;   ///< the text before the word
    QString word;   ///< the partial word
    bool operator==(const SelectorContext &) const = default;
};

/// The context at the end of `text`, e.g. `up{job="pro` gives LabelValue, metric `up`,
/// label `job`, head `up{job="`, word `pro`.
SelectorContext selectorContext(const QString &text);

class MetricCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricCompleter)

public:
    explicit MetricCompleter(QObject *parent = nullptr);
    ~MetricCompleter() override;

    /// Completes from `source` when it is a Prometheus source without authentication;
    /// other sources give no candidates. The cache is kept while the source stays the same.
    void setSource(const Core::DataSource &source);
    /// Adds a completion popup to `edit`.
    void attach(QLineEdit *edit);
    /// The full texts that complete `text`, from the cache; asks the source for what is
    /// missing (candidatesChanged() when the answer is in).
    QStringList candidates(const QString &text);

Q_SIGNALS:
    void candidatesChanged();

private:
    void fetch(const QString &key, const QString &label, const QStringList &matchers);

    std::unique_ptr<Core::MetricSource> m_source;
    QString m_sourceKey;
    QHash<QString, QStringList> m_cache;
    QSet<QString> m_pending;
};

} // namespace Sla::Ui
