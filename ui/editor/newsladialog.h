// SPDX-License-Identifier: Apache-2.0
#pragma once

// The New SLA wizard: one page with the few answers that matter (an example to start
// from, service, tier, data source, which SLIs); makeSla() fills in the rest from the tier.

#include "ui/editor/slatemplates.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Sla::Ui {

class NewSlaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewSlaDialog)

public:
    /// `tiers` and `dataSources` are the names to offer.
    NewSlaDialog(const QStringList &tiers, const QStringList &dataSources, QWidget *parent = nullptr);

    NewSlaRequest request() const;
    /// Fills the fields from built-in example `index` of slaExamples() followed by
    /// platformTemplates() (-1: blank); a platform template disables the SLI choices.
    void useExample(int index);

    QComboBox *exampleBox() const { return m_example; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *serviceEdit() const { return m_service; }
    QComboBox *tierBox() const { return m_tier; }

private:
    QComboBox *m_example;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QLineEdit *m_service;
    QLineEdit *m_owner;
    QComboBox *m_tier;
    QComboBox *m_dataSource;
    QList<QCheckBox *> m_slis;
};

} // namespace Sla::Ui
