// SPDX-License-Identifier: Apache-2.0
#include "datasourcesdialog.h"

#include "core/document/awsnames.h"
#include "core/document/texthygiene.h"
#include "core/document/yamlpatch.h"
#include "core/document/yamlwriter.h"
#include "core/metrics/cloudwatch/awscredentialsfile.h"
#include "core/metrics/cloudwatch/cloudwatchsource.h"
#include "core/metrics/datadog/datadogsource.h"
#include "core/metrics/prometheus/prometheussource.h"
#include "core/secrets/credentialstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardItemModel>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Sla::Ui {

using Core::AuthType;
using Core::DataSource;
using Core::DataSourceType;

namespace {
constexpr int CaFileRow = 9; // the form row of the CA file and its Browse button

/// A secret as the keychain keeps it (CredentialStore::parse() reads it back): one line, or
/// for Datadog the API and application keys, for CloudWatch the access key id, the secret
/// access key and the session token when there is one.
QString storedForm(const Core::SourceSecret &s, DataSourceType type)
{
    if (type == DataSourceType::Datadog)
        return s.apiKey + QLatin1Char('\n') + s.appKey;
    if (type == DataSourceType::CloudWatch)
        return s.apiKey + QLatin1Char('\n') + s.secret +
               (s.sessionToken.isEmpty() ? QString() : QLatin1Char('\n') + s.sessionToken);
    return s.secret;
}

/// A label for a field's validation message, under the field, in the error colour.
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
} // namespace

QString DataSourcesDialog::CloudWatchProblems::first() const
{
    for (const QString &p : {region, endpoint, roleArn, keys}) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

DataSourcesDialog::CloudWatchProblems DataSourcesDialog::cloudWatchProblems(const QString &region,
                                                                            const QString &endpoint,
                                                                            const QString &roleArn,
                                                                            const QStringList &keys)
{
    CloudWatchProblems p;
    if (region.isEmpty())
        p.region = tr("The region is required, e.g. eu-west-1.");
    else if (!Core::isAwsRegion(region))
        p.region = tr("\u201c%1\u201d is not an AWS region name such as eu-west-1.").arg(region);
    const QUrl url(endpoint, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!endpoint.isEmpty() &&
        (Core::TextHygiene::firstControlCharacter(endpoint) || !url.isValid() ||
         (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty()))
        p.endpoint = tr("Not an http or https URL such as https://monitoring.eu-west-1.amazonaws.com.");
    else if (!endpoint.isEmpty() && Core::TextHygiene::hasPassword(endpoint))
        p.endpoint = tr("A password does not belong in the URL; the keys go into the fields below.");
    if (!roleArn.isEmpty() && !Core::isIamRoleArn(roleArn))
        p.roleArn =
            tr("\u201c%1\u201d is not an IAM role ARN such as arn:aws:iam::123456789012:role/sla-reader.").arg(roleArn);
    const bool anyKey = std::any_of(keys.cbegin(), keys.cend(), [](const QString &k) { return !k.isEmpty(); });
    if (anyKey && (keys.value(0).isEmpty() || keys.value(1).isEmpty()))
        p.keys = tr("Give both the access key id and the secret access key (the session token is optional), "
                    "or leave all three empty to keep the stored ones.");
    else if (std::any_of(keys.cbegin(), keys.cend(),
                         [](const QString &k) { return Core::TextHygiene::firstControlCharacter(k).has_value(); }))
        p.keys = tr("The keys must not contain control characters.");
    return p;
}

DataSourcesDialog::DataSourcesDialog(const QString &workspacePath, const Core::Workspace &workspace,
                                     Core::CredentialStore *store, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_original(workspace), m_store(store),
      m_sources(workspace.dataSources)
{
    setWindowTitle(tr("Data Sources"));
    resize(760, 480);

    // Widgets are created in tab order: the list, its buttons, the form, the test row.
    QLayout *left = createSourceList();
    createForm(createFields());
    QLayout *right = createDetails();

    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(right, 3);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DataSourcesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DataSourcesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &DataSourcesDialog::updateVisibility);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &DataSourcesDialog::updateVisibility);
    connect(m_list, &QListWidget::currentRowChanged, this, &DataSourcesDialog::onCurrentRowChanged);
    watchConnectionFields();
    updateCommentsNote();
    if (!m_sources.isEmpty())
        m_list->setCurrentRow(0);
    else
        loadForm(-1);
}

QLayout *DataSourcesDialog::createSourceList()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sourceList"));
    for (const DataSource &ds : m_sources)
        m_list->addItem(ds.metadata.name);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &DataSourcesDialog::onAddRequested);
    connect(remove, &QPushButton::clicked, this, &DataSourcesDialog::onRemoveRequested);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    return left;
}

QLayout *DataSourcesDialog::createFields()
{
    m_name = new QLineEdit(this);
    m_type = new QComboBox(this);
    m_type->addItem(tr("Prometheus-compatible (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics)"),
                    int(DataSourceType::Prometheus));
    m_type->addItem(tr("Datadog"), int(DataSourceType::Datadog));
    m_type->addItem(tr("Recorded OpenMetrics file"), int(DataSourceType::Recorded));
    m_type->addItem(tr("AWS CloudWatch"), int(DataSourceType::CloudWatch));
    // Sources of other types are shown with this entry, read-only; it cannot be chosen.
    m_type->addItem(QString(), int(DataSourceType::Other));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_type->model()))
        model->item(m_type->count() - 1)->setEnabled(false);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example.com"));
    m_prefix = new QLineEdit(this);
    m_prefix->setPlaceholderText(tr("e.g. /prometheus for Mimir"));
    m_tenant = new QLineEdit(this);
    m_tenant->setPlaceholderText(tr("sent as X-Scope-OrgID"));
    m_auth = new QComboBox(this);
    m_auth->addItem(tr("None"), int(AuthType::None));
    m_auth->addItem(tr("Basic (user name and password)"), int(AuthType::Basic));
    m_auth->addItem(tr("Bearer token"), int(AuthType::Bearer));
    m_username = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_appKey = new QLineEdit(this);
    m_appKey->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit(this);
    auto *browseCa = new QPushButton(tr("Browse…"), this);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA Certificate"), workspaceDir(),
                                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    m_insecure = new QCheckBox(tr("Skip TLS certificate verification (insecure)"), this);
    m_site = new QLineEdit(this);
    m_site->setPlaceholderText(QStringLiteral("datadoghq.eu"));
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("relative to the workspace, e.g. data/recording.om.gz"));
    m_alignToNow = new QCheckBox(tr("Shift the recording so that its last sample is now"), this);
    createCloudWatchFields();
    return caRow;
}

void DataSourcesDialog::createCloudWatchFields()
{
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("required, e.g. eu-west-1"));
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("optional; default https://monitoring.REGION.amazonaws.com"));
    m_profile = new QLineEdit(this);
    m_profile->setPlaceholderText(tr("optional: a profile of ~/.aws/credentials"));
    m_roleArn = new QLineEdit(this);
    m_roleArn->setPlaceholderText(QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));
    m_accessKeyId = new QLineEdit(this);
    m_secretAccessKey = new QLineEdit(this);
    m_secretAccessKey->setEchoMode(QLineEdit::Password);
    m_sessionToken = new QLineEdit(this);
    m_sessionToken->setEchoMode(QLineEdit::Password);
    m_regionError = errorLabel(this);
    m_regionError->setObjectName(QStringLiteral("regionError"));
    m_endpointError = errorLabel(this);
    m_endpointError->setObjectName(QStringLiteral("endpointError"));
    m_roleArnError = errorLabel(this);
    m_roleArnError->setObjectName(QStringLiteral("roleArnError"));
    m_keysError = errorLabel(this);
    m_keysError->setObjectName(QStringLiteral("keysError"));
    m_otherDetails = new QLabel(this);
    m_otherDetails->setObjectName(QStringLiteral("otherDetails"));
    m_otherDetails->setWordWrap(true);
    m_otherDetails->setTextFormat(Qt::PlainText);
    m_otherDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLineEdit *e : {m_region, m_endpoint, m_roleArn, m_accessKeyId, m_secretAccessKey, m_sessionToken})
        connect(e, &QLineEdit::textChanged, this, &DataSourcesDialog::updateCloudWatchErrors);
}

void DataSourcesDialog::addCloudWatchRows()
{
    m_form->addRow(tr("Re&gion:"), m_region);
    m_form->addRow(QString(), m_regionError);
    m_form->addRow(tr("Endpo&int:"), m_endpoint);
    m_form->addRow(QString(), m_endpointError);
    m_form->addRow(tr("Pr&ofile:"), m_profile);
    m_form->addRow(tr("Ro&le ARN:"), m_roleArn);
    m_form->addRow(QString(), m_roleArnError);
    m_form->addRow(tr("Access key I&D:"), m_accessKeyId);
    m_form->addRow(tr("Secret access ke&y:"), m_secretAccessKey);
    m_form->addRow(tr("Se&ssion token:"), m_sessionToken);
    m_form->addRow(QString(), m_keysError);
    m_form->addRow(tr("Connection details:"), m_otherDetails);
}

void DataSourcesDialog::createForm(QLayout *caRow)
{
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("&Path prefix:"), m_prefix);
    m_form->addRow(tr("T&enant:"), m_tenant);
    m_form->addRow(tr("&Authentication:"), m_auth);
    m_form->addRow(tr("User na&me:"), m_username);
    m_form->addRow(tr("&Secret:"), m_secret);
    m_form->addRow(tr("Application &key:"), m_appKey);
    // A row of a layout gets no buddy from addRow(QString, QLayout *): its mnemonic would show as "&".
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(QString(), m_insecure);
    m_form->addRow(tr("Datadog &site:"), m_site);
    m_form->addRow(tr("&File:"), m_file);
    m_form->addRow(QString(), m_alignToNow);
    addCloudWatchRows();
}

QLayout *DataSourcesDialog::createDetails()
{
    m_test = new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &DataSourcesDialog::onTestRequested);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secretStatus = new QLabel(this);
    m_secretStatus->setWordWrap(true);
    m_commentsNote = new QLabel(this);
    m_commentsNote->setObjectName(QStringLiteral("commentsNote"));
    m_commentsNote->setWordWrap(true);
    m_commentsNote->setVisible(false);
    auto *note = new QLabel(tr("Secrets are stored in the system keychain, never in the workspace files. "
                               "Headless runs may set SLADESK_SECRET_<SOURCE> instead."),
                            this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addLayout(testRow);
    right->addWidget(m_secretStatus);
    right->addStretch(1);
    right->addWidget(m_commentsNote);
    right->addWidget(note);
    return right;
}

DataSourcesDialog::~DataSourcesDialog()
{
    if (m_probe)
        m_probe->cancelAll();
}

QString DataSourcesDialog::workspaceDir() const
{
    const QFileInfo info(m_workspacePath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void DataSourcesDialog::updateVisibility()
{
    const auto type = DataSourceType(m_type->currentData().toInt());
    const bool prom = type == DataSourceType::Prometheus;
    const bool dd = type == DataSourceType::Datadog;
    const bool rec = type == DataSourceType::Recorded;
    const bool cw = type == DataSourceType::CloudWatch;
    const auto auth = AuthType(m_auth->currentData().toInt());
    m_form->setRowVisible(m_url, prom || dd);
    m_form->setRowVisible(m_prefix, prom);
    m_form->setRowVisible(m_tenant, prom);
    m_form->setRowVisible(m_auth, prom);
    m_form->setRowVisible(m_username, prom && auth == AuthType::Basic);
    m_form->setRowVisible(m_secret, dd || (prom && auth != AuthType::None));
    m_form->setRowVisible(m_appKey, dd);
    m_form->setRowVisible(CaFileRow, prom);
    m_form->setRowVisible(m_insecure, prom);
    m_form->setRowVisible(m_site, dd);
    m_form->setRowVisible(m_file, rec);
    m_form->setRowVisible(m_alignToNow, rec);
    for (QWidget *w :
         {static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_profile),
          static_cast<QWidget *>(m_roleArn), static_cast<QWidget *>(m_accessKeyId),
          static_cast<QWidget *>(m_secretAccessKey), static_cast<QWidget *>(m_sessionToken)})
        m_form->setRowVisible(w, cw);
    m_form->setRowVisible(m_otherDetails, type == DataSourceType::Other);
    if (QLabel *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(dd ? tr("API &key:") : auth == AuthType::Basic ? tr("Pass&word:") : tr("&Token:"));
    m_test->setEnabled(m_current >= 0);
    updateCloudWatchErrors();
}

void DataSourcesDialog::updateCloudWatchErrors()
{
    const bool cw = m_current >= 0 && DataSourceType(m_type->currentData().toInt()) == DataSourceType::CloudWatch;
    const CloudWatchProblems p =
        cw ? cloudWatchProblems(m_region->text().trimmed(), m_endpoint->text().trimmed(), m_roleArn->text().trimmed(),
                                {m_accessKeyId->text().trimmed(), m_secretAccessKey->text().trimmed(),
                                 m_sessionToken->text().trimmed()})
           : CloudWatchProblems();
    const QList<QPair<QLabel *, QString>> rows = {
        {m_regionError, p.region}, {m_endpointError, p.endpoint}, {m_roleArnError, p.roleArn}, {m_keysError, p.keys}};
    for (const auto &[label, text] : rows) {
        label->setText(text);
        m_form->setRowVisible(label, !text.isEmpty());
    }
}

void DataSourcesDialog::loadForm(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_sources.size();
    const DataSource ds = valid ? m_sources.at(row) : DataSource();
    // A source of a type the dialog does not edit is shown read-only and saved as it was read.
    const bool editable = valid && ds.type != DataSourceType::Other;
    for (QWidget *w : {static_cast<QWidget *>(m_name),        static_cast<QWidget *>(m_type),
                       static_cast<QWidget *>(m_url),         static_cast<QWidget *>(m_prefix),
                       static_cast<QWidget *>(m_tenant),      static_cast<QWidget *>(m_auth),
                       static_cast<QWidget *>(m_username),    static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_appKey),      static_cast<QWidget *>(m_caFile),
                       static_cast<QWidget *>(m_insecure),    static_cast<QWidget *>(m_site),
                       static_cast<QWidget *>(m_file),        static_cast<QWidget *>(m_alignToNow),
                       static_cast<QWidget *>(m_region),      static_cast<QWidget *>(m_endpoint),
                       static_cast<QWidget *>(m_profile),     static_cast<QWidget *>(m_roleArn),
                       static_cast<QWidget *>(m_accessKeyId), static_cast<QWidget *>(m_secretAccessKey),
                       static_cast<QWidget *>(m_sessionToken)})
        w->setEnabled(editable);
    m_name->setText(ds.metadata.name);
    m_type->setItemText(m_type->count() - 1,
                        ds.type == DataSourceType::Other
                            ? tr("%1 (kept as it is: SLA Desk does not edit this type)").arg(ds.typeName)
                            : tr("Other types (shown read-only)"));
    const int typeIndex = m_type->findData(int(ds.type));
    m_type->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
    m_url->setText(ds.url);
    m_prefix->setText(ds.pathPrefix);
    m_tenant->setText(ds.tenant);
    m_auth->setCurrentIndex(m_auth->findData(int(ds.auth)));
    m_username->setText(ds.username);
    const bool entered = valid && m_secrets.contains(ds.metadata.name);
    const QStringList lines = m_secrets.value(ds.metadata.name).split(QLatin1Char('\n'));
    const bool cw = ds.type == DataSourceType::CloudWatch;
    m_secret->setText(entered && !cw ? lines.value(0) : QString());
    m_appKey->setText(entered && !cw ? lines.value(1) : QString());
    m_accessKeyId->setText(entered && cw ? lines.value(0) : QString());
    m_secretAccessKey->setText(entered && cw ? lines.value(1) : QString());
    m_sessionToken->setText(entered && cw ? lines.value(2) : QString());
    m_caFile->setText(ds.caFile);
    m_insecure->setChecked(ds.insecureSkipVerify);
    m_site->setText(ds.site);
    m_file->setText(ds.file);
    m_alignToNow->setChecked(ds.alignToNow);
    m_region->setText(ds.region);
    m_endpoint->setText(ds.endpoint);
    m_profile->setText(ds.profile);
    m_roleArn->setText(ds.roleArn);
    QStringList details;
    for (auto it = ds.otherDetails.cbegin(); it != ds.otherDetails.cend(); ++it)
        details << it.key() + QStringLiteral(": ") + it.value();
    m_otherDetails->setText(details.isEmpty() ? tr("(none)") : details.join(QLatin1Char('\n')));
    // Only a source that was read from the workspace can have a secret in the keychain.
    const bool saved = valid && std::any_of(m_original.dataSources.cbegin(), m_original.dataSources.cend(),
                                            [&](const DataSource &o) { return o.metadata.name == ds.metadata.name; });
    const QString placeholder = saved ? tr("unchanged (kept in the system keychain)") : tr("not set");
    for (QLineEdit *e : {m_secret, m_appKey, m_accessKeyId, m_secretAccessKey})
        e->setPlaceholderText(placeholder);
    m_sessionToken->setPlaceholderText(saved ? placeholder : tr("only for temporary credentials"));
    forgetTestResult();
    updateVisibility();
}

void DataSourcesDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_sources.size() || m_sources.at(m_current).type == DataSourceType::Other)
        return;
    DataSource &ds = m_sources[m_current];
    const QString oldName = ds.metadata.name;
    ds.metadata.name = m_name->text().trimmed();
    const auto type = DataSourceType(m_type->currentData().toInt());
    if (type != ds.type || ds.typeName.isEmpty())
        ds.typeName = Core::toString(type); // else the spelling of the file stays
    ds.type = type;
    ds.url = m_url->text().trimmed();
    ds.pathPrefix = m_prefix->text().trimmed();
    ds.tenant = m_tenant->text().trimmed();
    ds.auth = ds.type == DataSourceType::Prometheus ? AuthType(m_auth->currentData().toInt()) : AuthType::None;
    ds.username = ds.auth == AuthType::Basic ? m_username->text().trimmed() : QString();
    ds.caFile = m_caFile->text().trimmed();
    ds.insecureSkipVerify = m_insecure->isChecked();
    ds.site = m_site->text().trimmed();
    ds.file = m_file->text().trimmed();
    ds.alignToNow = m_alignToNow->isChecked();
    const bool cw = ds.type == DataSourceType::CloudWatch;
    ds.region = cw ? m_region->text().trimmed() : QString();
    ds.endpoint = cw ? m_endpoint->text().trimmed() : QString();
    ds.profile = cw ? m_profile->text().trimmed() : QString();
    ds.roleArn = cw ? m_roleArn->text().trimmed() : QString();
    // Fields of the other types are not written for this one.
    if (ds.type != DataSourceType::Prometheus) {
        ds.pathPrefix.clear();
        ds.tenant.clear();
        ds.caFile.clear();
        ds.insecureSkipVerify = false;
    }
    if (ds.type == DataSourceType::Recorded || cw)
        ds.url.clear();
    if (ds.type != DataSourceType::Recorded) {
        ds.file.clear();
        ds.alignToNow = false;
    }
    if (ds.type != DataSourceType::Datadog)
        ds.site.clear();

    m_secrets.remove(oldName);
    QString secret = m_secret->text();
    if (ds.type == DataSourceType::Datadog && !(secret.isEmpty() && m_appKey->text().isEmpty()))
        secret += QLatin1Char('\n') + m_appKey->text(); // CredentialStore::parse splits the two lines
    if (cw) {
        // The format of `slactl credentials set`: access key id, secret access key, session token.
        Core::SourceSecret keys;
        keys.apiKey = m_accessKeyId->text().trimmed();
        keys.secret = m_secretAccessKey->text().trimmed();
        keys.sessionToken = m_sessionToken->text().trimmed();
        secret = keys.isEmpty() && keys.sessionToken.isEmpty() ? QString() : storedForm(keys, ds.type);
    }
    if (!secret.isEmpty())
        m_secrets.insert(ds.metadata.name, secret);
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(ds.metadata.name);
}

void DataSourcesDialog::watchConnectionFields()
{
    for (QLineEdit *e : {m_url, m_prefix, m_tenant, m_username, m_secret, m_appKey, m_caFile, m_site, m_file, m_region,
                         m_endpoint, m_profile, m_roleArn, m_accessKeyId, m_secretAccessKey, m_sessionToken})
        connect(e, &QLineEdit::textEdited, this, &DataSourcesDialog::forgetTestResult);
    for (QComboBox *c : {m_type, m_auth})
        connect(c, &QComboBox::activated, this, &DataSourcesDialog::forgetTestResult);
    for (QCheckBox *c : {m_insecure, m_alignToNow})
        connect(c, &QCheckBox::clicked, this, &DataSourcesDialog::forgetTestResult);
}

void DataSourcesDialog::forgetTestResult()
{
    // A result (or a test under way) speaks of the settings it ran with, not of the edited ones.
    if (m_probe) {
        m_probe->cancelAll();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    ++m_testGeneration;
    m_testResult->clear();
    m_test->setEnabled(m_current >= 0);
}

void DataSourcesDialog::updateCommentsNote()
{
    // A changed source's document is written anew: comment lines inside it are not kept (those
    // outside the data sources that change, and every other document, keep their bytes).
    QStringList files;
    for (const DataSource &ds : std::as_const(m_original.dataSources)) {
        const QString file = ds.origin.self.file;
        if (file.isEmpty() || files.contains(file))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        while (!f.atEnd()) {
            if (f.readLine().trimmed().startsWith('#')) {
                files << file;
                break;
            }
        }
    }
    m_commentsNote->setVisible(!files.isEmpty());
    QStringList names;
    for (const QString &file : std::as_const(files))
        names << QDir(workspaceDir()).relativeFilePath(file);
    m_commentsNote->setText(
        tr("Comment lines inside the data sources you change are not kept; these files have comments: %1")
            .arg(names.join(QStringLiteral(", "))));
}

void DataSourcesDialog::onCurrentRowChanged(int row)
{
    storeForm();
    loadForm(row);
}

void DataSourcesDialog::onAddRequested()
{
    storeForm();
    DataSource ds;
    QSet<QString> names;
    for (const DataSource &s : m_sources)
        names.insert(s.metadata.name);
    QString name = QStringLiteral("prometheus");
    for (int i = 2; names.contains(name); ++i)
        name = QStringLiteral("prometheus-%1").arg(i);
    ds.metadata.name = name;
    ds.type = DataSourceType::Prometheus;
    ds.typeName = Core::toString(ds.type);
    ds.url = QStringLiteral("http://localhost:9090");
    m_sources.append(ds);
    m_list->addItem(name);
    m_list->setCurrentRow(int(m_sources.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void DataSourcesDialog::onRemoveRequested()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_current = -1; // nothing to store from the form of a removed source
    m_secrets.remove(m_sources.at(row).metadata.name);
    m_sources.removeAt(row);
    delete m_list->takeItem(row);
    loadForm(m_list->currentRow());
}

QList<DataSource> DataSourcesDialog::dataSources()
{
    storeForm();
    return m_sources;
}

void DataSourcesDialog::onTestRequested()
{
    storeForm();
    if (m_current < 0)
        return;
    const DataSource ds = m_sources.at(m_current);
    if (ds.type == DataSourceType::Recorded) {
        testRecorded(ds);
        return;
    }
    if (ds.type != DataSourceType::Prometheus && ds.type != DataSourceType::Datadog &&
        ds.type != DataSourceType::CloudWatch) {
        m_testResult->setText(tr("SLA Desk cannot query %1 data sources.").arg(ds.typeName));
        return;
    }
    if (ds.type == DataSourceType::CloudWatch) {
        const QString problem = cloudWatchProblems(ds.region, ds.endpoint, ds.roleArn,
                                                   m_secrets.value(ds.metadata.name).split(QLatin1Char('\n')))
                                    .first();
        if (!problem.isEmpty()) {
            m_testResult->setText(tr("Not tested: %1").arg(problem));
            return;
        }
    }
    m_testResult->setText(tr("Testing…"));
    m_test->setEnabled(false);
    const bool needsSecret = ds.type != DataSourceType::Prometheus || ds.auth != AuthType::None;
    if (!needsSecret || m_secrets.contains(ds.metadata.name))
        runTest(ds, m_secrets.value(ds.metadata.name));
    else
        testWithStoredSecret(ds);
}

void DataSourcesDialog::testRecorded(const DataSource &ds)
{
    const QString path = QDir(workspaceDir()).absoluteFilePath(ds.file);
    Core::SourceHealth h;
    h.checkedAt = QDateTime::currentDateTimeUtc();
    h.state = QFileInfo(path).isReadable() ? Core::SourceHealth::State::Ok : Core::SourceHealth::State::Error;
    h.message = h.state == Core::SourceHealth::State::Ok ? tr("the recording %1 is readable").arg(path)
                                                         : tr("cannot read %1").arg(path);
    m_test->setEnabled(true);
    m_testResult->setText(h.state == Core::SourceHealth::State::Ok ? tr("OK: %1").arg(h.message)
                                                                   : tr("Failed: %1").arg(h.message));
    Q_EMIT testFinished(h);
}

void DataSourcesDialog::testWithStoredSecret(const DataSource &ds)
{
    // The secret was not typed in: the environment first, then the keychain, then (CloudWatch)
    // the shared credentials file: the order an evaluation takes them in.
    if (const auto env = Core::CredentialStore::fromEnvironment(ds.metadata.name, ds.type)) {
        runTest(ds, storedForm(*env, ds.type));
        return;
    }
    const auto fallback = [](const DataSource &source) {
        if (source.type != DataSourceType::CloudWatch)
            return QString();
        const auto c = Core::AwsCredentialsFile::read(Core::AwsCredentialsFile::profileName(source.profile));
        if (!c)
            return QString();
        Core::SourceSecret keys;
        keys.apiKey = c->accessKeyId;
        keys.secret = c->secretAccessKey;
        keys.sessionToken = c->sessionToken;
        return storedForm(keys, source.type);
    };
    if (!m_store) {
        runTest(ds, fallback(ds));
        return;
    }
    const quint64 generation = m_testGeneration;
    m_store->read(workspaceDir(), ds.metadata.name)
        .then(this, [this, ds, generation, fallback](const Core::CredentialResult &r) {
            if (generation == m_testGeneration) // not edited meanwhile
                runTest(ds, r.ok() ? r.secret : fallback(ds));
        });
}

void DataSourcesDialog::runTest(const DataSource &source, const QString &secret)
{
    if (m_probe) {
        m_probe->cancelAll();
        m_probe->deleteLater();
    }
    DataSource ds = source;
    if (!ds.caFile.isEmpty())
        ds.caFile = QDir(workspaceDir()).absoluteFilePath(ds.caFile);
    Core::MetricSource *probe = nullptr;
    Core::CloudWatchSource *cloudWatch = nullptr;
    if (ds.type == DataSourceType::Datadog) {
        // Datadog keys are two lines: the API key, then the application key.
        const Core::SourceSecret keys = Core::CredentialStore::parse(secret, DataSourceType::Datadog);
        Core::DatadogSource::Options options;
        options.maxRetries = 0;
        options.transferTimeout = std::chrono::milliseconds(10000);
        probe = new Core::DatadogSource(ds, keys.apiKey, keys.appKey, options, this);
    } else if (ds.type == DataSourceType::CloudWatch) {
        const Core::SourceSecret keys = Core::CredentialStore::parse(secret, DataSourceType::CloudWatch);
        if (keys.apiKey.isEmpty() || keys.secret.isEmpty()) {
            Core::SourceHealth h{Core::SourceHealth::State::AuthFailed,
                                 tr("no AWS credentials: type the access key ID and secret access key, store them "
                                    "with slactl credentials set %1, set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                                    "or add profile %2 to %3")
                                     .arg(ds.metadata.name, Core::AwsCredentialsFile::profileName(ds.profile),
                                          Core::AwsCredentialsFile::path()),
                                 QDateTime::currentDateTimeUtc()};
            showTestResult(h, true, false);
            return;
        }
        Core::CloudWatchSource::Options options;
        options.maxRetries = 0;
        options.maxThrottleRetries = 1;
        options.transferTimeout = std::chrono::milliseconds(10000);
        cloudWatch = new Core::CloudWatchSource(
            ds, Core::SigV4::Credentials{keys.apiKey, keys.secret, keys.sessionToken}, options, this);
        probe = cloudWatch;
    } else {
        Core::PrometheusSource::Options options;
        options.maxRetries = 0;
        options.transferTimeout = std::chrono::milliseconds(10000);
        probe = new Core::PrometheusSource(ds, secret, options, this);
    }
    m_probe = probe;
    probe->checkHealth().then(this, [this, probe, cloudWatch](const Core::SourceHealth &h) {
        if (m_probe != probe)
            return; // a newer test runs
        showTestResult(h, cloudWatch != nullptr, cloudWatch && cloudWatch->lastCallThrottled());
        probe->deleteLater();
    });
}

void DataSourcesDialog::showTestResult(const Core::SourceHealth &h, bool cloudWatch, bool throttled)
{
    using State = Core::SourceHealth::State;
    m_test->setEnabled(true);
    if (h.state == State::Ok && cloudWatch)
        m_testResult->setText(tr("OK: CloudWatch accepted the credentials and answered GetMetricData."));
    else if (h.state == State::Ok)
        m_testResult->setText(tr("OK: %1").arg(h.message.isEmpty() ? tr("the server answers") : h.message));
    else if (cloudWatch && throttled)
        m_testResult->setText(
            tr("Failed (throttled: CloudWatch takes no more requests for now; try again later): %1").arg(h.message));
    else if (cloudWatch && h.state == State::AuthFailed)
        m_testResult->setText(tr("Failed (credentials refused): %1").arg(h.message));
    else if (cloudWatch && h.state == State::Unreachable)
        m_testResult->setText(
            tr("Failed (unreachable: check the region or endpoint and the network): %1").arg(h.message));
    else
        m_testResult->setText(tr("Failed (%1): %2").arg(Core::toString(h.state), h.message));
    Q_EMIT testFinished(h);
}

bool DataSourcesDialog::save(QString *error)
{
    storeForm();
    if (!checkNames(error) || !checkCloudWatch(error) || !writeFiles(error))
        return false;
    // Secrets: only to the keychain.
    storeSecrets();
    Q_EMIT saved();
    return true;
}

bool DataSourcesDialog::checkNames(QString *error) const
{
    QSet<QString> names;
    for (const DataSource &ds : std::as_const(m_sources)) {
        if (ds.metadata.name.isEmpty() || names.contains(ds.metadata.name)) {
            if (error)
                *error = ds.metadata.name.isEmpty() ? tr("every data source needs a name")
                                                    : tr("the name %1 is used twice").arg(ds.metadata.name);
            return false;
        }
        names.insert(ds.metadata.name);
    }
    return true;
}

bool DataSourcesDialog::checkCloudWatch(QString *error) const
{
    for (const DataSource &ds : std::as_const(m_sources)) {
        if (ds.type != DataSourceType::CloudWatch)
            continue;
        const QStringList keys = m_secrets.contains(ds.metadata.name)
                                     ? m_secrets.value(ds.metadata.name).split(QLatin1Char('\n'))
                                     : QStringList();
        const QString problem = cloudWatchProblems(ds.region, ds.endpoint, ds.roleArn, keys).first();
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("data source %1: %2").arg(ds.metadata.name, problem);
            return false;
        }
    }
    return true;
}

bool DataSourcesDialog::writeFiles(QString *error) const
{
    const QString dir = workspaceDir();
    auto fileOf = [&](const Core::Origin &origin) {
        return origin.self.file.isEmpty() ? QString() : QFileInfo(origin.self.file).absoluteFilePath();
    };
    // New sources go next to the existing ones, or into data-sources.yaml.
    QString defaultFile = QDir(dir).absoluteFilePath(QStringLiteral("data-sources.yaml"));
    for (const DataSource &ds : std::as_const(m_original.dataSources)) {
        if (!fileOf(ds.origin).isEmpty()) {
            defaultFile = fileOf(ds.origin);
            break;
        }
    }
    const auto targetOf = [&](const DataSource &ds) {
        return fileOf(ds.origin).isEmpty() ? defaultFile : fileOf(ds.origin);
    };
    QSet<QString> files;
    for (const DataSource &ds : std::as_const(m_original.dataSources))
        files.insert(targetOf(ds));
    for (const DataSource &ds : std::as_const(m_sources))
        files.insert(targetOf(ds));

    for (const QString &file : std::as_const(files)) {
        QList<DataSource> originals;
        QList<DataSource> edited;
        for (const DataSource &ds : std::as_const(m_original.dataSources)) {
            if (targetOf(ds) == file)
                originals << ds;
        }
        for (const DataSource &ds : std::as_const(m_sources)) {
            if (targetOf(ds) == file)
                edited << ds;
        }
        if (originals == edited)
            continue; // nothing of this file changed: it is not written at all
        QByteArray text;
        QString why;
        bool rewrite = false;
        if (!patchFile(file, originals, edited, &text, &rewrite, &why)) {
            if (error)
                *error = tr("could not update %1: %2").arg(file, why);
            return false;
        }
        if (rewrite) {
            // Names swapped between sources of one file: documents are found by name, so the
            // file is written anew (its other documents with it).
            if (!rewriteFile(file, edited, error))
                return false;
            continue;
        }
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
            if (error)
                *error = tr("could not write %1: %2").arg(file, out.errorString());
            return false;
        }
    }
    return true;
}

bool DataSourcesDialog::patchFile(const QString &file, const QList<DataSource> &originals,
                                  const QList<DataSource> &edited, QByteArray *text, bool *rewrite,
                                  QString *error) const
{
    QFile in(file);
    QByteArray bytes;
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = in.errorString();
            return false;
        }
        bytes = in.readAll();
    }
    const auto sameDocument = [](const DataSource &a, const DataSource &b) {
        return a.origin.self.isValid() && a.origin.self == b.origin.self;
    };
    const auto sourceYaml = [](const DataSource &ds) {
        Core::Workspace w;
        w.dataSources << ds;
        return Core::writeDocuments(w);
    };
    QSet<QString> originalNames;
    for (const DataSource &o : originals)
        originalNames.insert(o.metadata.name);
    Core::YamlPatcher patcher(bytes);
    // Changed and removed sources first, found by the names they had in the file; then the new ones.
    for (const DataSource &o : originals) {
        const Core::DocumentKey key{QStringLiteral("DataSource"), o.metadata.name};
        const auto it =
            std::find_if(edited.cbegin(), edited.cend(), [&](const DataSource &e) { return sameDocument(e, o); });
        if (it != edited.cend() && it->metadata.name != o.metadata.name && originalNames.contains(it->metadata.name)) {
            *rewrite = true; // a rename onto another source's name of this file
            return true;
        }
        const bool ok = it == edited.cend() ? patcher.removeDocument(key)
                        : *it == o          ? true
                                            : patcher.replaceDocument(key, sourceYaml(*it));
        if (!ok) {
            *error = patcher.error();
            return false;
        }
    }
    for (const DataSource &e : edited) {
        if (std::none_of(originals.cbegin(), originals.cend(), [&](const DataSource &o) { return sameDocument(e, o); }))
            patcher.appendDocument(sourceYaml(e));
    }
    *text = patcher.text();
    return true;
}

bool DataSourcesDialog::rewriteFile(const QString &file, const QList<DataSource> &edited, QString *error) const
{
    // Every file that holds a data source is written again with all of its documents, so
    // the other documents of a one-file workspace survive.
    const auto fileOf = [](const Core::Origin &origin) {
        return origin.self.file.isEmpty() ? QString() : QFileInfo(origin.self.file).absoluteFilePath();
    };
    Core::Workspace w;
    w.dataSources = edited;
    const auto keep = [&](const auto &documents, auto &into) {
        for (const auto &d : documents) {
            if (fileOf(d.origin) == file)
                into << d;
        }
    };
    keep(m_original.services, w.services);
    for (const Core::TierTemplate &t : std::as_const(m_original.tiers)) {
        if (!t.builtIn && fileOf(t.origin) == file)
            w.tiers << t;
    }
    keep(m_original.slas, w.slas);
    keep(m_original.corrections, w.corrections);
    keep(m_original.annotations, w.annotations);
    QString why;
    if (!Core::saveDocuments(file, w, &why)) {
        if (error)
            *error = tr("could not write %1: %2").arg(file, why);
        return false;
    }
    return true;
}

void DataSourcesDialog::storeSecrets()
{
    const QString dir = workspaceDir();
    if (!m_secrets.isEmpty() && m_store) {
        auto pending = std::make_shared<int>(int(m_secrets.size()));
        auto failures = std::make_shared<QStringList>();
        m_secretStatus->setText(tr("Storing secrets in the keychain…"));
        for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
            const QString name = it.key();
            m_store->write(dir, name, it.value())
                .then(this, [this, pending, failures, name](const Core::CredentialResult &r) {
                    if (!r.ok())
                        *failures << tr("%1: %2").arg(name, r.message);
                    if (--*pending == 0) {
                        const bool ok = failures->isEmpty();
                        const QString message =
                            ok ? tr("Secrets stored in the keychain.")
                               : tr("Could not store a secret: %1").arg(failures->join(QLatin1Char('\n')));
                        m_secretStatus->setText(message);
                        Q_EMIT secretsStored(ok, message);
                    }
                });
        }
        m_secrets.clear();
    }
}

void DataSourcesDialog::accept()
{
    QString error;
    if (!save(&error)) {
        m_secretStatus->setText(tr("Not saved: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace Sla::Ui
