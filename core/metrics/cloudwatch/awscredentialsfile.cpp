// SPDX-License-Identifier: Apache-2.0
#include "core/metrics/cloudwatch/awscredentialsfile.h"

#include "core/document/tr.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace Tr = Sla::Core::TrContext::CloudWatchSource;

namespace Sla::Core::AwsCredentialsFile {

QString profileName(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AWS_PROFILE"));
    return env.isEmpty() ? QStringLiteral("default") : env;
}

QString path()
{
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return env.isEmpty() ? QDir::homePath() + QStringLiteral("/.aws/credentials") : env;
}

std::optional<SigV4::Credentials> parse(const QByteArray &text, const QString &profile)
{
    SigV4::Credentials c;
    bool inProfile = false;
    bool found = false;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            inProfile = line.mid(1, line.size() - 2).trimmed() == profile;
            found = found || inProfile;
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (!inProfile || eq < 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == u"aws_access_key_id")
            c.accessKeyId = value;
        else if (key == u"aws_secret_access_key")
            c.secretAccessKey = value;
        else if (key == u"aws_session_token")
            c.sessionToken = value;
    }
    if (!found || !c.isValid())
        return std::nullopt;
    return c;
}

std::optional<SigV4::Credentials> read(const QString &profile, QString *why)
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = Tr::tr("no shared credentials file %1").arg(f.fileName());
        return std::nullopt;
    }
    auto c = parse(f.read(1 << 20), profile);
    if (!c && why)
        *why = Tr::tr("the shared credentials file %1 has no profile '%2' with aws_access_key_id and "
                      "aws_secret_access_key")
                   .arg(f.fileName(), profile);
    return c;
}

} // namespace Sla::Core::AwsCredentialsFile
