// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the end of a selector being typed asks to complete, in each source's own selector
// syntax (the editor's completion; the listing itself is the source's business):
//
//   PromQL (Prometheus, recorded)   `up{job="pro`      -> a value of label `job` of `up`
//   Datadog                         `trace.hits{env:pr` -> a value of tag `env` of `trace.hits`
//   CloudWatch (a flow mapping)     `{namespace: AWS/SageMaker, metric: Inv`
//                                                       -> a metric of namespace AWS/SageMaker
//
// Only the end of the text counts: the caret sits there while typing. Pure text: no I/O.

#include "core/document/model.h"

#include <QString>

namespace Sla::Core {

struct CompletionContext
{
    enum class Kind {
        None,       ///< nothing to complete here (a closed selector, an unknown key, ...)
        Namespace,  ///< CloudWatch: the namespace
        Metric,     ///< the metric name
        LabelName,  ///< a label name (Datadog: tag key; CloudWatch: dimension name)
        LabelValue, ///< a value of `label`
    };
    Kind kind = Kind::None;
    QString nameSpace; ///< CloudWatch: the namespace written before
    QString metric;    ///< the metric written before (empty for Kind::Metric)
    QString label;     ///< LabelValue: the label whose value is typed
    QString head;      ///< the text before the word
    QString word;      ///< the partial word
    QString tail;      ///< what a picked candidate gets after it (PromQL: the closing quote)
    bool operator==(const CompletionContext &) const = default;
};

/// The context at the end of `text` in the selector syntax of sources of `type`
/// (Prometheus and recorded: PromQL; Datadog; CloudWatch); other types: None.
CompletionContext completionContext(const QString &text, DataSourceType type);

} // namespace Sla::Core
