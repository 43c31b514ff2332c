// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/contractform.h"

#include "core/document/yamlpatch.h"
#include "ui/editor/editorsession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sla::Ui {

namespace {

const QStringList kPeriods = {QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("quarter")};

QStringList specPath(std::initializer_list<QString> keys)
{
    QStringList path{QStringLiteral("spec")};
    for (const QString &k : keys)
        path << k;
    return path;
}

// A fraction as the YAML number of a percentage typed in the form (99.95 -> 0.9995).
QString fractionText(double percent)
{
    return QString::number(percent / 100.0, 'g', 10);
}

QDoubleSpinBox *percentBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, 100);
    box->setDecimals(3);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    return box;
}

} // namespace

ContractForm::ContractForm(EditorSession *session, QWidget *parent)
    : QGroupBox(tr("Contract and remediation"), parent), m_session(session), m_credits(new QListWidget(this)),
      m_below(percentBox(99.9, this)), m_credit(percentBox(10, this)), m_period(new QComboBox(this)),
      m_webhook(new QLineEdit(this)), m_runbook(new QLineEdit(this)), m_fallback(new QLineEdit(this))
{
    setObjectName(QStringLiteral("contractForm"));
    m_credits->setObjectName(QStringLiteral("credits"));
    m_credits->setMinimumHeight(70);
    m_credits->setMaximumHeight(120);
    m_credits->setToolTip(
        tr("The service credit owed (a share of the period's fee) when an objective misses its target "
           "over the contract period: the largest credit of the rows whose threshold is above the SLI"));
    m_period->addItems({tr("week"), tr("month"), tr("quarter")});
    auto *credits = new QVBoxLayout;
    auto *title = new QLabel(tr("Service cr&edits:"), this);
    title->setBuddy(m_credits);
    credits->addWidget(title);
    credits->addWidget(m_credits);
    auto *row = new QHBoxLayout;
    auto *below = new QLabel(tr("SLI below"), this);
    below->setBuddy(m_below);
    row->addWidget(below);
    row->addWidget(m_below);
    auto *owes = new QLabel(tr("owes"), this);
    owes->setBuddy(m_credit);
    row->addWidget(owes);
    row->addWidget(m_credit);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    row->addWidget(add);
    row->addWidget(remove);
    credits->addLayout(row);
    auto *period = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("Contract &period:"), this);
    periodLabel->setBuddy(m_period);
    period->addWidget(periodLabel);
    period->addWidget(m_period);
    period->addStretch(1);
    credits->addLayout(period);

    auto *remediation = new QFormLayout;
    remediation->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_webhook->setPlaceholderText(tr("https://… called by Run remediation"));
    m_runbook->setPlaceholderText(tr("https://… opened by Open runbook"));
    m_fallback->setPlaceholderText(tr("what to do when the webhook fails"));
    remediation->addRow(tr("Remediation &webhook:"), m_webhook);
    remediation->addRow(tr("Runbook:"), m_runbook);
    remediation->addRow(tr("Fallback:"), m_fallback);
    const QList<std::pair<QLineEdit *, QString>> fields = {{m_webhook, QStringLiteral("webhook")},
                                                           {m_runbook, QStringLiteral("runbook")},
                                                           {m_fallback, QStringLiteral("fallback")}};
    for (const auto &[edit, key] : fields) {
        edit->setObjectName(key);
        connect(edit, &QLineEdit::textEdited, this,
                [this, key = key](const QString &text) { editRemediation(key, text); });
    }

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(credits, 2);
    layout->addLayout(remediation, 3);
    connect(add, &QPushButton::clicked, this, [this] { addCredit(m_below->value(), m_credit->value()); });
    connect(remove, &QPushButton::clicked, this, &ContractForm::removeCredit);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_refreshing || index < 0 || m_sla.contract.isEmpty())
            return;
        patch(tr("Change the contract period"), [index](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
            return p.setValue(doc, specPath({QStringLiteral("contract"), QStringLiteral("period")}),
                              kPeriods.at(index));
        });
    });
    setEnabled(false);
}

QLineEdit *ContractForm::remediationField(const QString &key) const
{
    return findChild<QLineEdit *>(key);
}

void ContractForm::showSla(const Core::Sla &sla)
{
    m_name = sla.metadata.name;
    m_sla = sla;
    m_refreshing = true;
    setEnabled(true);
    const int selected = m_credits->currentRow();
    m_credits->clear();
    const QLocale locale;
    for (const Core::CreditTier &c : sla.contract.credits)
        m_credits->addItem(tr("SLI below %1 % owes %2 %")
                               .arg(locale.toString(c.below * 100, 'g', 8), locale.toString(c.credit * 100, 'g', 8)));
    m_credits->setCurrentRow(std::min(selected, int(m_credits->count()) - 1));
    m_period->setCurrentIndex(int(sla.contract.period));
    m_period->setEnabled(!sla.contract.isEmpty());
    const QList<std::pair<QLineEdit *, QString>> fields = {{m_webhook, sla.remediation.webhook},
                                                           {m_runbook, sla.remediation.runbook},
                                                           {m_fallback, sla.remediation.fallback}};
    for (const auto &[edit, value] : fields) {
        if (edit != m_editing && edit->text() != value)
            edit->setText(value);
    }
    m_refreshing = false;
}

bool ContractForm::patch(const QString &description,
                         const std::function<bool(Core::YamlPatcher &, const Core::DocumentKey &)> &op)
{
    if (m_name.isEmpty())
        return false;
    const Core::DocumentKey doc{QStringLiteral("SLA"), m_name};
    QString error;
    const bool ok = m_session->patch(
        doc, description, [&](Core::YamlPatcher &p) { return op(p, doc); }, &error);
    if (!ok)
        Q_EMIT editFailed(error);
    return ok;
}

void ContractForm::addCredit(double belowPercent, double creditPercent)
{
    if (belowPercent <= 0 || belowPercent >= 100) {
        Q_EMIT editFailed(tr("A credit row's threshold is an SLI above 0 % and below 100 %."));
        return;
    }
    const QString row =
        QStringLiteral("{below: %1, credit: %2}").arg(fractionText(belowPercent), fractionText(creditPercent));
    const bool none = m_sla.contract.isEmpty();
    patch(tr("Add a service credit row"), [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        // The first row brings the contract with it.
        return none
                   ? p.setValue(doc, specPath({QStringLiteral("contract")}), QStringLiteral("{credits: [%1]}").arg(row))
                   : p.appendItem(doc, specPath({QStringLiteral("contract"), QStringLiteral("credits")}), row);
    });
}

void ContractForm::removeCredit()
{
    const int index = m_credits->currentRow();
    if (index < 0) {
        Q_EMIT editFailed(tr("Select a credit row to remove."));
        return;
    }
    const bool last = m_sla.contract.credits.size() == 1;
    patch(tr("Remove a service credit row"), [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
        // A contract without credits is not valid: the last row takes the contract with it.
        return last ? p.removeKey(doc, specPath({QStringLiteral("contract")}))
                    : p.removeItem(doc, specPath({QStringLiteral("contract"), QStringLiteral("credits")}), index);
    });
}

void ContractForm::editRemediation(const QString &key, const QString &text)
{
    if (m_refreshing || m_name.isEmpty())
        return;
    m_editing = qobject_cast<QWidget *>(sender());
    const Core::Remediation &r = m_sla.remediation;
    const QString value = text.trimmed();
    const QHash<QString, QString> current = {{QStringLiteral("webhook"), r.webhook},
                                             {QStringLiteral("runbook"), r.runbook},
                                             {QStringLiteral("fallback"), r.fallback}};
    if (value.isEmpty() && current.value(key).isEmpty()) {
        m_editing = nullptr;
        return; // nothing to remove
    }
    const QString what = tr("Change the remediation %1").arg(key);
    if (!r.isEmpty() && !value.isEmpty()) {
        // One key of an existing remediation: keystrokes merge into one undo step.
        QString error;
        if (!m_session->setValue({QStringLiteral("SLA"), m_name}, specPath({QStringLiteral("remediation"), key}),
                                 Core::yamlScalar(value), what, &error))
            Q_EMIT editFailed(error);
    } else {
        const int left = int(!r.webhook.isEmpty()) + int(!r.runbook.isEmpty()) + int(!r.fallback.isEmpty());
        patch(what, [&](Core::YamlPatcher &p, const Core::DocumentKey &doc) {
            if (!value.isEmpty()) // the first field brings the remediation with it
                return p.setValue(doc, specPath({QStringLiteral("remediation")}),
                                  QStringLiteral("{%1: %2}").arg(key, Core::yamlScalar(value)));
            return left <= 1 ? p.removeKey(doc, specPath({QStringLiteral("remediation")}))
                             : p.removeKey(doc, specPath({QStringLiteral("remediation"), key}));
        });
    }
    m_editing = nullptr;
}

} // namespace Sla::Ui
