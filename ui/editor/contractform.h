// SPDX-License-Identifier: Apache-2.0
#pragma once

// The SLA form's "Contract and remediation" group: the service-credit schedule (rows
// "SLI below X % owes Y %", the contract period) and the remediation webhook, runbook and
// fallback. Every change is one minimal edit of the SLA's YAML through the editor
// session (one undo step; keystrokes in one field merge), so the rest of the file and its
// comments stay as they are.

#include "core/document/model.h"
#include "core/document/yamlpatch.h"

#include <QGroupBox>
#include <QPointer>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;

namespace Sla::Ui {

class EditorSession;

class ContractForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractForm)

public:
    ContractForm(EditorSession *session, QWidget *parent = nullptr);

    /// Shows the contract and remediation of `sla` (its name is the document edited).
    void showSla(const Core::Sla &sla);

    /// Adds the credit row "SLI below `belowPercent` % owes `creditPercent` %".
    void addCredit(double belowPercent, double creditPercent);
    /// Removes the selected credit row (the whole contract with its last row).
    void removeCredit();

    // For tests.
    QListWidget *creditList() const { return m_credits; }
    QDoubleSpinBox *belowBox() const { return m_below; }
    QDoubleSpinBox *creditBox() const { return m_credit; }
    QComboBox *periodBox() const { return m_period; }
    QLineEdit *remediationField(const QString &key) const;

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    void editRemediation(const QString &key, const QString &text);
    bool patch(const QString &description,
               const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op);

    EditorSession *m_session;
    QString m_name;
    Core::Sla m_sla;
    bool m_refreshing = false;
    QPointer<QWidget> m_editing;
    QListWidget *m_credits;
    QDoubleSpinBox *m_below;
    QDoubleSpinBox *m_credit;
    QComboBox *m_period;
    QLineEdit *m_webhook;
    QLineEdit *m_runbook;
    QLineEdit *m_fallback;
};

} // namespace Sla::Ui
