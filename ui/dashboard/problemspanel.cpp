// SPDX-License-Identifier: Apache-2.0
#include "problemspanel.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Sla::Ui {

namespace {

enum Column { SeverityColumn, PlaceColumn, MessageColumn };
enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent) : QWidget(parent)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Place"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(PlaceColumn, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Enter or double-click opens the file at the problem"));
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("problemsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    setFocusProxy(m_list);
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::setDiagnostics(const Core::Diagnostics &diagnosticsIn, const QString &baseDir)
{
    Core::Diagnostics diagnostics = diagnosticsIn;
    Core::sortDiagnostics(diagnostics);
    m_list->clear();
    m_message->hide();
    m_errors = 0;
    m_warnings = 0;
    const QDir base(baseDir);
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Core::Diagnostic &d : std::as_const(diagnostics)) {
        const bool isError = d.isError();
        (isError ? m_errors : m_warnings) += 1;
        const Core::SourceLocation &at = d.location;
        QString place = at.file.isEmpty() ? QString() : QDir::toNativeSeparators(base.relativeFilePath(at.file));
        if (at.line > 0)
            place += QStringLiteral(":%1:%2").arg(at.line).arg(std::max(at.column, 1));
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(SeverityColumn, isError ? error : warning);
        item->setText(SeverityColumn, isError ? tr("Error") : tr("Warning"));
        item->setText(PlaceColumn, place);
        item->setText(MessageColumn, d.message);
        item->setToolTip(MessageColumn, d.message);
        item->setToolTip(PlaceColumn, QDir::toNativeSeparators(at.file));
        item->setData(0, FileRole, at.file);
        item->setData(0, LineRole, at.line);
        item->setData(0, ColumnRole, at.column);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString ProblemsPanel::summary() const
{
    QStringList parts;
    if (m_errors > 0)
        parts << tr("%n error(s)", nullptr, m_errors);
    if (m_warnings > 0)
        parts << tr("%n warning(s)", nullptr, m_warnings);
    return parts.join(QStringLiteral(", "));
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString file = item->data(0, FileRole).toString();
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        m_message->setText(file.isEmpty() ? tr("This problem has no file to open.")
                                          : tr("%1 does not exist.").arg(QDir::toNativeSeparators(file)));
        m_message->show();
        return;
    }
    m_message->hide();
    Q_EMIT openRequested(file, item->data(0, LineRole).toInt(), item->data(0, ColumnRole).toInt());
}

} // namespace Sla::Ui
