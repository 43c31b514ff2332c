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
    QComboBox *typeBox() const { return m_type; }
    QComboBox *authBox() const { return m_auth; }
    QCheckBox *alignToNowBox() const { return m_alignToNow; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QPushButton *secretButton() const { return m_secretButton; }
    /// The inline checks of the CloudWatch fields (hidden when the field is fine).
    QLabel *regionError() const { return m_regionError; }
    QLabel *endpointError() const { return m_endpointError; }
    QLabel *roleArnError() const { return m_roleArnError; }
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
    void buildCloudWatchFields(QFormLayout *form);
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &key, const QString &placeholder = {});
    QWidget *withButton(QLineEdit *edit, QPushButton *button);
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
    QComboBox *m_type = nullptr;
    QComboBox *m_auth = nullptr;
    QCheckBox *m_insecure = nullptr;
    QCheckBox *m_alignToNow = nullptr;
    QWidget *m_caRow = nullptr;
    QWidget *m_fileRow = nullptr;
    QLabel *m_regionError = nullptr;
    QLabel *m_endpointError = nullptr;
    QLabel *m_roleArnError = nullptr;
    QLabel *m_otherDetails = nullptr;
    QPushButton *m_secretButton = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Sla::Ui
