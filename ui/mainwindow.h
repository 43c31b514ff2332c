// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/document/loader.h"

#include <QMainWindow>

class QLabel;

namespace Sla::Ui {

/// The main window. For now it opens a workspace and lists what it holds; the dashboard
/// (overview and detail) builds on it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Loads a workspace folder or file and shows a summary of it.
    void openWorkspace(const QString &path);
    const Core::LoadResult &workspace() const { return m_loaded; }

private:
    void onOpenRequested();
    void showSummary();

    Core::LoadResult m_loaded;
    QString m_path;
    QLabel *m_summary = nullptr;
};

} // namespace Sla::Ui
