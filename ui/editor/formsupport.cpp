// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/formsupport.h"

#include "core/document/yamlpatch.h"
#include "core/document/yamlsupport.h"
#include "core/exchange/loader.h"
#include "ui/editor/editorsession.h"

#include <QCoreApplication>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Sla::Ui::FormSupport {

// The strings of the lists keep the SLA form's translation context, where they came from.
namespace {

QString num(double v)
{
    return Core::Yaml::formatNumber(v);
}

template <typename T> void collectStarts(const QList<T> &docs, const QString &file, QList<int> &lines)
{
    for (const T &d : docs) {
        if (d.origin.self.file == file)
            lines << d.origin.self.line;
    }
}

} // namespace

bool editDocument(EditorSession *session, const Core::DocumentKey &doc, const QString &description,
                  const QString &mergeKey, const std::function<bool(Core::YamlPatcher &)> &op, QString *error)
{
    const QString file = session->fileOf(doc);
    if (file.isEmpty()) {
        *error =
            QCoreApplication::translate("Sla::Ui::FormSupport", "No %1 '%2' in the workspace").arg(doc.kind, doc.name);
        return false;
    }
    Core::YamlPatcher patcher(session->text(file));
    if (!op(patcher)) {
        *error = patcher.error();
        return false;
    }
    if (patcher.text() != session->text(file))
        session->changeText(file, patcher.text(), description, mergeKey);
    return true;
}

bool setOrRemove(Core::YamlPatcher &p, const Core::DocumentKey &doc, const QStringList &path, const QString &value,
                 int present)
{
    if (value.isEmpty())
        return p.removeKey(doc, path);
    const int last = present < 0 ? int(path.size()) - 1 : std::clamp(present, 1, int(path.size()) - 1);
    QString v = value;
    for (int i = int(path.size()) - 1; i > last; --i)
        v = QStringLiteral("{%1: %2}").arg(path.at(i), v);
    return p.setValue(doc, path.mid(0, last + 1), v);
}

QString numberOrScalar(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok ? text : Core::yamlScalar(text);
}

QString alertText(const Core::AlertRule &a)
{
    using K = Core::AlertRule::Kind;
    const QString severity = Core::toString(a.severity);
    switch (a.kind) {
    case K::BurnRate:
        return a.burnRateDefault ? QCoreApplication::translate("Sla::Ui::SlaForm", "burn rate: SRE workbook defaults")
                                 : QCoreApplication::translate("Sla::Ui::SlaForm", "burn rate: %n window pair(s)",
                                                               nullptr, int(a.burnRates.size()));
    case K::Threshold:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "%1: %2 %3 %4 for %5 (%6)")
            .arg(a.name, a.objective,
                 a.below ? QCoreApplication::translate("Sla::Ui::SlaForm", "below")
                         : QCoreApplication::translate("Sla::Ui::SlaForm", "above"),
                 num(a.below.value_or(a.above.value_or(0))),
                 a.forDuration ? a.forDuration->toString() : QStringLiteral("0s"), severity);
    case K::BudgetLow:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "%1: budget below %2 (%3)")
            .arg(a.name, num(a.budgetBelow), severity);
    case K::NoData:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "%1: no data for %2 (%3)")
            .arg(a.name, a.noData.toString(), severity);
    case K::Drift:
        return a.driftAbove ? QCoreApplication::translate("Sla::Ui::SlaForm", "%1: drift score above %2 (%3)")
                                  .arg(a.name, num(*a.driftAbove), severity)
                            : QCoreApplication::translate("Sla::Ui::SlaForm",
                                                          "%1: drift score above the objective's threshold (%2)")
                                  .arg(a.name, severity);
    case K::PeriodBudget:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "%1: over %2 of the period's budget consumed (%3)")
            .arg(a.name, num(a.consumedAbove), severity);
    }
    return {};
}

QString notifyText(const Core::NotifyTarget &n)
{
    switch (n.kind) {
    case Core::NotifyTarget::Kind::Desktop:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "desktop");
    case Core::NotifyTarget::Kind::Alertmanager:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "Alertmanager %1").arg(n.url);
    case Core::NotifyTarget::Kind::Webhook:
        return QCoreApplication::translate("Sla::Ui::SlaForm", "webhook %1").arg(n.url);
    }
    return {};
}

void addInherited(QListWidget *list, const QString &text, const QString &tier)
{
    auto *item = new QListWidgetItem(
        QCoreApplication::translate("Sla::Ui::SlaForm", "%1 — inherited from %2").arg(text, tier), list);
    QFont f = item->font();
    f.setItalic(true);
    item->setFont(f);
    item->setForeground(Qt::gray);
    item->setData(Qt::UserRole, -1);
}

QStringList notifyKinds()
{
    return {QStringLiteral("desktop"), QStringLiteral("alertmanager"), QStringLiteral("webhook")};
}

QString notifyItem(const QString &kind, const QString &url, QString *error)
{
    if (kind != QLatin1String("desktop") && url.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Sla::Ui::SlaForm", "Enter the URL of the %1 target.").arg(kind);
        return {};
    }
    return kind == QLatin1String("desktop") ? kind : kind + QStringLiteral(": ") + Core::yamlScalar(url.trimmed());
}

QString burnRateDefaultItem()
{
    return QStringLiteral("burnRate: default");
}

Core::Diagnostics documentDiagnostics(const Core::LoadResult &result, const Core::SourceLocation &self)
{
    const Core::Workspace &ws = result.workspace;
    QList<int> starts;
    collectStarts(ws.slas, self.file, starts);
    collectStarts(ws.tiers, self.file, starts);
    collectStarts(ws.dataSources, self.file, starts);
    collectStarts(ws.services, self.file, starts);
    collectStarts(ws.corrections, self.file, starts);
    collectStarts(ws.annotations, self.file, starts);
    int end = std::numeric_limits<int>::max();
    for (int line : starts) {
        if (line > self.line && line < end)
            end = line;
    }
    Core::Diagnostics out;
    for (const Core::Diagnostic &d : result.diagnostics) {
        if (d.location.file == self.file && d.location.line >= self.line && d.location.line < end)
            out << d;
    }
    return out;
}

QLabel *problemsLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problems"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showProblems(QLabel *label, const Core::Diagnostics &diagnostics)
{
    QStringList lines;
    bool error = false;
    for (const Core::Diagnostic &d : diagnostics) {
        lines << QCoreApplication::translate("Sla::Ui::FormSupport", "line %1: %2: %3")
                     .arg(d.location.line)
                     .arg(d.isError() ? QCoreApplication::translate("Sla::Ui::FormSupport", "error")
                                      : QCoreApplication::translate("Sla::Ui::FormSupport", "warning"),
                          d.message);
        error = error || d.isError();
    }
    label->setText(lines.join(u'\n'));
    label->setStyleSheet(error ? QStringLiteral("color: #c0392b; font-weight: bold;")
                               : QStringLiteral("color: #b36b00;"));
    label->setVisible(!lines.isEmpty());
}

void makeTitle(QLabel *label)
{
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    label->setFont(big);
}

void scrollContent(QWidget *form, QWidget *content)
{
    auto *scroll = new QScrollArea(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(form);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

} // namespace Sla::Ui::FormSupport
