// SPDX-License-Identifier: Apache-2.0
#include "recordedseries.h"

#include "core/query/querycompiler.h"

#include <QCryptographicHash>

namespace Sla::Core::RecordedSeries {

QString goodIncrease()
{
    return QStringLiteral("sladesk:sli_good:increase5m");
}

QString totalIncrease()
{
    return QStringLiteral("sladesk:sli_total:increase5m");
}

Increases increases(const Objective &objective)
{
    const CompiledQueries q = QueryCompiler::compile(objective, Duration::minutes(5));
    if (q.form != CompiledQueries::Form::Events)
        return {};
    return {q.good.isEmpty() ? QStringLiteral("(%1) - (%2)").arg(q.total, q.bad) : q.good, q.total};
}

namespace {

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'"', QStringLiteral("\\\""))
        .replace(u'\n', QStringLiteral("\\n"));
    return u'"' + out + u'"';
}

} // namespace

QString selector(const QString &sla, const QString &objective, const QString &hash)
{
    QString out = QStringLiteral("sla=%1,objective=%2").arg(quoted(sla), quoted(objective));
    if (!hash.isEmpty())
        out += QStringLiteral(",%1=%2").arg(QString::fromLatin1(QueryLabel), quoted(hash));
    return u'{' + out + u'}';
}

QString queryHash(const Objective &objective)
{
    const Increases i = increases(objective);
    if (i.isEmpty())
        return {};
    const QByteArray text = i.good.toUtf8() + '\n' + i.total.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
}

} // namespace Sla::Core::RecordedSeries
