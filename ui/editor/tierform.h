// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form of one tier template: display name, description, window, at-risk level, gate,
// the minimums it imposes per indicator kind (a target at least this high, a latency or
// drift threshold at most this high), its alerts and notification targets. Like the SLA
// form, every change is a minimal edit of the document's text through the session (one
// undo step; keystrokes in one field merge), and the validator's messages about the
// document are shown under the form.

#include "core/document/model.h"
#include "core/document/yamlpatch.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace Sla::Ui {

class EditorSession;

class TierForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TierForm)

public:
    explicit TierForm(EditorSession *session, QWidget *parent = nullptr);

    /// Shows the workspace's tier template called `name` (empty: nothing).
    void showTier(const QString &name);
    QString tierName() const { return m_name; }

    /// The line edit of "displayName", "description", "rolling", "atRisk", "minEvents" or "minSamples".
    QLineEdit *lineEdit(const QString &key) const { return m_lines.value(key); }
    QComboBox *windowMode() const { return m_windowMode; }
    QComboBox *gateBox() const { return m_gate; }
    /// One row per indicator kind; columns: minimum target, maximum threshold.
    QTableWidget *minimumsTable() const { return m_minimums; }
    QListWidget *alertList() const { return m_alerts; }
    QListWidget *notifyList() const { return m_notify; }
    QComboBox *notifyKindBox() const { return m_notifyKind; }
    QLineEdit *notifyUrlEdit() const { return m_notifyUrl; }
    /// The validator's messages about the tier (hidden when there are none).
    QLabel *problems() const { return m_problems; }

    /// Sets the minimum `column` (0 target, 1 threshold) of indicator kind `row` as typed.
    void setMinimum(int row, int column, const QString &text);
    void addBurnRateAlerts();
    void removeAlert();
    void addNotify(const QString &kind, const QString &url);
    void removeNotify();

Q_SIGNALS:
    /// An edit could not be made (shown in the status line, never as a dialog).
    void editFailed(const QString &message);

private:
    QWidget *buildTierGroup();
    QWidget *buildMinimumsGroup();
    QWidget *buildListsGroup();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &key, const QString &tip);
    void refresh();
    void onLineEdited(const QString &key, const QString &text);
    void onWindowEdited();
    bool edit(const QString &description, const QString &mergeKey,
              const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op);
    const Core::TierTemplate *tier() const;

    EditorSession *m_session;
    QString m_name;
    bool m_refreshing = false;
    QPointer<QWidget> m_editing; ///< the field being typed in: a refresh leaves its text alone
    QLabel *m_title = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_windowMode = nullptr;
    QComboBox *m_gate = nullptr;
    QTableWidget *m_minimums = nullptr;
    QListWidget *m_alerts = nullptr;
    QListWidget *m_notify = nullptr;
    QComboBox *m_notifyKind = nullptr;
    QLineEdit *m_notifyUrl = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Sla::Ui
