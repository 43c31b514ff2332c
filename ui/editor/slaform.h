// SPDX-License-Identifier: Apache-2.0
#pragma once

// The form of one SLA: every field edits the document's text through the session (one
// undo step per field, keystrokes merged), and every refresh reads the model back, so the
// form, the YAML tab and the saved file never disagree. Values the SLA inherits from its
// tier are shown as inherited, overrides are highlighted, and a target or threshold looser
// than the tier's minimum is flagged beside the field with the validator's message.

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
class QPushButton;

namespace Sla::Ui {

class ContractForm;
class EditorSession;
class MetricCompleter;
class ObjectivePreview;

class SlaForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaForm)

public:
    explicit SlaForm(EditorSession *session, QWidget *parent = nullptr);

    /// Shows the SLA called `name` (empty: nothing).
    void showSla(const QString &name);
    QString slaName() const { return m_name; }
    /// Selects the field whose value was read at `where` (a diagnostic's place).
    bool focusLocation(const Core::SourceLocation &where);

    /// The line edit of a field: "displayName", "service", "owner", "rolling", "target",
    /// "threshold", or an indicator field such as "ratio.good".
    QLineEdit *lineEdit(const QString &key) const;
    QComboBox *tierBox() const { return m_tier; }
    QComboBox *windowMode() const { return m_windowMode; }
    QComboBox *timeZoneBox() const { return m_timeZone; }
    QComboBox *kindBox() const { return m_kind; }
    QListWidget *objectiveList() const { return m_objectives; }
    QListWidget *alertList() const { return m_alerts; }
    QListWidget *notifyList() const { return m_notify; }
    QListWidget *correctionList() const { return m_corrections; }
    /// The inheritance note of the window and the tier check of the target.
    QLabel *windowNote() const { return m_windowNote; }
    QLabel *targetNote() const { return m_targetNote; }
    /// The live preview of the selected objective.
    ObjectivePreview *preview() const { return m_preview; }
    /// Metric and label completion of the selector fields.
    MetricCompleter *completer() const { return m_completer; }
    /// Contract credits and remediation.
    ContractForm *contractForm() const { return m_contract; }
    void selectObjective(int index);
    void addObjective(int kind);
    void removeObjective();
    void addBurnRateAlerts();
    void addThresholdAlert();
    void removeAlert();
    void addNotify(const QString &kind, const QString &url);
    void removeNotify();
    void addWeeklyMaintenance();

Q_SIGNALS:
    /// An edit could not be made (shown in the status line, never as a dialog).
    void editFailed(const QString &message);

private:
    QWidget *buildSlaGroup();
    QWidget *buildWindowGroup();
    QWidget *buildObjectiveGroup();
    QWidget *buildListsGroup();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &key);
    void refresh();
    void refreshSla(const Core::Sla &sla, const Core::TierTemplate *tier);
    void refreshWindow(const Core::Sla &sla, const Core::TierTemplate *tier);
    void refreshObjective(const Core::Sla &sla, const Core::TierTemplate *tier);
    void refreshIndicatorFields(const Core::Sla &sla);
    void refreshLists(const Core::Sla &sla, const Core::TierTemplate *tier);
    void setField(QLineEdit *edit, const QString &value);
    void edit(QWidget *origin, const QStringList &path, const QString &value, const QString &what);
    void onWindowEdited(QWidget *origin);
    QString uniqueObjectiveName(const QString &base) const;
    /// A structural edit of the shown SLA as one undo step; reports a failure.
    bool structural(const QString &description,
                    const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op);
    void onKindChanged(int index);
    const Core::Sla *sla() const;
    const Core::TierTemplate *tier() const;
    QStringList objectivePath(const QString &field) const;

    EditorSession *m_session;
    QList<Core::TierTemplate> m_builtIns;
    QString m_name;
    int m_objective = -1;
    bool m_refreshing = false;
    QPointer<QWidget> m_editing; ///< the widget whose edit is being applied
    QHash<QString, QLineEdit *> m_lines;
    QComboBox *m_tier = nullptr;
    QComboBox *m_dataSource = nullptr;
    QComboBox *m_windowMode = nullptr;
    QComboBox *m_calendar = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLabel *m_windowNote = nullptr;
    QLabel *m_title = nullptr;
    QListWidget *m_objectives = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_targetNote = nullptr;
    QLabel *m_thresholdNote = nullptr;
    QFormLayout *m_indicatorForm = nullptr;
    QWidget *m_objectiveDetail = nullptr;
    ObjectivePreview *m_preview = nullptr;
    MetricCompleter *m_completer = nullptr;
    QListWidget *m_alerts = nullptr;
    QListWidget *m_notify = nullptr;
    QListWidget *m_corrections = nullptr;
    ContractForm *m_contract = nullptr;
};

} // namespace Sla::Ui
