// SPDX-License-Identifier: Apache-2.0
#pragma once

// The last link of the CloudWatch credentials chain: a profile of the AWS shared
// credentials file (`~/.aws/credentials`, or $AWS_SHARED_CREDENTIALS_FILE), an INI file of
// `[profile]` sections with aws_access_key_id, aws_secret_access_key and optionally
// aws_session_token. The profile is the data source's `profile`, else $AWS_PROFILE, else
// `default`. Nothing read here is logged or copied anywhere else.

#include "core/metrics/cloudwatch/sigv4.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Sla::Core::AwsCredentialsFile {

/// The profile to read: `configured`, else $AWS_PROFILE, else "default".
QString profileName(const QString &configured);
/// The file to read: $AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.
QString path();
/// The credentials of `profile` in the file's text; nothing when the profile or its keys
/// are missing.
std::optional<SigV4::Credentials> parse(const QByteArray &text, const QString &profile);
/// parse() of path(); nothing (and *why) when the file is unreadable or lacks the profile.
std::optional<SigV4::Credentials> read(const QString &profile, QString *why = nullptr);

} // namespace Sla::Core::AwsCredentialsFile
