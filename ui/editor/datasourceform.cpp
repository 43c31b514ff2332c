// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/datasourceform.h"

#include "core/document/yamlpatch.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/formsupport.h"
#include "ui/settings/datasourcefields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Sla::Ui {

using Core::DataSourceType;

DataSourceForm::DataSourceForm(EditorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dataSourceForm"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildFields(m_form);
    buildCloudWatchFields(m_form);
    layout->addLayout(m_form);
    m_problems = FormSupport::problemsLabel(content);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_session, &EditorSession::changed, this, [this] {
        if (!m_name.isEmpty())
            refresh();
    });
    setEnabled(false);
}

QLineEdit *DataSourceForm::addLine(QFormLayout *form, const QString &label, const QString &key,
                                   const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(key, edit);
    if (!label.isEmpty())
        form->addRow(label, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key, edit](const QString &text) {
        m_editing = edit;
        const QString value = text.trimmed();
        if (key == QLatin1String("description"))
            setSpecValue(key, value.isEmpty() ? QString() : Core::yamlScalar(value));
        else
            setDetail(key, value.isEmpty() ? QString() : Core::yamlScalar(value));
        m_editing = nullptr;
    });
    return edit;
}

QWidget *DataSourceForm::withButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(button);
    return row;
}

void DataSourceForm::buildFields(QFormLayout *form)
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    DataSourceFields::fillTypeBox(m_type);
    form->addRow(tr("&Type:"), m_type);
    addLine(form, tr("&URL:"), QStringLiteral("url"), QStringLiteral("https://prometheus.example.com"));
    addLine(form, tr("&Path prefix:"), QStringLiteral("pathPrefix"), tr("e.g. /prometheus for Mimir"));
    addLine(form, tr("T&enant:"), QStringLiteral("tenant"), tr("sent as X-Scope-OrgID"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    DataSourceFields::fillAuthBox(m_auth);
    form->addRow(tr("&Authentication:"), m_auth);
    addLine(form, tr("User na&me:"), QStringLiteral("username"));
    m_secretButton = new QPushButton(tr("Set &secret in Data Sources…"), this);
    m_secretButton->setObjectName(QStringLiteral("setSecret"));
    m_secretButton->setToolTip(tr("Secrets are kept in the system keychain, never in the workspace files"));
    form->addRow(tr("Secret:"), m_secretButton);
    QLineEdit *ca = addLine(form, {}, QStringLiteral("caFile"));
    auto *browseCa = new QPushButton(tr("Bro&wse…"), this); // after its field, in the tab order
    m_caRow = withButton(ca, browseCa);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(ca);
    form->addRow(caLabel, m_caRow);
    m_insecure = new QCheckBox(tr("Skip TLS certificate verification (i&nsecure)"), this);
    form->addRow(QString(), m_insecure);
    addLine(form, tr("Datadog s&ite:"), QStringLiteral("site"), QStringLiteral("datadoghq.eu"));
    QLineEdit *file =
        addLine(form, {}, QStringLiteral("file"), tr("relative to the workspace, e.g. data/recording.om.gz"));
    auto *browseFile = new QPushButton(tr("B&rowse…"), this);
    m_fileRow = withButton(file, browseFile);
    auto *fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(file);
    form->addRow(fileLabel, m_fileRow);
    m_alignToNow = new QCheckBox(tr("Shift the recording so that its last sample is &now"), this);
    form->addRow(QString(), m_alignToNow);
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = DataSourceType(m_type->currentData().toInt());
        if (type != DataSourceType::Other)
            setSpecValue(QStringLiteral("type"), Core::toString(type));
    });
    connect(m_auth, &QComboBox::activated, this, [this] {
        const auto auth = Core::AuthType(m_auth->currentData().toInt());
        setDetail(QStringLiteral("auth"), auth == Core::AuthType::None ? QString() : Core::toString(auth));
    });
    for (QCheckBox *box : {m_insecure, m_alignToNow}) {
        const QString key = box == m_insecure ? QStringLiteral("insecureSkipVerify") : QStringLiteral("alignToNow");
        connect(box, &QCheckBox::clicked, this,
                [this, key](bool on) { setDetail(key, on ? QStringLiteral("true") : QString()); });
    }
    connect(m_secretButton, &QPushButton::clicked, this, [this] { Q_EMIT secretRequested(m_name); });
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA Certificate"), documentDir(),
                                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            setDetail(QStringLiteral("caFile"), Core::yamlScalar(f));
    });
    connect(browseFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Recorded File"), documentDir(), tr("OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)"));
        if (!f.isEmpty())
            setRecordedFile(f);
    });
}

void DataSourceForm::buildCloudWatchFields(QFormLayout *form)
{
    addLine(form, tr("Re&gion:"), QStringLiteral("region"), tr("required, e.g. eu-west-1"));
    m_regionError = DataSourceFields::errorLabel(this);
    m_regionError->setObjectName(QStringLiteral("regionError"));
    form->addRow(QString(), m_regionError);
    addLine(form, tr("Endpo&int:"), QStringLiteral("endpoint"),
            tr("optional; default https://monitoring.REGION.amazonaws.com"));
    m_endpointError = DataSourceFields::errorLabel(this);
    m_endpointError->setObjectName(QStringLiteral("endpointError"));
    form->addRow(QString(), m_endpointError);
    addLine(form, tr("P&rofile:"), QStringLiteral("profile"), tr("optional: a profile of ~/.aws/credentials"));
    addLine(form, tr("Ro&le ARN:"), QStringLiteral("roleArn"),
            QStringLiteral("arn:aws:iam::123456789012:role/sla-reader"));
    m_roleArnError = DataSourceFields::errorLabel(this);
    m_roleArnError->setObjectName(QStringLiteral("roleArnError"));
    form->addRow(QString(), m_roleArnError);
    m_otherDetails = new QLabel(this);
    m_otherDetails->setWordWrap(true);
    m_otherDetails->setTextFormat(Qt::PlainText);
    form->addRow(tr("Connection details:"), m_otherDetails);
    addLine(form, tr("Descripti&on:"), QStringLiteral("description"));
    for (const char *key : {"region", "endpoint", "roleArn"})
        connect(m_lines.value(QLatin1String(key)), &QLineEdit::textChanged, this,
                &DataSourceForm::updateCloudWatchErrors);
}

const Core::DataSource *DataSourceForm::source() const
{
    return m_name.isEmpty() ? nullptr : m_session->result().workspace.findDataSource(m_name);
}

QString DataSourceForm::documentDir() const
{
    const Core::DataSource *ds = source();
    return ds ? QFileInfo(ds->origin.self.file).absolutePath() : QString();
}

void DataSourceForm::showSource(const QString &name)
{
    m_name = name;
    setEnabled(source() != nullptr);
    refresh();
}

void DataSourceForm::refresh()
{
    const Core::DataSource *found = source();
    const Core::DataSource ds = found ? *found : Core::DataSource();
    m_refreshing = true;
    m_title->setText(found ? tr("Data source %1").arg(m_name) : QString());
    m_type->setItemText(m_type->count() - 1,
                        DataSourceFields::otherTypeText(ds.type == DataSourceType::Other ? ds.typeName : QString()));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(ds.type))));
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(ds.auth))));
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("url"), ds.url},           {QStringLiteral("pathPrefix"), ds.pathPrefix},
        {QStringLiteral("tenant"), ds.tenant},     {QStringLiteral("username"), ds.username},
        {QStringLiteral("caFile"), ds.caFile},     {QStringLiteral("site"), ds.site},
        {QStringLiteral("file"), ds.file},         {QStringLiteral("region"), ds.region},
        {QStringLiteral("endpoint"), ds.endpoint}, {QStringLiteral("profile"), ds.profile},
        {QStringLiteral("roleArn"), ds.roleArn},   {QStringLiteral("description"), ds.description}};
    for (const auto &[key, value] : values) {
        QLineEdit *e = m_lines.value(key);
        if (e != m_editing && e->text() != value)
            e->setText(value);
    }
    m_insecure->setChecked(ds.insecureSkipVerify);
    m_alignToNow->setChecked(ds.alignToNow);
    QStringList details;
    for (auto it = ds.otherDetails.cbegin(); it != ds.otherDetails.cend(); ++it)
        details << it.key() + QStringLiteral(": ") + it.value();
    m_otherDetails->setText(details.isEmpty() ? tr("(none)") : details.join(u'\n'));
    // A type SLA Desk does not query is kept as it is: edited in the YAML tab only.
    const bool editable = found && ds.type != DataSourceType::Other;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w) ||
            qobject_cast<QPushButton *>(w))
            w->setEnabled(editable);
    }
    FormSupport::showProblems(m_problems,
                              found ? FormSupport::documentDiagnostics(m_session->result(), found->origin.self)
                                    : Core::Diagnostics());
    updateVisibility();
    m_refreshing = false;
}

void DataSourceForm::updateVisibility()
{
    const auto type = DataSourceType(m_type->currentData().toInt());
    const DataSourceFields::Visible v =
        DataSourceFields::visibleFields(type, Core::AuthType(m_auth->currentData().toInt()));
    m_form->setRowVisible(m_lines.value(QStringLiteral("url")), v.url);
    m_form->setRowVisible(m_lines.value(QStringLiteral("pathPrefix")), v.prefix);
    m_form->setRowVisible(m_lines.value(QStringLiteral("tenant")), v.tenant);
    m_form->setRowVisible(m_auth, v.auth);
    m_form->setRowVisible(m_lines.value(QStringLiteral("username")), v.username);
    m_form->setRowVisible(m_secretButton, v.secret || v.cloudWatch);
    m_form->setRowVisible(m_caRow, v.caFile);
    m_form->setRowVisible(m_insecure, v.caFile);
    m_form->setRowVisible(m_lines.value(QStringLiteral("site")), v.site);
    m_form->setRowVisible(m_fileRow, v.file);
    m_form->setRowVisible(m_alignToNow, v.file);
    for (const char *key : {"region", "endpoint", "profile", "roleArn"})
        m_form->setRowVisible(m_lines.value(QLatin1String(key)), v.cloudWatch);
    m_form->setRowVisible(m_otherDetails, v.other);
    updateCloudWatchErrors();
}

void DataSourceForm::updateCloudWatchErrors()
{
    const bool cw = DataSourceType(m_type->currentData().toInt()) == DataSourceType::CloudWatch;
    const DataSourceFields::CloudWatchProblems p =
        cw ? DataSourceFields::cloudWatchProblems(m_lines.value(QStringLiteral("region"))->text().trimmed(),
                                                  m_lines.value(QStringLiteral("endpoint"))->text().trimmed(),
                                                  m_lines.value(QStringLiteral("roleArn"))->text().trimmed())
           : DataSourceFields::CloudWatchProblems();
    const QList<std::pair<QLabel *, QString>> rows = {
        {m_regionError, p.region}, {m_endpointError, p.endpoint}, {m_roleArnError, p.roleArn}};
    for (const auto &[label, text] : rows) {
        label->setText(text);
        m_form->setRowVisible(label, !text.isEmpty());
    }
}

void DataSourceForm::setSpecValue(const QString &key, const QString &yamlValue)
{
    if (m_refreshing || !source())
        return;
    const Core::DocumentKey doc{QStringLiteral("DataSource"), m_name};
    QString error;
    if (!FormSupport::editDocument(
            m_session, doc, tr("Change the data source's %1").arg(key), QStringLiteral("source:%1:%2").arg(m_name, key),
            [&](Core::YamlPatcher &p) {
                return FormSupport::setOrRemove(p, doc, {QStringLiteral("spec"), key}, yamlValue);
            },
            &error))
        Q_EMIT editFailed(error);
}

void DataSourceForm::setDetail(const QString &key, const QString &yamlValue)
{
    if (m_refreshing || !source())
        return;
    const Core::DocumentKey doc{QStringLiteral("DataSource"), m_name};
    const QStringList path = {QStringLiteral("spec"), QStringLiteral("connectionDetails"), key};
    // connectionDetails may be a mapping (edited key by key), absent (added with this key),
    // or OpenSLO's list of one-key mappings (left to the YAML tab).
    const QByteArray text = m_session->text(m_session->fileOf(doc));
    Core::YamlPatcher asMapping(text);
    Core::YamlPatcher asList(text);
    const bool mapping = asMapping.setValue(doc, path, QStringLiteral("probe"));
    if (!mapping && asList.removeItem(doc, path.mid(0, 2), 0)) {
        Q_EMIT editFailed(tr("The connection details of %1 are a list: edit them in the YAML tab.").arg(m_name));
        refresh();
        return;
    }
    QString error;
    if (!FormSupport::editDocument(
            m_session, doc, tr("Change the data source's %1").arg(key), QStringLiteral("source:%1:%2").arg(m_name, key),
            [&](Core::YamlPatcher &p) {
                if (yamlValue.isEmpty() && !mapping)
                    return true; // nothing to remove
                return FormSupport::setOrRemove(p, doc, path, yamlValue, mapping ? -1 : 1);
            },
            &error))
        Q_EMIT editFailed(error);
}

void DataSourceForm::setRecordedFile(const QString &path)
{
    const QString dir = documentDir();
    const QString relative = QDir(dir).relativeFilePath(path);
    const QString value = dir.isEmpty() || relative.startsWith(QLatin1String("..")) ? path : relative;
    m_lines.value(QStringLiteral("file"))->setText(value);
    setDetail(QStringLiteral("file"), Core::yamlScalar(value));
}

} // namespace Sla::Ui
