// SPDX-License-Identifier: Apache-2.0
#include "exportreportdialog.h"

#include "core/cli/clisupport.h"
#include "core/cli/reportoutput.h"
#include "core/report/reportbuilder.h"
#include "reportpdf.h"

#include <QBuffer>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Sla::Ui {

namespace {
enum PeriodChoice { Last30Days, ThisMonth, LastMonth, ThisQuarter, LastQuarter, Custom };
} // namespace

ExportReportDialog::ExportReportDialog(const Core::Workspace &workspace, const QString &workspaceDir,
                                       const QString &label, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_workspaceDir(workspaceDir), m_label(label)
{
    setWindowTitle(tr("Export Report"));
    createControls();
    resize(820, 640);
}

ExportReportDialog::~ExportReportDialog()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ExportReportDialog::createControls()
{
    auto *form = new QFormLayout;
    m_period = new QComboBox(this);
    m_period->addItems(
        {tr("Last 30 days"), tr("This month"), tr("Last month"), tr("This quarter"), tr("Last quarter"), tr("Custom")});
    m_period->setCurrentIndex(LastMonth);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-30), this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setEnabled(false);
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_from->setEnabled(i == Custom);
        m_to->setEnabled(i == Custom);
    });
    auto *range = new QHBoxLayout;
    range->addWidget(m_period);
    range->addWidget(m_from);
    range->addWidget(m_to);
    form->addRow(tr("&Period:"), range);
    m_zone = new QComboBox(this);
    m_zone->addItem(QStringLiteral("UTC"));
    if (const QString local = QString::fromUtf8(QTimeZone::systemTimeZoneId()); local != QLatin1String("UTC"))
        m_zone->addItem(local);
    form->addRow(tr("&Time zone:"), m_zone);
    m_slas = new QListWidget(this);
    for (const Core::Sla &s : m_workspace.slas) {
        auto *item = new QListWidgetItem(s.metadata.name, m_slas);
        item->setCheckState(Qt::Checked);
    }
    m_slas->setMaximumHeight(110);
    form->addRow(tr("&SLAs:"), m_slas);
    m_format = new QComboBox(this);
    m_format->addItems({QStringLiteral("PDF"), QStringLiteral("CSV"), QStringLiteral("JSON")});
    m_paper = new QComboBox(this);
    m_paper->addItems({QStringLiteral("A4"), QStringLiteral("Letter")});
    auto *format = new QHBoxLayout;
    format->addWidget(m_format);
    format->addWidget(new QLabel(tr("Paper:"), this));
    format->addWidget(m_paper);
    format->addStretch();
    form->addRow(tr("&Format:"), format);
    m_file = new QLineEdit(this);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportReportDialog::browse);
    auto *file = new QHBoxLayout;
    file->addWidget(m_file);
    file->addWidget(browseButton);
    form->addRow(tr("F&ile:"), file);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    auto *preview = new QWidget;
    m_previewLayout = new QVBoxLayout(preview);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(preview);
    scroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("P&review"), QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (m_file->text().isEmpty())
            browse();
        if (!m_file->text().isEmpty())
            start(m_file->text());
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : reject(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

void ExportReportDialog::browse()
{
    const QString suffix = m_format->currentText().toLower();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), QStringLiteral("sla-report.%1").arg(suffix),
                                     tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
    if (!path.isEmpty())
        m_file->setText(path);
}

Core::Report::Period ExportReportDialog::period() const
{
    const QTimeZone zone(m_zone->currentText().toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    const auto calendar = [&](const QDate &start, int months) {
        QString error;
        const QString spec = months == 1 ? start.toString(QStringLiteral("yyyy-MM"))
                                         : QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() + 2) / 3);
        return *Core::Report::parsePeriod(spec, zone, &error);
    };
    switch (m_period->currentIndex()) {
    case ThisMonth:
        return calendar(month, 1);
    case LastMonth:
        return calendar(month.addMonths(-1), 1);
    case ThisQuarter:
        return calendar(quarter, 3);
    case LastQuarter:
        return calendar(quarter.addMonths(-3), 3);
    case Custom:
        return Core::Report::periodBetween(m_from->dateTime(), m_to->dateTime(), zone);
    default:
        break;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Core::Report::periodBetween(now.addDays(-30), now, zone);
}

void ExportReportDialog::setRunning(bool running)
{
    m_previewButton->setEnabled(!running);
    m_exportButton->setEnabled(!running);
    m_cancelButton->setText(running ? tr("&Stop") : tr("Close"));
}

bool ExportReportDialog::isRunning() const
{
    return m_thread || m_painting;
}

void ExportReportDialog::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void ExportReportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

QString ExportReportDialog::statusText() const
{
    return m_status->text();
}

void ExportReportDialog::start(const QString &exportTo)
{
    if (isRunning())
        return;
    m_exportTo = exportTo;
    m_error.clear();
    Core::Report::ReportRequest request;
    request.workspace = m_workspace;
    request.options.workspaceDir = m_workspaceDir;
    request.workspaceLabel = m_label;
    request.period = period();
    for (int i = 0; i < m_slas->count(); ++i) {
        if (m_slas->item(i)->checkState() == Qt::Checked)
            request.slas << m_slas->item(i)->text();
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const auto cancelled = m_cancelled;
    m_progress->setRange(0, 0);
    m_status->setText(tr("Evaluating…"));
    setRunning(true);
    QPointer<ExportReportDialog> self(this);
    // The builder waits on its evaluator with a local event loop: its own thread.
    m_thread = QThread::create([request, cancelled, self] {
        Core::Report::ReportCallbacks callbacks;
        callbacks.cancelled = [cancelled] { return bool(*cancelled); };
        callbacks.progress = [self](int done, int total, const QString &what) {
            QMetaObject::invokeMethod(self, [self, done, total, what] {
                if (!self)
                    return;
                self->m_progress->setRange(0, total);
                self->m_progress->setValue(done);
                self->m_status->setText(what);
            });
        };
        QString error;
        std::optional<Core::Report::ComplianceReport> report = Core::Report::buildReport(request, callbacks, &error);
        QMetaObject::invokeMethod(self, [self, report = std::move(report), error] {
            if (self)
                self->onBuilt(report, error);
        });
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void ExportReportDialog::onBuilt(const std::optional<Core::Report::ComplianceReport> &report, const QString &error)
{
    if (m_thread)
        m_thread->wait();
    m_thread = nullptr;
    bool ok = report.has_value();
    m_error = error;
    if (ok) {
        m_painting = true;
        showPreview(*report);
        if (!m_exportTo.isEmpty())
            ok = writeReport(*report, &m_error);
        m_painting = false;
    }
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_status->setText(ok ? (m_exportTo.isEmpty() ? tr("Preview ready.") : tr("Written to %1.").arg(m_exportTo))
                         : tr("Not exported: %1").arg(m_error));
    setRunning(false);
    Q_EMIT finished(ok);
}

void ExportReportDialog::showPreview(const Core::Report::ComplianceReport &report)
{
    while (QLayoutItem *item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    ReportPdf::Options options;
    options.paper = m_paper->currentIndex() == 1 ? ReportPdf::Paper::Letter : ReportPdf::Paper::A4;
    for (const QImage &page : ReportPdf::renderPages(report, m_workspace, options, 0.75, 3)) {
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_previewLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
}

int ExportReportDialog::previewPages() const
{
    return m_previewLayout->count();
}

bool ExportReportDialog::writeReport(const Core::Report::ComplianceReport &report, QString *error)
{
    QByteArray bytes;
    if (m_format->currentIndex() == 1) {
        bytes = Core::Report::toCsv(report);
    } else if (m_format->currentIndex() == 2) {
        bytes = QJsonDocument(Core::Report::toJson(report)).toJson(QJsonDocument::Indented);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ReportPdf::Options options;
        options.paper = m_paper->currentIndex() == 1 ? ReportPdf::Paper::Letter : ReportPdf::Paper::A4;
        const auto cancelled = m_cancelled;
        options.progress = [this, cancelled](int page, int pages) {
            m_progress->setRange(0, pages);
            m_progress->setValue(page - 1);
            m_status->setText(tr("Painting page %1 of %2…").arg(page).arg(pages));
            // One page at a time: the window stays responsive and Stop is heard.
            QCoreApplication::processEvents();
            return !*cancelled;
        };
        if (!ReportPdf::write(&buffer, report, m_workspace, options, error))
            return false;
    }
    return Core::Cli::writeOutputFile(m_exportTo, bytes, error);
}

} // namespace Sla::Ui
