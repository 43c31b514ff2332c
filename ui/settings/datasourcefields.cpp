// SPDX-License-Identifier: Apache-2.0
#include "ui/settings/datasourcefields.h"

#include "core/document/awsnames.h"
#include "core/document/texthygiene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
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

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &placeholder)
{
    auto *e = new QLineEdit(parent);
    e->setPlaceholderText(placeholder);
    return e;
}

/// `edit` and its Browse button as one row; the label gets the edit as its buddy (a row of
/// a widget gets one from addRow(QString, QWidget *), but it would be the row).
QWidget *browseRow(QWidget *parent, QLineEdit *edit, QPushButton **button)
{
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    h->addWidget(edit, 1);
    *button = new QPushButton(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Browse…"), row);
    h->addWidget(*button);
    return row;
}

void addRow(QFormLayout *form, QWidget *parent, const QString &label, QWidget *field, QWidget *buddy)
{
    auto *l = new QLabel(label, parent);
    l->setBuddy(buddy);
    form->addRow(l, field);
}

} // namespace

void Widgets::build(QWidget *parent, QFormLayout *f, const std::function<void(Slot)> &insert)
{
    form = f;
    type = new QComboBox(parent);
    fillTypeBox(type);
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "&Type:"), type);
    url = lineEdit(parent, QStringLiteral("https://prometheus.example.com"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "&URL:"), url);
    prefix = lineEdit(parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "e.g. /prometheus for Mimir"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "&Path prefix:"), prefix);
    tenant = lineEdit(parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "sent as X-Scope-OrgID"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "T&enant:"), tenant);
    auth = new QComboBox(parent);
    fillAuthBox(auth);
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Authent&ication:"), auth);
    username = lineEdit(parent, {});
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "User na&me:"), username);
    if (insert)
        insert(Slot::AfterUsername);
    caFile = lineEdit(parent, {});
    caRow = browseRow(parent, caFile, &browseCa);
    addRow(form, parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "CA fi&le:"), caRow, caFile);
    insecure = new QCheckBox(
        QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Skip TLS certificate verification (insecure)"),
        parent);
    form->addRow(QString(), insecure);
    site = lineEdit(parent, QStringLiteral("datadoghq.eu"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Datadog &site:"), site);
    file = lineEdit(parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                                        "relative to the workspace, e.g. data/recording.om.gz"));
    fileRow = browseRow(parent, file, &browseFile);
    addRow(form, parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "&File:"), fileRow, file);
    alignToNow = new QCheckBox(
        QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Shift the recording so that its last sample is now"),
        parent);
    form->addRow(QString(), alignToNow);
    region = lineEdit(parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "required, e.g. eu-west-1"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Re&gion:"), region);
    regionError = errorLabel(parent);
    regionError->setObjectName(QStringLiteral("regionError"));
    form->addRow(QString(), regionError);
    endpoint =
        lineEdit(parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog",
                                                     "optional; default https://monitoring.REGION.amazonaws.com"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Endpo&int:"), endpoint);
    endpointError = errorLabel(parent);
    endpointError->setObjectName(QStringLiteral("endpointError"));
    form->addRow(QString(), endpointError);
    profile = lineEdit(
        parent, QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "optional: a profile of ~/.aws/credentials"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Pr&ofile:"), profile);
    roleArn = lineEdit(parent, QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Ro&le ARN:"), roleArn);
    roleArnError = errorLabel(parent);
    roleArnError->setObjectName(QStringLiteral("roleArnError"));
    form->addRow(QString(), roleArnError);
    if (insert)
        insert(Slot::AfterRoleArn);
    otherDetails = new QLabel(parent);
    otherDetails->setObjectName(QStringLiteral("otherDetails"));
    otherDetails->setWordWrap(true);
    otherDetails->setTextFormat(Qt::PlainText);
    otherDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "Connection details:"), otherDetails);
}

void Widgets::setVisible(const Visible &v) const
{
    form->setRowVisible(url, v.url);
    form->setRowVisible(prefix, v.prefix);
    form->setRowVisible(tenant, v.tenant);
    form->setRowVisible(auth, v.auth);
    form->setRowVisible(username, v.username);
    form->setRowVisible(caRow, v.caFile);
    form->setRowVisible(insecure, v.caFile);
    form->setRowVisible(site, v.site);
    form->setRowVisible(fileRow, v.file);
    form->setRowVisible(alignToNow, v.file);
    for (QWidget *w : {region, endpoint, profile, roleArn})
        form->setRowVisible(w, v.cloudWatch);
    form->setRowVisible(otherDetails, v.other);
}

CloudWatchProblems Widgets::problems(const QStringList &keys) const
{
    return cloudWatchProblems(region->text().trimmed(), endpoint->text().trimmed(), roleArn->text().trimmed(), keys);
}

void Widgets::showProblems(const CloudWatchProblems &p) const
{
    const QList<std::pair<QLabel *, QString>> rows = {
        {regionError, p.region}, {endpointError, p.endpoint}, {roleArnError, p.roleArn}};
    for (const auto &[label, text] : rows) {
        label->setText(text);
        form->setRowVisible(label, !text.isEmpty());
    }
}

void Widgets::load(const Core::DataSource &ds) const
{
    type->setItemText(type->count() - 1, otherTypeText(ds.type == DataSourceType::Other ? ds.typeName : QString()));
    const int typeIndex = type->findData(int(ds.type));
    type->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
    auth->setCurrentIndex(std::max(0, auth->findData(int(ds.auth))));
    const QList<std::pair<QLineEdit *, QString>> texts = {
        {url, ds.url},           {prefix, ds.pathPrefix}, {tenant, ds.tenant},  {username, ds.username},
        {caFile, ds.caFile},     {site, ds.site},         {file, ds.file},      {region, ds.region},
        {endpoint, ds.endpoint}, {profile, ds.profile},   {roleArn, ds.roleArn}};
    for (const auto &[edit, value] : texts) {
        // A field being typed in keeps its text (and cursor) when it already says the same.
        if (edit->text() != value)
            edit->setText(value);
    }
    insecure->setChecked(ds.insecureSkipVerify);
    alignToNow->setChecked(ds.alignToNow);
    QStringList details;
    for (auto it = ds.otherDetails.cbegin(); it != ds.otherDetails.cend(); ++it)
        details << it.key() + QStringLiteral(": ") + it.value();
    otherDetails->setText(details.isEmpty() ? QCoreApplication::translate("Sla::Ui::DataSourcesDialog", "(none)")
                                            : details.join(QLatin1Char('\n')));
}

} // namespace Sla::Ui::DataSourceFields
