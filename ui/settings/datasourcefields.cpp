// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/datasourcefields.h"

#include "core/document/awsnames.h"
#include "core/document/texthygiene.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPalette>
#include <QStandardItemModel>
#include <QUrl>

#include <algorithm>

namespace Sla::Ui::DataSourceFields {

using Core::AuthType;
using Core::DataSourceType;

// The strings keep the Data Sources dialog's translation context, where they came from.

void fillTypeBox(QComboBox *box)
{
    box->addItem(
        QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                    "Prometheus-compatible (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)"),
        int(DataSourceType::Prometheus));
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Datadog"), int(DataSourceType::Datadog));
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Recorded OpenMetrics file"),
                 int(DataSourceType::Recorded));
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "AWS CloudWatch"),
                 int(DataSourceType::CloudWatch));
    // Sources of other types are shown with this entry, read-only; it cannot be chosen.
    box->addItem(QString(), int(DataSourceType::Other));
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
        model->item(box->count() - 1)->setEnabled(false);
}

void fillAuthBox(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "None"), int(AuthType::None));
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Basic (user name and password)"),
                 int(AuthType::Basic));
    box->addItem(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Bearer token"), int(AuthType::Bearer));
}

QString otherTypeText(const QString &typeName)
{
    return typeName.isEmpty()
               ? QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Other types (shown read-only)")
               : QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                             "%1 (kept as it is: SLA Desk does not edit this type)")
                     .arg(typeName);
}

Visible visibleFields(DataSourceType type, AuthType auth)
{
    const bool prom = type == DataSourceType::Prometheus;
    const bool dd = type == DataSourceType::Datadog;
    Visible v;
    v.url = prom || dd;
    v.prefix = v.tenant = v.auth = v.caFile = prom;
    v.username = prom && auth == AuthType::Basic;
    v.secret = dd || (prom && auth != AuthType::None);
    v.appKey = v.site = dd;
    v.file = type == DataSourceType::Recorded;
    v.cloudWatch = type == DataSourceType::CloudWatch;
    v.other = type == DataSourceType::Other;
    return v;
}

QString CloudWatchProblems::first() const
{
    for (const QString &p : {region, endpoint, roleArn, keys}) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

CloudWatchProblems cloudWatchProblems(const QString &region, const QString &endpoint, const QString &roleArn,
                                      const QStringList &keys)
{
    CloudWatchProblems p;
    if (region.isEmpty())
        p.region = QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "The region is required, e.g. eu-west-1.");
    else if (!Core::isAwsRegion(region))
        p.region = QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                               "\u201c%1\u201d is not an AWS region name such as eu-west-1.")
                       .arg(region);
    const QUrl url(endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!endpoint.isEmpty() &&
        (Core::TextHygiene::firstControlCharacter(endpoint) || !url.isValid() ||
         (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()))
        p.endpoint =
            QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                        "Not an http or https URL such as https://monitoring.eu-west-1.amazonaws.com.");
    else if (!endpoint.isEmpty() && Core::TextHygiene::hasPassword(endpoint))
        p.endpoint = QCoreApplication::translate(
            "Sla::Ui::DataSourcesDialog", "A password does not belong in the URL; the keys go into the fields below.");
    if (!roleArn.isEmpty() && !Core::isIamRoleArn(roleArn))
        p.roleArn = QCoreApplication::translate(
                        "Sla::Ui::DataSourcesDialog",
                        "\u201c%1\u201d is not an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader.")
                        .arg(roleArn);
    const bool anyKey = std::any_of(keys.cbegin(), keys.cend(), [](const QString &k) { return !k.isEmpty(); });
    if (anyKey && (keys.value(0).isEmpty() || keys.value(1).isEmpty()))
        p.keys = QCoreApplication::translate(
            "Sla::Ui::DataSourcesDialog",
            "Give both the access key id and the secret access key (the session token is optional), "
            "or leave all three empty to keep the stored ones.");
    else if (std::any_of(keys.cbegin(), keys.cend(),
                         [](const QString &k) { return Core::TextHygiene::firstControlCharacter(k).has_value(); }))
        p.keys =
            QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "The keys must not contain control characters.");
    return p;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    label->setPalette(pal);
    return label;
}

} // namespace Sla::Ui::DataSourceFields
