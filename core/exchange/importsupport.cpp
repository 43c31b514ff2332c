// SPDX-License-Identifier: Apache-2.0
#include "importsupport.h"

#include "core/document/names.h"
#include "core/document/tr.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Tr = Sla::Core::TrContext::ImportSupport;

namespace Sla::Core::ImportSupport {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}
bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}
} // namespace

QString prometheusDataSourceName()
{
    return QStringLiteral("prometheus");
}

bool ensurePrometheusDataSource(Workspace &out, Diagnostics &diagnostics, const SourceLocation &where)
{
    if (out.findDataSource(prometheusDataSourceName()))
        return false;
    DataSource ds;
    ds.metadata.name = prometheusDataSourceName();
    ds.type = DataSourceType::Prometheus;
    ds.typeName = QStringLiteral("prometheus");
    ds.origin.self = where;
    out.dataSources << ds;
    diagnostics.append(
        {Diagnostic::Severity::Warning, where,
         Tr::tr("the imported SLOs read from the DataSource 'prometheus', which this set does not define: "
                "added one with no connection details; define it (apiVersion: openslo/v1, kind: "
                "DataSource, spec.type: prometheus, spec.connectionDetails.url) or give a source "
                "when evaluating")});
    return true;
}

bool present(const Yaml::MapReader &m, const QString &key)
{
    return m.has(key) && !m.get(key).IsNull();
}

bool isPromLabelName(const QString &name)
{
    if (name.isEmpty() || !isNameStart(name.at(0)))
        return false;
    return std::all_of(name.cbegin(), name.cend(), isNameChar);
}

std::optional<QList<PlainMatcher>> parsePlainSelector(const QString &text, QString *metricName)
{
    const QString t = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = t.size();
    // The metric name may also contain ':' (recording rules).
    const qsizetype nameStart = i;
    if (i < n && (isNameStart(t.at(i)) || t.at(i) == u':')) {
        while (i < n && (isNameChar(t.at(i)) || t.at(i) == u':'))
            ++i;
    }
    const QString metric = t.mid(nameStart, i - nameStart);
    QList<PlainMatcher> matchers;
    auto skipSpace = [&] {
        while (i < n && t.at(i).isSpace())
            ++i;
    };
    skipSpace();
    if (i < n && t.at(i) == u'{') {
        ++i;
        for (;;) {
            skipSpace();
            if (i < n && t.at(i) == u'}') {
                ++i;
                break;
            }
            PlainMatcher m;
            const qsizetype ls = i;
            if (i >= n || !isNameStart(t.at(i)))
                return std::nullopt;
            while (i < n && isNameChar(t.at(i)))
                ++i;
            m.name = t.mid(ls, i - ls);
            skipSpace();
            if (t.mid(i).startsWith(QLatin1String("=~")) || t.mid(i).startsWith(QLatin1String("!~")) ||
                t.mid(i).startsWith(QLatin1String("!="))) {
                m.op = t.mid(i, 2);
                i += 2;
            } else if (i < n && t.at(i) == u'=') {
                m.op = QStringLiteral("=");
                ++i;
            } else {
                return std::nullopt;
            }
            skipSpace();
            if (i >= n || (t.at(i) != u'"' && t.at(i) != u'\'' && t.at(i) != u'`'))
                return std::nullopt;
            const QChar quote = t.at(i++);
            QString value;
            bool closed = false;
            while (i < n) {
                const QChar c = t.at(i++);
                if (c == u'\\' && quote != u'`' && i < n) {
                    value += t.at(i++);
                    continue;
                }
                if (c == quote) {
                    closed = true;
                    break;
                }
                value += c;
            }
            if (!closed)
                return std::nullopt;
            m.value = value;
            matchers << m;
            skipSpace();
            if (i < n && t.at(i) == u',') {
                ++i;
                continue;
            }
            if (i < n && t.at(i) == u'}') {
                ++i;
                break;
            }
            return std::nullopt;
        }
    } else if (metric.isEmpty()) {
        return std::nullopt;
    }
    skipSpace();
    if (i != n || (metric.isEmpty() && matchers.isEmpty()))
        return std::nullopt;
    if (metricName)
        *metricName = metric;
    return matchers;
}

QString rangeOverWindow(const QString &expr)
{
    const QString t = expr.trimmed();
    if (parsePlainSelector(t))
        return t + QStringLiteral("[{{window}}]");
    return QLatin1Char('(') + t + QStringLiteral(")[{{window}}:]");
}

void addPrometheusSlas(Workspace &out, Diagnostics &diagnostics, QList<Sla> slas)
{
    if (slas.isEmpty())
        return;
    for (Sla &sla : slas)
        makeNamesValid(sla);
    out.slas += slas;
    ensurePrometheusDataSource(out, diagnostics, slas.constFirst().origin.self);
}

void makeNamesValid(Sla &sla)
{
    sla.metadata.name = Names::label(sla.metadata.name);
    QHash<QString, QString> renamed;
    QSet<QString> used;
    for (Objective &o : sla.objectives) {
        const QString base = Names::label(o.name).isEmpty() ? QStringLiteral("objective") : Names::label(o.name);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = Names::shorten(base + u'-' + QString::number(n));
        used.insert(name);
        if (name != o.name) {
            renamed.insert(o.name, name);
            if (o.displayName.isEmpty())
                o.displayName = o.name;
        }
        o.name = name;
    }
    for (AlertRule &rule : sla.alerts)
        rule.objective = renamed.value(rule.objective, rule.objective);
    nameAlerts(sla);
}

void nameAlerts(Sla &sla)
{
    QSet<QString> used;
    for (AlertRule &rule : sla.alerts) {
        if (rule.name.isEmpty())
            continue;
        const QString original = rule.name;
        QString name = Names::label(original);
        const QString base = Names::label(original + u'-' + rule.objective);
        if (name.isEmpty() || used.contains(name))
            name = base;
        for (int n = 2; used.contains(name); ++n)
            name = Names::shorten(base + u'-' + QString::number(n));
        used.insert(name);
        if (name != original)
            sla.metadata.annotations.insert(Names::kAnnotationAlertName + name, original);
        rule.name = name;
    }
}

QString checkPromQlShape(const QString &query, qsizetype *column)
{
    const QString q = QString(query).replace(QStringLiteral("{{window}}"), QStringLiteral("5m"));
    QString open; // the brackets open so far
    QList<qsizetype> at;
    const auto fail = [&](qsizetype i, const QString &message) {
        *column = i;
        return message;
    };
    for (qsizetype i = 0; i < q.size(); ++i) {
        const QChar c = q.at(i);
        if (c == u'"' || c == u'\'' || c == u'`') {
            qsizetype j = i + 1;
            while (j < q.size() && q.at(j) != c)
                j += (q.at(j) == u'\\' && c != u'`') ? 2 : 1;
            if (j >= q.size())
                return fail(i, Tr::tr("the string started here is not closed"));
            i = j;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            open += c;
            at << i;
        } else if (c == u')' || c == u']' || c == u'}') {
            const QChar want = c == u')' ? u'(' : c == u']' ? u'[' : u'{';
            if (open.isEmpty() || open.back() != want)
                return fail(i, Tr::tr("'%1' closes nothing that is open").arg(c));
            if (c == u'}' && !parsePlainSelector(QStringLiteral("x") + q.mid(at.back(), i - at.back() + 1)))
                return fail(at.back(), Tr::tr("'%1' is not a list of label matchers such as {code=~\"5..\"}")
                                           .arg(q.mid(at.back(), i - at.back() + 1)));
            open.chop(1);
            at.removeLast();
        }
    }
    if (!open.isEmpty())
        return fail(at.back(), Tr::tr("'%1' is never closed").arg(open.back()));
    return {};
}

double percentToFraction(double percent)
{
    return std::round(percent * 1e10) / 1e12;
}

} // namespace Sla::Core::ImportSupport
