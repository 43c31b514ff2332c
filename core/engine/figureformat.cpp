// SPDX-License-Identifier: Apache-2.0
#include "core/engine/figureformat.h"

#include "core/engine/tr.h"

#include <QLocale>

#include <cmath>

namespace Tr = Sla::Core::TrContext::FigureFormat;

namespace Sla::Core::FigureFormat {

QString trimmedNumber(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QString();
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == locale.negativeSign() + locale.zeroDigit())
        text = locale.zeroDigit();
    return text;
}

QString percent(double ratio, int decimals)
{
    if (!std::isfinite(ratio))
        return QString();
    return withPercentSign(trimmedNumber(ratio * 100.0, decimals));
}

QString withPercentSign(const QString &number)
{
    return Tr::tr("%1 %").arg(number);
}

QString factor(double value)
{
    if (!std::isfinite(value))
        return QString();
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude < 10.0 ? 2 : magnitude < 100.0 ? 1 : 0);
}

} // namespace Sla::Core::FigureFormat
