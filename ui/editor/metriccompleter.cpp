// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/metriccompleter.h"

#include "core/metrics/prometheus/prometheussource.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace Sla::Ui {

SelectorContext selectorContext(const QString &text)
{
    SelectorContext c;
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    if (brace < 0) {
        c.kind = SelectorContext::Kind::Metric;
        c.word = text.trimmed();
        return c;
    }
    c.metric = text.left(brace).trimmed();
    if (text.indexOf(QLatin1Char('}'), brace) >= 0)
        return {};
    // Inside the braces: the last matcher decides, a quote still open means a value.
    const qsizetype quotes = text.count(QLatin1Char('"'));
    if (quotes % 2 == 1) {
        const qsizetype open = text.lastIndexOf(QLatin1Char('"'));
        qsizetype nameEnd = open;
        while (nameEnd > brace && QStringLiteral("=!~").contains(text.at(nameEnd - 1)))
            --nameEnd;
        qsizetype nameStart = nameEnd;
        while (nameStart > brace + 1 && text.at(nameStart - 1) != QLatin1Char(',') &&
               text.at(nameStart - 1) != QLatin1Char('{'))
            --nameStart;
        c.kind = SelectorContext::Kind::LabelValue;
        c.label = text.mid(nameStart, nameEnd - nameStart).trimmed();
        c.head = text.left(open + 1);
        c.word = text.mid(open + 1);
        return c;
    }
    const qsizetype start = std::max(text.lastIndexOf(QLatin1Char(',')), brace) + 1;
    if (text.indexOf(QLatin1Char('='), start) >= 0)
        return {};
    c.kind = SelectorContext::Kind::LabelName;
    qsizetype wordStart = start;
    while (wordStart < text.size() && text.at(wordStart) == QLatin1Char(' '))
        ++wordStart;
    c.head = text.left(wordStart);
    c.word = text.mid(wordStart);
    return c;
}

MetricCompleter::MetricCompleter(QObject *parent) : QObject(parent) {}

MetricCompleter::~MetricCompleter() = default;

void MetricCompleter::setSource(const Core::DataSource &source)
{
    const bool usable = source.type == Core::DataSourceType::Prometheus && source.auth == Core::AuthType::None;
    const QString key = usable ? source.url + source.pathPrefix + source.tenant : QString();
    if (key == m_sourceKey)
        return;
    m_sourceKey = key;
    m_cache.clear();
    m_pending.clear();
    m_source.reset(usable ? new Core::PrometheusSource(source, {}) : nullptr);
}

void MetricCompleter::fetch(const QString &key, const QString &label, const QStringList &matchers)
{
    if (!m_source || m_pending.contains(key))
        return;
    m_pending.insert(key);
    const QString sourceKey = m_sourceKey;
    auto done = [this, key, sourceKey](const Core::SourceResult<QStringList> &result) {
        if (sourceKey != m_sourceKey)
            return; // the source changed meanwhile
        m_pending.remove(key);
        m_cache.insert(key, result.isOk() ? result.value() : QStringList());
        Q_EMIT candidatesChanged();
    };
    if (label.isEmpty())
        m_source->labelNames(matchers).then(this, done);
    else
        m_source->labelValues(label, matchers).then(this, done);
}

QStringList MetricCompleter::candidates(const QString &text)
{
    const SelectorContext c = selectorContext(text);
    QString key;
    QString label;
    QStringList matchers;
    if (!c.metric.isEmpty())
        matchers.append(c.metric);
    switch (c.kind) {
    case SelectorContext::Kind::None:
        return {};
    case SelectorContext::Kind::Metric:
        key = QStringLiteral("names");
        label = QStringLiteral("__name__");
        break;
    case SelectorContext::Kind::LabelName:
        key = QStringLiteral("labels:") + c.metric;
        break;
    case SelectorContext::Kind::LabelValue:
        key = QStringLiteral("values:%1:%2").arg(c.metric, c.label);
        label = c.label;
        break;
    }
    const auto it = m_cache.constFind(key);
    if (it == m_cache.constEnd()) {
        fetch(key, label, matchers);
        return {};
    }
    QStringList out;
    const QString tail = c.kind == SelectorContext::Kind::LabelValue ? QStringLiteral("\"") : QString();
    for (const QString &v : *it) {
        if (v.startsWith(c.word) && v != QLatin1String("__name__"))
            out.append(c.head + v + tail);
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
