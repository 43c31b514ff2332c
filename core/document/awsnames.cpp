// SPDX-License-Identifier: Apache-2.0
#include "core/document/awsnames.h"

#include <QRegularExpression>

namespace Sla::Core {

bool isAwsRegion(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$"));
    return pattern.match(region).hasMatch();
}

bool isIamRoleArn(const QString &arn)
{
    static const QRegularExpression pattern(
        QStringLiteral("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$"));
    return pattern.match(arn).hasMatch();
}

} // namespace Sla::Core
