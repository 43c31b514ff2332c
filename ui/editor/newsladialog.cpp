// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/newsladialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Sla::Ui {

NewSlaDialog::NewSlaDialog(const QStringList &tiers, const QStringList &dataSources, QWidget *parent)
    : QDialog(parent), m_example(new QComboBox(this)), m_name(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_service(new QLineEdit(this)), m_owner(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_dataSource(new QComboBox(this))
{
    setWindowTitle(tr("New SLA"));
    auto *form = new QFormLayout(this);
    m_example->addItem(tr("Blank, from the tier"));
    for (const SlaExample &e : slaExamples())
        m_example->addItem(e.title);
    m_example->insertSeparator(m_example->count());
    // Model-serving platforms: their objectives come from the template, not the SLI boxes.
    for (const SlaExample &e : platformTemplates())
        m_example->addItem(tr("Template: %1").arg(e.title), e.request.templateResource);
    form->addRow(tr("&Start from:"), m_example);
    // Names are DNS-label-like, as everywhere in the document format.
    m_name->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9][a-z0-9-]*")), m_name));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("S&ervice:"), m_service);
    form->addRow(tr("&Owner:"), m_owner);
    m_tier->addItems(tiers);
    form->addRow(tr("&Tier:"), m_tier);
    m_dataSource->setEditable(true);
    m_dataSource->addItems(dataSources);
    form->addRow(tr("Data so&urce:"), m_dataSource);
    const QStringList slis = {tr("&Availability"), tr("&Latency"), tr("&Precision"), tr("D&rift")};
    for (const QString &s : slis) {
        auto *box = new QCheckBox(s, this);
        m_slis.append(box);
        form->addRow(m_slis.size() == 1 ? tr("SLIs:") : QString(), box);
    }
    m_slis.at(0)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, ok] { ok->setEnabled(!m_name->text().isEmpty() && !m_service->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_service, &QLineEdit::textChanged, this, update);
    connect(m_example, &QComboBox::currentIndexChanged, this, [this](int i) {
        const int builtIn = int(slaExamples().size());
        useExample(i <= builtIn ? i - 1 : i - 2); // past the separator: a platform template
    });
}

void NewSlaDialog::useExample(int index)
{
    const QList<SlaExample> examples = slaExamples() + platformTemplates();
    const bool fromTemplate = index >= slaExamples().size();
    for (QCheckBox *box : std::as_const(m_slis)) {
        box->setEnabled(!fromTemplate);
        box->setToolTip(fromTemplate ? tr("The template brings its own objectives.") : QString());
    }
    if (index < 0 || index >= examples.size())
        return;
    const NewSlaRequest &r = examples.at(index).request;
    m_name->setText(r.name);
    m_displayName->setText(r.displayName);
    m_service->setText(r.service);
    m_owner->setText(r.owner);
    if (m_tier->findText(r.tier) >= 0)
        m_tier->setCurrentText(r.tier);
    if (fromTemplate)
        return; // the SLI boxes keep their choice for a later blank SLA
    const QList<bool> on = {r.availability, r.latency, r.precision, r.drift};
    for (int i = 0; i < m_slis.size(); ++i)
        m_slis.at(i)->setChecked(on.at(i));
}

NewSlaRequest NewSlaDialog::request() const
{
    NewSlaRequest r;
    r.name = m_name->text();
    r.displayName = m_displayName->text().trimmed();
    r.service = m_service->text().trimmed();
    r.owner = m_owner->text().trimmed();
    r.tier = m_tier->currentText();
    r.dataSource = m_dataSource->currentText().trimmed();
    r.availability = m_slis.at(0)->isChecked();
    r.latency = m_slis.at(1)->isChecked();
    r.precision = m_slis.at(2)->isChecked();
    r.drift = m_slis.at(3)->isChecked();
    r.templateResource = m_example->currentData().toString();
    return r;
}

} // namespace Sla::Ui
