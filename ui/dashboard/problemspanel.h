// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/diagnostic.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Sla::Ui {

/// Every diagnostic of the open workspace (reader and validator): severity, file:line:column
/// relative to the workspace, and the message. Enter or a double click asks to open the file
/// at that place (openRequested); a place whose file does not exist says so in the panel.
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    /// Shows `diagnostics` (sorted by file, line, column); paths are shown relative to `baseDir`.
    void setDiagnostics(const Core::Diagnostics &diagnostics, const QString &baseDir);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    /// "2 errors, 1 warning" (empty when there is nothing).
    QString summary() const;

    QTreeWidget *list() const { return m_list; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    /// The user asked to open `file` at `line`:`column` (the file exists).
    void openRequested(const QString &file, int line, int column);

private:
    void activate(QTreeWidgetItem *item);

    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace Sla::Ui
