// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/model.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <optional>

namespace Sla::Core {

/// The outcome of a keychain operation. `secret` is set by successful reads only.
struct CredentialResult
{
    enum class Status { Ok, NotFound, Unavailable, Denied, Failed };
    Status status = Status::Failed;
    QString secret;
    QString message; ///< for the user; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

/// A data source's secret: the password (basic), the token (bearer), for Datadog the
/// API key and the application key, for CloudWatch the AWS access key id (`apiKey`), the
/// secret access key (`secret`) and, for temporary credentials, the session token.
struct SourceSecret
{
    QString secret;
    QString apiKey;       ///< Datadog; CloudWatch: the access key id
    QString appKey;       ///< Datadog
    QString sessionToken; ///< CloudWatch, temporary credentials only

    bool isEmpty() const { return secret.isEmpty() && apiKey.isEmpty() && appKey.isEmpty(); }
};

/// Stores data-source secrets in the system keychain (Secret Service through QtKeychain),
/// keyed by workspace and source name. Secrets never touch documents, settings or logs.
/// For headless use the environment overrides the keychain: SLADESK_SECRET_<SOURCE> and,
/// for Datadog sources, DD_API_KEY and DD_APP_KEY; for CloudWatch sources AWS_ACCESS_KEY_ID,
/// AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN come first (the AWS chain's order).
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    /// The QtKeychain service name; tests use their own to stay out of the user's entries.
    void setServiceName(const QString &service) { m_service = service; }
    QString serviceName() const { return m_service; }

    QFuture<CredentialResult> read(const QString &workspace, const QString &source);
    QFuture<CredentialResult> write(const QString &workspace, const QString &source, const QString &secret);
    QFuture<CredentialResult> remove(const QString &workspace, const QString &source);

    /// `SLADESK_SECRET_` + the source name upper-cased, every other character as `_`.
    static QString environmentVariable(const QString &source);
    /// The secret from the environment, if set there.
    static std::optional<SourceSecret> fromEnvironment(const QString &source, DataSourceType type);
    /// Splits a stored secret into its parts for the source type (Datadog: two lines;
    /// CloudWatch: access key id, secret access key, optionally the session token).
    static SourceSecret parse(const QString &stored, DataSourceType type);
    /// The keychain key for a source of a workspace (the workspace's canonical path).
    static QString keyFor(const QString &workspace, const QString &source);

private:
    QString m_service = QStringLiteral("org.sladesk.SlaDesk");
};

} // namespace Sla::Core
