// SPDX-License-Identifier: Apache-2.0
#include "explainwidget.h"

#include "core/engine/budget.h"
#include "core/evaluation/evaluator.h"
#include "core/metrics/futures.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sla::Ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool mono = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (mono)
        item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return item;
}

} // namespace

ExplainWidget::ExplainWidget(Core::Evaluator *evaluator, QWidget *parent) : QWidget(parent), m_evaluator(evaluator)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("explainTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("explainBusy"));
    m_busyBar->setRange(0, 0); // indeterminate: the reads take as long as the source
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->setAccessibleName(tr("Explaining"));
    m_busyBar->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("explainError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_copy = new QPushButton(tr("Copy as text"), this);
    m_copy->setObjectName(QStringLiteral("explainCopy"));
    m_copy->setToolTip(tr("Copy the whole explanation, with the queries and answers, to the clipboard"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(Core::Explain::toText(m_explanation)); });

    createTable();
    m_corrections = new QLabel(this);
    m_corrections->setObjectName(QStringLiteral("explainCorrections"));
    m_corrections->setTextFormat(Qt::PlainText);
    m_corrections->setWordWrap(true);
    m_corrections->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_queries = new QPlainTextEdit(this);
    m_queries->setObjectName(QStringLiteral("explainQueries"));
    m_queries->setReadOnly(true);
    m_queries->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_queries->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_queries->setAccessibleName(tr("Queries and answers"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_copy);

    auto *queriesBox = new QWidget(this);
    auto *queriesLayout = new QVBoxLayout(queriesBox);
    queriesLayout->setContentsMargins(0, 0, 0, 0);
    queriesLayout->addWidget(new QLabel(tr("Queries sent and their answers"), queriesBox));
    queriesLayout->addWidget(m_queries, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(queriesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_error);
    layout->addWidget(m_corrections);
    layout->addWidget(split, 1);
    clear();
}

void ExplainWidget::createTable()
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("explainTable"));
    // The value next to its name, so that a narrow pane still shows both.
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Value"), tr("Formula"), tr("With the figures")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

ExplainWidget::~ExplainWidget() = default;

void ExplainWidget::clear()
{
    ++m_generation;
    m_explanation = {};
    m_title->clear();
    m_error->hide();
    m_corrections->hide();
    m_table->setRowCount(0);
    m_queries->clear();
    m_copy->setEnabled(false);
    setBusy(false);
}

void ExplainWidget::explain(const QString &sla, const QString &objective, const QDateTime &at)
{
    const quint64 generation = ++m_generation;
    m_title->setText(tr("Explaining %1 / %2 …").arg(sla, objective));
    m_error->hide();
    setBusy(true);
    Core::whenFinished(m_evaluator->explain(sla, objective, at), this, [this, generation](const Core::Explanation &x) {
        if (generation != m_generation)
            return; // overtaken by a newer request
        present(x);
    });
}

void ExplainWidget::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_table->setEnabled(!busy);
    m_queries->setEnabled(!busy);
}

void ExplainWidget::present(const Core::Explanation &x)
{
    m_explanation = x;
    setBusy(false);
    m_copy->setEnabled(true);
    const Core::ObjectiveResult &r = x.result;
    QString title = tr("%1 / %2 at %3").arg(x.sla, x.objective, x.at.toUTC().toString(Qt::ISODate));
    if (r.windowStart.isValid())
        title +=
            u'\n' + tr("Window %1 to %2; status %3; data source %4")
                        .arg(r.windowStart.toUTC().toString(Qt::ISODate), r.windowEnd.toUTC().toString(Qt::ISODate),
                             Core::Budget::statusName(r.status), x.dataSource);
    m_title->setText(title);
    const QString error = !x.error.isEmpty() ? x.error : r.error;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    QStringList corrections;
    for (const Core::ObjectivePlan::PlannedCorrection &c : x.corrections) {
        for (const Core::TimeRange &i : c.intervals)
            corrections
                << tr("%1: %2 to %3").arg(c.name, Core::Explain::formatTime(i.start), Core::Explain::formatTime(i.end));
    }
    m_corrections->setText(tr("Corrections left out: %1").arg(corrections.join(QStringLiteral("; "))));
    m_corrections->setVisible(!corrections.isEmpty());
    fillTable(x);
    m_queries->setPlainText(Core::Explain::readsText(x.reads));
    Q_EMIT explained();
}

void ExplainWidget::fillTable(const Core::Explanation &x)
{
    m_table->setRowCount(0);
    auto addRow = [this](const QString &label, const QString &formula, const QString &numbers,
                         std::optional<double> value) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(label));
        QTableWidgetItem *v = cell(Core::Explain::formatNumber(value), true);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, v);
        m_table->setItem(row, 2, cell(formula));
        m_table->setItem(row, 3, cell(numbers, true));
    };
    for (const Core::Explanation::Step &s : x.steps)
        addRow(s.label, s.formula, s.numbers, s.value);
    for (const Core::Explanation::BurnRate &b : x.burnRates) {
        addRow(tr("burn rate %1").arg(b.window), tr("error ratio over the window / (1 - target)"),
               tr("%1 to %2").arg(Core::Explain::formatTime(b.start), Core::Explain::formatTime(b.end)), b.value);
    }
}

} // namespace Sla::Ui
