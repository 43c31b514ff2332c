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
#include "ui/settings/datasourcefields.h"

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

} // namespace

DataSourcesDialog::DataSourcesDialog(const QString &workspacePath, const Core::Workspace &workspace,
                                     Core::CredentialStore *store, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_original(workspace), m_store(store),
      m_sources(workspace.dataSources)
{
    setWindowTitle(tr("Data Sources"));
    resize(760, 480);

    // Widgets are created in tab order: the list, its buttons, the form, the test row.
    QLayout *left = createSourceList();
    createFields();
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

void DataSourcesDialog::createFields()
{
    m_name = new QLineEdit(this);
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    // The connection fields are the editor's data source form's too; the secrets are the
    // dialog's own rows, created in the form's order (the tab order).
    m_fields.build(this, m_form, [this](DataSourceFields::Widgets::Slot slot) {
        if (slot == DataSourceFields::Widgets::Slot::AfterUsername) {
            m_secret = new QLineEdit(this);
            m_secret->setEchoMode(QLineEdit::Password);
            m_form->addRow(tr("&Secret:"), m_secret);
            m_appKey = new QLineEdit(this);
            m_appKey->setEchoMode(QLineEdit::Password);
            m_form->addRow(tr("Application ke&y:"), m_appKey);
            return;
        }
        m_accessKeyId = new QLineEdit(this);
        m_form->addRow(tr("Access key I&D:"), m_accessKeyId);
        m_secretAccessKey = new QLineEdit(this);
        m_secretAccessKey->setEchoMode(QLineEdit::Password);
        m_form->addRow(tr("Secret access ke&y:"), m_secretAccessKey);
        m_sessionToken = new QLineEdit(this);
        m_sessionToken->setEchoMode(QLineEdit::Password);
        m_form->addRow(tr("Se&ssion token:"), m_sessionToken);
        m_keysError = DataSourceFields::errorLabel(this);
        m_keysError->setObjectName(QStringLiteral("keysError"));
        m_form->addRow(QString(), m_keysError);
    });
    m_type = m_fields.type;
    m_url = m_fields.url;
    m_prefix = m_fields.prefix;
    m_tenant = m_fields.tenant;
    m_auth = m_fields.auth;
    m_username = m_fields.username;
    m_caFile = m_fields.caFile;
    m_insecure = m_fields.insecure;
    m_site = m_fields.site;
    m_file = m_fields.file;
    m_alignToNow = m_fields.alignToNow;
    m_region = m_fields.region;
    m_endpoint = m_fields.endpoint;
    m_profile = m_fields.profile;
    m_roleArn = m_fields.roleArn;
    m_regionError = m_fields.regionError;
    m_endpointError = m_fields.endpointError;
    m_roleArnError = m_fields.roleArnError;
    m_otherDetails = m_fields.otherDetails;
    connect(m_fields.browseCa, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA Certificate"), workspaceDir(),
                                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    connect(m_fields.browseFile, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Recorded File"), workspaceDir(),
                                         tr("OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)"));
        if (!f.isEmpty())
            m_file->setText(f.startsWith(workspaceDir() + QLatin1Char('/')) ? QDir(workspaceDir()).relativeFilePath(f)
                                                                            : f);
    });
    for (QLineEdit *e : {m_region, m_endpoint, m_roleArn, m_accessKeyId, m_secretAccessKey, m_sessionToken})
        connect(e, &QLineEdit::textChanged, this, &DataSourcesDialog::updateCloudWatchErrors);
}

QLayout *DataSourcesDialog::createDetails()
{
    m_test = new QPushButton(QIcon(QStringLiteral(":/icons/test-connection.svg")), tr("Test &connection"), this);
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
    const auto auth = AuthType(m_auth->currentData().toInt());
    const DataSourceFields::Visible v = DataSourceFields::visibleFields(type, auth);
    m_fields.setVisible(v);
    m_form->setRowVisible(m_secret, v.secret);
    m_form->setRowVisible(m_appKey, v.appKey);
    for (QWidget *w : {m_accessKeyId, m_secretAccessKey, m_sessionToken})
        m_form->setRowVisible(w, v.cloudWatch);
    const bool dd = type == DataSourceType::Datadog;
    if (QLabel *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(dd ? tr("API &key:") : auth == AuthType::Basic ? tr("Pass&word:") : tr("T&oken:"));
    m_test->setEnabled(m_current >= 0);
    updateCloudWatchErrors();
}

void DataSourcesDialog::updateCloudWatchErrors()
{
    const bool cw = m_current >= 0 && DataSourceType(m_type->currentData().toInt()) == DataSourceType::CloudWatch;
    const DataSourceFields::CloudWatchProblems p =
        cw ? m_fields.problems({m_accessKeyId->text().trimmed(), m_secretAccessKey->text().trimmed(),
                                m_sessionToken->text().trimmed()})
           : DataSourceFields::CloudWatchProblems();
    m_fields.showProblems(p);
    m_keysError->setText(p.keys);
    m_form->setRowVisible(m_keysError, !p.keys.isEmpty());
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
    m_fields.load(ds);
    const bool entered = valid && m_secrets.contains(ds.metadata.name);
    const QStringList lines = m_secrets.value(ds.metadata.name).split(QLatin1Char('\n'));
    const bool cw = ds.type == DataSourceType::CloudWatch;
    m_secret->setText(entered && !cw ? lines.value(0) : QString());
    m_appKey->setText(entered && !cw ? lines.value(1) : QString());
    m_accessKeyId->setText(entered && cw ? lines.value(0) : QString());
    m_secretAccessKey->setText(entered && cw ? lines.value(1) : QString());
    m_sessionToken->setText(entered && cw ? lines.value(2) : QString());
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
        const QString problem =
            DataSourceFields::cloudWatchProblems(ds.region, ds.endpoint, ds.roleArn,
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
        const QString problem = DataSourceFields::cloudWatchProblems(ds.region, ds.endpoint, ds.roleArn, keys).first();
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
