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
#include <QVBoxLayout>

namespace Sla::Ui {

using Core::DataSourceType;

DataSourceForm::DataSourceForm(EditorSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("dataSourceForm"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_title = new QLabel(content);
    FormSupport::makeTitle(m_title);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildFields(m_form);
    layout->addLayout(m_form);
    m_problems = FormSupport::problemsLabel(content);
    layout->addWidget(m_problems);
    layout->addStretch(1);
    FormSupport::scrollContent(this, content);
    connect(m_session, &EditorSession::changed, this, [this] {
        if (!m_name.isEmpty())
            refresh();
    });
    setEnabled(false);
}

void DataSourceForm::buildFields(QFormLayout *form)
{
    // The Data Sources dialog's connection fields; the secret is the dialog's business.
    m_fields.build(this, form, [this, form](DataSourceFields::Widgets::Slot slot) {
        if (slot != DataSourceFields::Widgets::Slot::AfterUsername)
            return;
        m_secretButton = new QPushButton(tr("Set secret in Data Sou&rces…"), this);
        m_secretButton->setObjectName(QStringLiteral("setSecret"));
        m_secretButton->setToolTip(tr("Secrets are kept in the system keychain, never in the workspace files"));
        form->addRow(tr("Secret:"), m_secretButton);
    });
    // "&File" is the editor's Form tab (and the File menu).
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_fields.fileRow)))
        label->setText(tr("Fi&le:"));
    const QList<std::pair<QString, QLineEdit *>> lines = {
        {QStringLiteral("url"), m_fields.url},           {QStringLiteral("pathPrefix"), m_fields.prefix},
        {QStringLiteral("tenant"), m_fields.tenant},     {QStringLiteral("username"), m_fields.username},
        {QStringLiteral("caFile"), m_fields.caFile},     {QStringLiteral("site"), m_fields.site},
        {QStringLiteral("file"), m_fields.file},         {QStringLiteral("region"), m_fields.region},
        {QStringLiteral("endpoint"), m_fields.endpoint}, {QStringLiteral("profile"), m_fields.profile},
        {QStringLiteral("roleArn"), m_fields.roleArn}};
    for (const auto &[key, edit] : lines)
        watchLine(key, edit);
    auto *description = new QLineEdit(this);
    form->addRow(tr("Descriptio&n:"), description);
    watchLine(QStringLiteral("description"), description);
    connect(m_fields.type, &QComboBox::activated, this, [this] {
        const auto type = DataSourceType(m_fields.type->currentData().toInt());
        if (type != DataSourceType::Other)
            setSpecValue(QStringLiteral("type"), Core::toString(type));
    });
    connect(m_fields.auth, &QComboBox::activated, this, [this] {
        const auto auth = Core::AuthType(m_fields.auth->currentData().toInt());
        setDetail(QStringLiteral("auth"), auth == Core::AuthType::None ? QString() : Core::toString(auth));
    });
    for (QCheckBox *box : {m_fields.insecure, m_fields.alignToNow}) {
        const QString key =
            box == m_fields.insecure ? QStringLiteral("insecureSkipVerify") : QStringLiteral("alignToNow");
        connect(box, &QCheckBox::clicked, this,
                [this, key](bool on) { setDetail(key, on ? QStringLiteral("true") : QString()); });
    }
    connect(m_secretButton, &QPushButton::clicked, this, [this] { Q_EMIT secretRequested(m_name); });
    connect(m_fields.browseCa, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("CA Certificate"), documentDir(),
                                                       tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            setDetail(QStringLiteral("caFile"), Core::yamlScalar(f));
    });
    connect(m_fields.browseFile, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Recorded File"), documentDir(), tr("OpenMetrics files (*.om *.om.gz *.txt *.gz);;All files (*)"));
        if (!f.isEmpty())
            setRecordedFile(f);
    });
    for (QLineEdit *e : {m_fields.region, m_fields.endpoint, m_fields.roleArn})
        connect(e, &QLineEdit::textChanged, this, &DataSourceForm::updateCloudWatchErrors);
}

void DataSourceForm::watchLine(const QString &key, QLineEdit *edit)
{
    edit->setObjectName(key);
    m_lines.insert(key, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key, edit](const QString &text) {
        m_editing = edit;
        const QString value = text.trimmed();
        if (key == QLatin1String("description"))
            setSpecValue(key, value.isEmpty() ? QString() : Core::yamlScalar(value));
        else
            setDetail(key, value.isEmpty() ? QString() : Core::yamlScalar(value));
        m_editing = nullptr;
    });
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
    // The field being typed in keeps its cursor: load() leaves a text that is the same.
    m_fields.load(ds);
    QLineEdit *description = m_lines.value(QStringLiteral("description"));
    if (description != m_editing && description->text() != ds.description)
        description->setText(ds.description);
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
    const DataSourceFields::Visible v = DataSourceFields::visibleFields(
        DataSourceType(m_fields.type->currentData().toInt()), Core::AuthType(m_fields.auth->currentData().toInt()));
    m_fields.setVisible(v);
    m_form->setRowVisible(m_secretButton, v.secret || v.cloudWatch);
    updateCloudWatchErrors();
}

void DataSourceForm::updateCloudWatchErrors()
{
    const bool cw = DataSourceType(m_fields.type->currentData().toInt()) == DataSourceType::CloudWatch;
    m_fields.showProblems(cw ? m_fields.problems() : DataSourceFields::CloudWatchProblems());
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
