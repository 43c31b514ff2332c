// SPDX-License-Identifier: Apache-2.0
#pragma once

// File → Export Report…: period, SLAs, format and paper; a progress bar, a preview of the
// first pages, cancellable. The evaluation runs on a worker thread (its own evaluator and
// event loop); the PDF pages are painted on the GUI thread one at a time (the charts are
// widgets), with the events processed between pages.

#include "core/document/model.h"
#include "core/report/compliancereport.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
class QVBoxLayout;

namespace Sla::Ui {

class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    ExportReportDialog(const Core::Workspace &workspace, const QString &workspaceDir, const QString &label,
                       QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    /// The period the controls describe, in their time zone.
    Core::Report::Period period() const;
    /// Starts building the report: with `exportTo` set, writes it there when done
    /// (the format from the combo box); else only previews it.
    void start(const QString &exportTo = {});
    void cancel();
    bool isRunning() const;
    /// Esc and the window's close button stop a running build or export (Stop); they close
    /// the dialog only when nothing runs.
    void reject() override;

    // For tests.
    QProgressBar *progressBar() const { return m_progress; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *formatCombo() const { return m_format; }
    QListWidget *slaList() const { return m_slas; }
    int previewPages() const;
    QString lastError() const { return m_error; }
    QString statusText() const;

Q_SIGNALS:
    /// The report was built (and written, when asked); `ok` false on error or cancel.
    void finished(bool ok);

private:
    void createControls();
    void onBuilt(const std::optional<Core::Report::ComplianceReport> &report, const QString &error);
    void showPreview(const Core::Report::ComplianceReport &report);
    bool writeReport(const Core::Report::ComplianceReport &report, QString *error);
    void setRunning(bool running);
    void browse();

    Core::Workspace m_workspace;
    QString m_workspaceDir;
    QString m_label;
    QComboBox *m_period = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_zone = nullptr;
    QListWidget *m_slas = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QVBoxLayout *m_previewLayout = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_exportTo;
    QString m_error;
    bool m_painting = false;
};

} // namespace Sla::Ui
