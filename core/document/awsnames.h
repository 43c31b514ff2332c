// SPDX-License-Identifier: Apache-2.0
#pragma once

// The forms of the AWS names a `cloudwatch` DataSource holds. The document reader checks
// `connectionDetails` with them, and the desktop's Data Sources dialog checks its fields as
// they are typed with the same functions, so both accept and refuse the same texts.

#include <QString>

namespace Sla::Core {

/// Whether `region` reads as an AWS region name (`eu-west-1`, `us-gov-west-1`, `cn-north-1`):
/// what a cloudwatch source's `region` must be (it is part of the signature's scope).
bool isAwsRegion(const QString &region);
/// Whether `arn` is an IAM role ARN (`arn:aws:iam::123456789012:role/sla-reader`, other
/// partitions and role paths too): what a cloudwatch source's `roleArn` must be.
bool isIamRoleArn(const QString &arn);

} // namespace Sla::Core
