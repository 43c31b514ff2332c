// SPDX-License-Identifier: Apache-2.0
#include "credentialstore.h"

#include "core/document/tr.h"
#include "core/secrets/logging.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Tr = Sla::Core::TrContext::CredentialStore;

namespace Sla::Core {

namespace {

CredentialResult resultOf(const QKeychain::Job &job, const QString &source)
{
    CredentialResult r;
    const QString envHint =
        Tr::tr("For headless use set %1 in the environment instead.").arg(CredentialStore::environmentVariable(source));
    switch (job.error()) {
    case QKeychain::NoError:
        r.status = CredentialResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialResult::Status::NotFound;
        r.message = Tr::tr("no secret is stored for data source '%1' (a locked keyring also reports this); "
                           "store one with: slactl credentials set %1")
                        .arg(source);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        r.status = CredentialResult::Status::Denied;
        r.message = Tr::tr("the keychain denied access to the secret of '%1' (is the keyring locked?). %2")
                        .arg(source, envHint);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // With no Secret Service on the session bus QtKeychain reports OtherError.
        r.status = CredentialResult::Status::Unavailable;
        r.message = Tr::tr("no keychain (Secret Service) is reachable: %1. %2").arg(job.errorString(), envHint);
        break;
    }
    return r;
}

template <typename JobT, typename Setup>
QFuture<CredentialResult> runJob(QObject *context, const QString &service, const QString &source, Setup setup)
{
    auto promise = std::make_shared<QPromise<CredentialResult>>();
    promise->start();
    auto *job = new JobT(service, context);
    job->setAutoDelete(true);
    setup(*job);
    QObject::connect(job, &QKeychain::Job::finished, context, [promise, source](QKeychain::Job *j) {
        CredentialResult r = resultOf(*j, source);
        if constexpr (std::is_same_v<JobT, QKeychain::ReadPasswordJob>) {
            if (r.ok())
                r.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        }
        promise->addResult(r);
        promise->finish();
    });
    job->start();
    return promise->future();
}
} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(const QString &workspace, const QString &source)
{
    const QFileInfo info(workspace.isEmpty() ? QStringLiteral(".") : workspace);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    return path + QStringLiteral("#") + source;
}

QFuture<CredentialResult> CredentialStore::read(const QString &workspace, const QString &source)
{
    const QString key = keyFor(workspace, source);
    return runJob<QKeychain::ReadPasswordJob>(this, m_service, source,
                                              [&](QKeychain::ReadPasswordJob &j) { j.setKey(key); });
}

QFuture<CredentialResult> CredentialStore::write(const QString &workspace, const QString &source, const QString &secret)
{
    const QString key = keyFor(workspace, source);
    return runJob<QKeychain::WritePasswordJob>(this, m_service, source, [&](QKeychain::WritePasswordJob &j) {
        j.setKey(key);
        j.setTextData(secret);
    });
}

QFuture<CredentialResult> CredentialStore::remove(const QString &workspace, const QString &source)
{
    const QString key = keyFor(workspace, source);
    return runJob<QKeychain::DeletePasswordJob>(this, m_service, source,
                                                [&](QKeychain::DeletePasswordJob &j) { j.setKey(key); });
}

QString CredentialStore::environmentVariable(const QString &source)
{
    QString name = source.toUpper();
    for (QChar &c : name) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return QStringLiteral("SLADESK_SECRET_") + name;
}

SourceSecret CredentialStore::parse(const QString &stored, DataSourceType type)
{
    SourceSecret s;
    if (type == DataSourceType::Datadog) {
        const QStringList lines = stored.split(u'\n');
        s.apiKey = lines.value(0).trimmed();
        s.appKey = lines.value(1).trimmed();
    } else if (type == DataSourceType::CloudWatch) {
        const QStringList lines = stored.split(u'\n');
        s.apiKey = lines.value(0).trimmed();
        s.secret = lines.value(1).trimmed();
        s.sessionToken = lines.value(2).trimmed();
    } else {
        s.secret = stored.trimmed();
    }
    return s;
}

std::optional<SourceSecret> CredentialStore::fromEnvironment(const QString &source, DataSourceType type)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (type == DataSourceType::CloudWatch && env.contains(QStringLiteral("AWS_ACCESS_KEY_ID"))) {
        qCDebug(lcSecrets, "secret of %s from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", qPrintable(source));
        SourceSecret s;
        s.apiKey = env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
        s.secret = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed();
        s.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed();
        return s;
    }
    const QString own = environmentVariable(source);
    if (env.contains(own)) {
        qCDebug(lcSecrets, "secret of %s from the environment (%s)", qPrintable(source), qPrintable(own));
        return parse(env.value(own), type);
    }
    if (type == DataSourceType::Datadog && env.contains(QStringLiteral("DD_API_KEY"))) {
        qCDebug(lcSecrets, "secret of %s from DD_API_KEY and DD_APP_KEY", qPrintable(source));
        SourceSecret s;
        s.apiKey = env.value(QStringLiteral("DD_API_KEY"));
        s.appKey = env.value(QStringLiteral("DD_APP_KEY"));
        return s;
    }
    return std::nullopt;
}

} // namespace Sla::Core
