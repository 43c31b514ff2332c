// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/entriesform.h"

#include "core/document/duration.h"
#include "core/document/yamlpatch.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/formsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sla::Ui {

namespace {

bool isCorrection(const QString &kind)
{
    return kind == QLatin1String("Correction");
}

QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

/// "a, b" as a flow list "[a, b]".
QString flowList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items << Core::yamlScalar(part.trimmed());
    }
    return QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
}

} // namespace

EntriesForm::EntriesForm(EditorSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_problems(FormSupport::problemsLabel(this))
{
    setObjectName(QStringLiteral("entriesForm"));
    FormSupport::makeTitle(m_title);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *label = new QLabel(tr("E&ntries (double-click or F2 to edit a cell; times in UTC, RFC 3339):"), this);
    label->setBuddy(m_table);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addEntry"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeEntry"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    connect(add, &QPushButton::clicked, this, &EntriesForm::addEntry);
    connect(remove, &QPushButton::clicked, this, &EntriesForm::removeEntry);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            setCell(item->row(), item->column(), item->text());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QStringList all = names();
        if (!m_refreshing && row >= 0 && row < all.size()) {
            m_selected = all.at(row);
            Q_EMIT entrySelected(m_kind, m_selected);
        }
    });
    connect(m_session, &EditorSession::changed, this, [this] {
        if (!m_kind.isEmpty())
            refresh();
    });
    setEnabled(false);
}

void EntriesForm::showEntries(const QString &kind, const QString &file, const QString &name)
{
    m_kind = kind;
    m_file = file;
    m_selected = name;
    setEnabled(!kind.isEmpty());
    refresh();
}

QStringList EntriesForm::names() const
{
    QStringList out;
    const Core::Workspace &ws = m_session->result().workspace;
    if (isCorrection(m_kind)) {
        for (const Core::Correction &c : ws.corrections)
            if (c.origin.self.file == m_file)
                out << c.metadata.name;
    } else {
        for (const Core::Annotation &a : ws.annotations)
            if (a.origin.self.file == m_file)
                out << a.metadata.name;
    }
    return out;
}

void EntriesForm::refresh()
{
    m_refreshing = true;
    const bool corrections = isCorrection(m_kind);
    m_title->setText(m_kind.isEmpty() ? QString()
                     : corrections    ? tr("Corrections in %1").arg(QFileInfo(m_file).fileName())
                                      : tr("Annotations in %1").arg(QFileInfo(m_file).fileName()));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("SLAs"), tr("Objectives"), corrections ? tr("Start") : tr("Time"),
         corrections ? tr("End or duration") : tr("End"), tr("Recurrence"), corrections ? tr("Category") : tr("Kind"),
         corrections ? tr("Description") : tr("Text")});
    m_table->setColumnHidden(Recurrence, !corrections);
    const Core::Workspace &ws = m_session->result().workspace;
    Core::Diagnostics all;
    int row = 0;
    int selected = -1;
    m_table->setRowCount(int(names().size()));
    auto add = [&](const QStringList &cells, const Core::SourceLocation &self) {
        fillRow(row, cells, self);
        all << FormSupport::documentDiagnostics(m_session->result(), self);
        if (cells.at(Name) == m_selected)
            selected = row;
        ++row;
    };
    for (const Core::Correction &c : corrections ? ws.corrections : QList<Core::Correction>()) {
        if (c.origin.self.file == m_file)
            add({c.metadata.name, c.slas.join(QStringLiteral(", ")), c.objectives.join(QStringLiteral(", ")),
                 utc(c.start),
                 c.duration ? c.duration->toString()
                 : c.end    ? utc(*c.end)
                            : QString(),
                 c.recurrence, Core::toString(c.category), c.description},
                c.origin.self);
    }
    for (const Core::Annotation &a : corrections ? QList<Core::Annotation>() : ws.annotations) {
        if (a.origin.self.file == m_file)
            add({a.metadata.name, a.slas.join(QStringLiteral(", ")), a.objectives.join(QStringLiteral(", ")),
                 utc(a.time), a.end ? utc(*a.end) : QString(), QString(), Core::toString(a.kind), a.text},
                a.origin.self);
    }
    if (selected >= 0)
        m_table->setCurrentCell(selected, std::max(0, m_table->currentColumn()));
    m_table->resizeColumnsToContents();
    FormSupport::showProblems(m_problems, all);
    m_refreshing = false;
}

void EntriesForm::fillRow(int row, const QStringList &cells, const Core::SourceLocation &self)
{
    const Core::Diagnostics problems = FormSupport::documentDiagnostics(m_session->result(), self);
    QStringList messages;
    for (const Core::Diagnostic &d : problems)
        messages << d.message;
    for (int column = 0; column < ColumnCount; ++column) {
        // Items are updated in place: a refresh may run inside the signal of an edited item.
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(cells.value(column));
        item->setToolTip(messages.join(u'\n'));
        item->setForeground(problems.isEmpty() ? palette().text() : QBrush(QColor(0xc0, 0x39, 0x2b)));
    }
}

void EntriesForm::setCell(int row, int column, const QString &typed)
{
    const QStringList all = names();
    if (row < 0 || row >= all.size())
        return;
    const Core::DocumentKey doc{m_kind, all.at(row)};
    const QString text = typed.trimmed();
    const bool corrections = isCorrection(m_kind);
    const auto spec = [](const QString &key) { return QStringList{QStringLiteral("spec"), key}; };
    std::function<bool(Core::YamlPatcher &)> op;
    switch (Column(column)) {
    case Name:
        if (text.isEmpty()) {
            Q_EMIT editFailed(tr("An entry needs a name."));
            refresh();
            return;
        }
        m_selected = text;
        op = [&](Core::YamlPatcher &p) {
            return p.setValue(doc, {QStringLiteral("metadata"), QStringLiteral("name")}, Core::yamlScalar(text));
        };
        break;
    case Slas:
        op = [&](Core::YamlPatcher &p) { return p.setValue(doc, spec(QStringLiteral("slas")), flowList(text)); };
        break;
    case Objectives:
        op = [&](Core::YamlPatcher &p) {
            return FormSupport::setOrRemove(p, doc, spec(QStringLiteral("objectives")),
                                            text.isEmpty() ? QString() : flowList(text));
        };
        break;
    case Start:
        op = [&](Core::YamlPatcher &p) {
            return p.setValue(doc, spec(corrections ? QStringLiteral("start") : QStringLiteral("time")),
                              Core::yamlScalar(text));
        };
        break;
    case End:
        op = [&](Core::YamlPatcher &p) {
            if (!corrections)
                return FormSupport::setOrRemove(p, doc, spec(QStringLiteral("end")),
                                                text.isEmpty() ? QString() : Core::yamlScalar(text));
            // A correction has exactly one of duration and end: the text says which.
            const bool duration = Core::Duration::parse(text).has_value();
            const QString set = duration ? QStringLiteral("duration") : QStringLiteral("end");
            const QString other = duration ? QStringLiteral("end") : QStringLiteral("duration");
            return p.removeKey(doc, spec(other)) &&
                   FormSupport::setOrRemove(p, doc, spec(set), text.isEmpty() ? QString() : Core::yamlScalar(text));
        };
        break;
    case Recurrence:
    case Kind:
    case Text: {
        const QString key = column == Recurrence ? QStringLiteral("recurrence")
                            : column == Kind     ? (corrections ? QStringLiteral("category") : QStringLiteral("kind"))
                                             : (corrections ? QStringLiteral("description") : QStringLiteral("text"));
        op = [&, key](Core::YamlPatcher &p) {
            return FormSupport::setOrRemove(p, doc, spec(key), text.isEmpty() ? QString() : Core::yamlScalar(text));
        };
        break;
    }
    case ColumnCount:
        return;
    }
    QString error;
    if (!FormSupport::editDocument(m_session, doc,
                                   tr("Change %1 of %2").arg(m_table->horizontalHeaderItem(column)->text(), doc.name),
                                   {}, op, &error)) {
        Q_EMIT editFailed(error);
        refresh();
    }
}

QString EntriesForm::newEntryYaml(const QString &name) const
{
    const Core::Workspace &ws = m_session->result().workspace;
    const QString sla = ws.slas.isEmpty() ? QStringLiteral("my-sla") : ws.slas.constFirst().metadata.name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString hour = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).toString(Qt::ISODate);
    if (isCorrection(m_kind))
        return QStringLiteral("apiVersion: sladesk/v1\nkind: Correction\nmetadata:\n  name: %1\nspec:\n  slas: [%2]\n"
                              "  start: %3\n  duration: 1h\n  category: other\n  description: %4\n")
            .arg(name, sla, hour, Core::yamlScalar(tr("Describe the period left out")));
    return QStringLiteral("apiVersion: sladesk/v1\nkind: Annotation\nmetadata:\n  name: %1\nspec:\n  slas: [%2]\n"
                          "  time: %3\n  text: %4\n  kind: note\n")
        .arg(name, sla, hour, Core::yamlScalar(tr("Describe what happened")));
}

void EntriesForm::addEntry()
{
    if (m_kind.isEmpty() || m_file.isEmpty())
        return;
    const Core::Workspace &ws = m_session->result().workspace;
    QStringList taken;
    for (const Core::Correction &c : ws.corrections)
        taken << c.metadata.name;
    for (const Core::Annotation &a : ws.annotations)
        taken << a.metadata.name;
    const QString base = isCorrection(m_kind) ? QStringLiteral("correction") : QStringLiteral("annotation");
    QString name = base + QStringLiteral("-1");
    for (int n = 2; taken.contains(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    Core::YamlPatcher p(m_session->text(m_file));
    p.appendDocument(newEntryYaml(name).toUtf8());
    m_selected = name;
    m_session->changeText(m_file, p.text(), tr("Add %1").arg(name));
}

void EntriesForm::removeEntry()
{
    const int row = m_table->currentRow();
    const QStringList all = names();
    if (row < 0 || row >= all.size()) {
        Q_EMIT editFailed(tr("Select the entry to remove."));
        return;
    }
    const Core::DocumentKey doc{m_kind, all.at(row)};
    QString error;
    m_selected = all.value(row + 1, all.value(row - 1));
    if (!FormSupport::editDocument(
            m_session, doc, tr("Remove %1").arg(doc.name), {},
            [&](Core::YamlPatcher &p) { return p.removeDocument(doc); }, &error))
        Q_EMIT editFailed(error);
}

} // namespace Sla::Ui
