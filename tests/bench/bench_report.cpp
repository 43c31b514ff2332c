// SPDX-License-Identifier: Apache-2.0
// bench_report: a compliance report of N SLAs over M months (DESIGN.md section 7: 200 SLAs,
// 12 months, <= 30 s and <= 500 MB). Not a test: run
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench/bench_report [--slas 200] [--months 12] [--pdf FILE]
// It prints the time to build the report (every evaluation, chart series, previous period
// and month), the time to paint the PDF, its pages and size, and the peak resident memory
// (VmHWM). The workspace: copies of the demo's three SLAs on its recording (30 days of
// data at the end of the period; the earlier months are evaluated and have no data).
#include "core/exchange/loader.h"
#include "core/report/reportbuilder.h"
#include "ui/report/reportpdf.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace {

const QString DemoDir = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");

Sla::Core::Workspace portfolio(int count)
{
    const Sla::Core::LoadResult demo = Sla::Core::DocumentLoader::loadPaths({DemoDir});
    Sla::Core::Workspace ws;
    ws.dataSources = demo.workspace.dataSources;
    ws.corrections = demo.workspace.corrections;
    for (int i = 0; i < count && !demo.workspace.slas.isEmpty(); ++i) {
        Sla::Core::Sla sla = demo.workspace.slas.at(i % demo.workspace.slas.size());
        sla.metadata.name += QStringLiteral("-%1").arg(i, 3, 10, QLatin1Char('0'));
        ws.slas << sla;
    }
    return ws;
}

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption slas(QStringLiteral("slas"), QStringLiteral("SLAs (200)"), QStringLiteral("N"),
                                  QStringLiteral("200"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("months (12)"), QStringLiteral("M"),
                                    QStringLiteral("12"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("keep the PDF here"), QStringLiteral("FILE"));
    parser.addOptions({slas, months, pdf});
    parser.addHelpOption();
    parser.process(app);

    Sla::Core::Report::ReportRequest request;
    request.workspace = portfolio(parser.value(slas).toInt());
    request.options.workspaceDir = DemoDir;
    request.workspaceLabel = QStringLiteral("bench");
    QString error;
    const QDateTime end = QDateTime::fromString(QStringLiteral("2025-02-01T00:00:00Z"), Qt::ISODate);
    request.period =
        Sla::Core::Report::periodBetween(end.addMonths(-parser.value(months).toInt()), end, QTimeZone::utc());
    QElapsedTimer clock;
    clock.start();
    const std::optional<Sla::Core::Report::ComplianceReport> report =
        Sla::Core::Report::buildReport(request, {}, &error);
    const qint64 buildMs = clock.restart();
    if (!report) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    // The export dialog processes the GUI's events between two pages: the longest page is
    // the longest the window goes without answering.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Sla::Ui::ReportPdf::Options options;
    QElapsedTimer pageClock;
    qint64 longestPageMs = 0;
    options.progress = [&](int page, int) {
        if (page > 1)
            longestPageMs = std::max(longestPageMs, pageClock.elapsed());
        pageClock.restart();
        return true;
    };
    if (!Sla::Ui::ReportPdf::write(&buffer, *report, request.workspace, options, &error)) {
        std::fprintf(stderr, "bench_report: %s\n", qPrintable(error));
        return 1;
    }
    // The last page and the end of the file (fonts, cross-reference table) come after the
    // last call: one more pause of the GUI.
    longestPageMs = std::max(longestPageMs, pageClock.elapsed());
    const qint64 paintMs = clock.elapsed();
    if (parser.isSet(pdf)) {
        QFile out(parser.value(pdf));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return 1;
    }
    std::printf("report of %d SLAs over %d months: build %.1f s, PDF %.1f s (%.1f MB), total %.1f s "
                "(target <= 30 s); peak RSS %.0f MB (target <= 500 MB); longest page %lld ms (the GUI's "
                "longest pause in File > Export Report)\n",
                int(report->slas.size()), parser.value(months).toInt(), buildMs / 1000.0, paintMs / 1000.0,
                bytes.size() / 1e6, (buildMs + paintMs) / 1000.0, peakKiB() / 1024.0, longestPageMs);
    return 0;
}
