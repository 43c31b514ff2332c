// SPDX-License-Identifier: Apache-2.0
#include "datasourcesdialog.h"

#include "core/document/yamlwriter.h"
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
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Sla::Ui {

using Core::AuthType;
using Core::DataSource;
using Core::DataSourceType;

namespace {
constexpr int CaFileRow = 9; // the form row of the CA file and its Browse button
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
    return caRow;
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
    if (QLabel *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(dd ? tr("API &key:") : auth == AuthType::Basic ? tr("Pass&word:") : tr("&Token:"));
    m_test->setEnabled(m_current >= 0);
}

void DataSourcesDialog::loadForm(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_sources.size();
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_url),
          static_cast<QWidget *>(m_prefix), static_cast<QWidget *>(m_tenant), static_cast<QWidget *>(m_auth),
          static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_secret), static_cast<QWidget *>(m_appKey),
          static_cast<QWidget *>(m_caFile), static_cast<QWidget *>(m_insecure), static_cast<QWidget *>(m_site),
          static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_alignToNow)})
        w->setEnabled(valid);
    const DataSource ds = valid ? m_sources.at(row) : DataSource();
    m_name->setText(ds.metadata.name);
    const int typeIndex = m_type->findData(int(ds.type));
    m_type->setCurrentIndex(typeIndex >= 0 ? typeIndex : 0);
    m_url->setText(ds.url);
    m_prefix->setText(ds.pathPrefix);
    m_tenant->setText(ds.tenant);
    m_auth->setCurrentIndex(m_auth->findData(int(ds.auth)));
    m_username->setText(ds.username);
    const QStringList entered = m_secrets.value(ds.metadata.name).split(QLatin1Char('\n'));
    m_secret->setText(valid && m_secrets.contains(ds.metadata.name) ? entered.value(0) : QString());
    m_appKey->setText(valid && m_secrets.contains(ds.metadata.name) ? entered.value(1) : QString());
    m_caFile->setText(ds.caFile);
    m_insecure->setChecked(ds.insecureSkipVerify);
    m_site->setText(ds.site);
    m_file->setText(ds.file);
    m_alignToNow->setChecked(ds.alignToNow);
    // Only a source that was read from the workspace can have a secret in the keychain.
    const bool saved = valid && std::any_of(m_original.dataSources.cbegin(), m_original.dataSources.cend(),
                                            [&](const DataSource &o) { return o.metadata.name == ds.metadata.name; });
    const QString placeholder = saved ? tr("unchanged (kept in the system keychain)") : tr("not set");
    m_secret->setPlaceholderText(placeholder);
    m_appKey->setPlaceholderText(placeholder);
    forgetTestResult();
    updateVisibility();
}

void DataSourcesDialog::storeForm()
{
    if (m_current < 0 || m_current >= m_sources.size())
        return;
    DataSource &ds = m_sources[m_current];
    const QString oldName = ds.metadata.name;
    ds.metadata.name = m_name->text().trimmed();
    ds.type = DataSourceType(m_type->currentData().toInt());
    ds.typeName = Core::toString(ds.type);
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
    // Fields of the other types are not written for this one.
    if (ds.type != DataSourceType::Prometheus) {
        ds.pathPrefix.clear();
        ds.tenant.clear();
        ds.caFile.clear();
        ds.insecureSkipVerify = false;
    }
    if (ds.type == DataSourceType::Recorded)
        ds.url.clear();
    else {
        ds.file.clear();
        ds.alignToNow = false;
    }
    if (ds.type != DataSourceType::Datadog)
        ds.site.clear();

    m_secrets.remove(oldName);
    QString secret = m_secret->text();
    if (ds.type == DataSourceType::Datadog && !(secret.isEmpty() && m_appKey->text().isEmpty()))
        secret += QLatin1Char('\n') + m_appKey->text(); // CredentialStore::parse splits the two lines
    if (!secret.isEmpty())
        m_secrets.insert(ds.metadata.name, secret);
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(ds.metadata.name);
}

void DataSourcesDialog::watchConnectionFields()
{
    for (QLineEdit *e : {m_url, m_prefix, m_tenant, m_username, m_secret, m_appKey, m_caFile, m_site, m_file})
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
    // saveDocuments() writes the documents anew: YAML comments of the files it rewrites are not kept.
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
        tr("Saving rewrites these files without their comment lines: %1").arg(names.join(QStringLiteral(", "))));
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
    m_testResult->setText(tr("Testing…"));
    m_test->setEnabled(false);
    if (ds.type == DataSourceType::Recorded) {
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
        return;
    }
    if (ds.type != DataSourceType::Prometheus && ds.type != DataSourceType::Datadog) {
        m_testResult->setText(tr("SLA Desk cannot query %1 data sources.").arg(ds.typeName));
        m_test->setEnabled(true);
        return;
    }
    const bool needsSecret = ds.type == DataSourceType::Datadog || ds.auth != AuthType::None;
    if (!needsSecret || m_secrets.contains(ds.metadata.name)) {
        runTest(ds, m_secrets.value(ds.metadata.name));
        return;
    }
    // The secret was not typed in: use the stored one (environment first, then the keychain).
    if (const auto env = Core::CredentialStore::fromEnvironment(ds.metadata.name, ds.type)) {
        runTest(ds, ds.type == DataSourceType::Datadog ? env->apiKey + QLatin1Char('\n') + env->appKey : env->secret);
        return;
    }
    if (!m_store) {
        runTest(ds, QString());
        return;
    }
    const quint64 generation = m_testGeneration;
    m_store->read(workspaceDir(), ds.metadata.name).then(this, [this, ds, generation](const Core::CredentialResult &r) {
        if (generation == m_testGeneration) // not edited meanwhile
            runTest(ds, r.ok() ? r.secret : QString());
    });
}

void DataSourcesDialog::runTest(const DataSource &source, const QString &secret)
{
    if (source.type != DataSourceType::Prometheus && source.type != DataSourceType::Datadog) {
        m_test->setEnabled(true);
        return;
    }
    if (m_probe) {
        m_probe->cancelAll();
        m_probe->deleteLater();
    }
    DataSource ds = source;
    if (!ds.caFile.isEmpty())
        ds.caFile = QDir(workspaceDir()).absoluteFilePath(ds.caFile);
    Core::MetricSource *probe = nullptr;
    if (ds.type == DataSourceType::Datadog) {
        // Datadog keys are two lines: the API key, then the application key.
        const Core::SourceSecret keys = Core::CredentialStore::parse(secret, DataSourceType::Datadog);
        Core::DatadogSource::Options options;
        options.maxRetries = 0;
        options.transferTimeout = std::chrono::milliseconds(10000);
        probe = new Core::DatadogSource(ds, keys.apiKey, keys.appKey, options, this);
    } else {
        Core::PrometheusSource::Options options;
        options.maxRetries = 0;
        options.transferTimeout = std::chrono::milliseconds(10000);
        probe = new Core::PrometheusSource(ds, secret, options, this);
    }
    m_probe = probe;
    probe->checkHealth().then(this, [this, probe](const Core::SourceHealth &h) {
        if (m_probe != probe)
            return; // a newer test runs
        m_test->setEnabled(true);
        if (h.state == Core::SourceHealth::State::Ok)
            m_testResult->setText(tr("OK: %1").arg(h.message.isEmpty() ? tr("the server answers") : h.message));
        else
            m_testResult->setText(tr("Failed (%1): %2").arg(Core::toString(h.state), h.message));
        Q_EMIT testFinished(h);
        probe->deleteLater();
    });
}

bool DataSourcesDialog::save(QString *error)
{
    storeForm();
    if (!checkNames(error) || !writeFiles(error))
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
    QSet<QString> files;
    for (const DataSource &ds : std::as_const(m_original.dataSources))
        files.insert(fileOf(ds.origin).isEmpty() ? defaultFile : fileOf(ds.origin));
    for (const DataSource &ds : std::as_const(m_sources))
        files.insert(fileOf(ds.origin).isEmpty() ? defaultFile : fileOf(ds.origin));

    // Every file that holds a data source is written again with all of its documents, so
    // the other documents of a one-file workspace survive.
    for (const QString &file : std::as_const(files)) {
        Core::Workspace w;
        for (const DataSource &ds : std::as_const(m_sources)) {
            if ((fileOf(ds.origin).isEmpty() ? defaultFile : fileOf(ds.origin)) == file)
                w.dataSources << ds;
        }
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
