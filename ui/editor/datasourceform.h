// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form of one DataSource document: its type and the connection details that type
// uses (URL, path prefix, tenant, authentication kind and user, CA file, Datadog site,
// recorded file with a file picker, CloudWatch region, endpoint, profile and role), with
// the Data Sources dialog's field logic and inline checks (ui/settings/datasourcefields.h).
// Each change is a minimal edit of the document through the session (keystrokes in one
// field are one undo step). Secrets never go into the document: the form offers to set them
// in the Data Sources dialog, which keeps them in the system keychain.

#include "core/document/model.h"
#include "core/document/yamlpatch.h"
#include "ui/settings/datasourcefields.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sla::Ui {

class EditorSession;

class DataSourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSourceForm)

public:
    explicit DataSourceForm(EditorSession *session, QWidget *parent = nullptr);

    /// Shows the data source called `name` (empty: nothing).
    void showSource(const QString &name);
    QString sourceName() const { return m_name; }

    /// The line edit of a connection detail ("url", "pathPrefix", "tenant", "username",
    /// "caFile", "site", "file", "region", "endpoint", "profile", "roleArn") or "description".
    QLineEdit *lineEdit(const QString &key) const { return m_lines.value(key); }
    QComboBox *typeBox() const { return m_fields.type; }
    QComboBox *authBox() const { return m_fields.auth; }
    QCheckBox *alignToNowBox() const { return m_fields.alignToNow; }
    QCheckBox *insecureBox() const { return m_fields.insecure; }
    QPushButton *secretButton() const { return m_secretButton; }
    /// The inline checks of the CloudWatch fields (hidden when the field is fine).
    QLabel *regionError() const { return m_fields.regionError; }
    QLabel *endpointError() const { return m_fields.endpointError; }
    QLabel *roleArnError() const { return m_fields.roleArnError; }
    /// The validator's messages about the source (hidden when there are none).
    QLabel *problems() const { return m_problems; }

    /// Sets the recorded file (the picker's choice), relative to the document's folder when inside it.
    void setRecordedFile(const QString &path);

Q_SIGNALS:
    void editFailed(const QString &message);
    /// "Set secret…": the Data Sources dialog should open on this source.
    void secretRequested(const QString &source);

private:
    void buildFields(QFormLayout *form);
    /// Edits of `edit` change the connection detail (or spec field) `key`.
    void watchLine(const QString &key, QLineEdit *edit);
    void refresh();
    void updateVisibility();
    void updateCloudWatchErrors();
    /// Sets (or, empty, removes) connection detail `key` as one undo step (merged per field).
    void setDetail(const QString &key, const QString &yamlValue);
    void setSpecValue(const QString &key, const QString &yamlValue);
    const Core::DataSource *source() const;
    QString documentDir() const;

    EditorSession *m_session;
    QString m_name;
    bool m_refreshing = false;
    QPointer<QWidget> m_editing;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    DataSourceFields::Widgets m_fields; ///< the Data Sources dialog's connection fields
    QPushButton *m_secretButton = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Sla::Ui
