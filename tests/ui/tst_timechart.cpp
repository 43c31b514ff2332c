// SPDX-License-Identifier: Apache-2.0
#include "ui/charts/sparkline.h"
#include "ui/charts/timechart.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUrl>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

using namespace Sla::Ui;

namespace {

constexpr size_t Samples = 43201;         // 30 days of one-minute samples, both ends included
constexpr double Start = 1772323200000.0; // 2026-03-01T00:00:00Z
constexpr double Minute = 60000.0;
constexpr size_t DipIndex = 20000; // 2026-03-14T21:20:00Z

struct Month
{
    std::vector<double> t;
    std::vector<double> v;
};

Month month()
{
    Month m;
    m.t.resize(Samples);
    m.v.resize(Samples);
    for (size_t i = 0; i < Samples; ++i) {
        m.t[i] = Start + double(i) * Minute;
        m.v[i] = 0.9993 + 0.0003 * std::sin(double(i) / 700.0) + 0.00005 * std::sin(double(i) * 0.37);
    }
    m.v[DipIndex] = 0.99; // one clear dip: the lowest point of the month
    return m;
}

// Share of pixels that differ from the colour in the top-left corner.
double inkShare(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return double(ink) / double(image.width() * image.height());
}

} // namespace

class TestTimeChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decimatesToPlotWidth();
    void resize_redecimatesToNewWidth();
    void hover_showsNearestPointInTooltip();
    void grab_isNotBlank();
    void darkPalette_darkBackground();
    void nanGap_isNotBridged();
    void referenceLine_spansPlot();
    void valueRange_manualAndAuto();
    void emptyChart_drawsNothing();
    void sparkline_decimatesToWidth();
    void markers_textOnHover_linkOnClick();
    void keyboard_stepsPointsAndMarkers();
    void periods_namedOnHover_andPainted();
    void band_isDrawnBehindTheLine();
    void band_isInsideTheAutoValueRange();
    void legend_wrapsAtSmallWidth();
    void zoom_dragOnAChartAlone_andReset();
    void referenceLabels_closeLines_doNotOverlap();
    void referenceLabel_avoidsTheDataLine();

public slots:
    // Stands in for the desktop's browser (QDesktopServices::setUrlHandler).
    void openUrl(const QUrl &url) { m_opened << url; }

private:
    std::unique_ptr<TimeChart> m_chart;
    Month m_month;
    QList<QUrl> m_opened;

    // A deploy on 10 March 12:00, an incident span on 20 March 08:00-10:00, a note with a
    // link that is not a web link.
    static QList<ChartMarker> markers()
    {
        const auto at = [](int day, int hour) { return qint64(Start) + qint64(day - 1) * 86400000 + hour * 3600000; };
        return {ChartMarker{at(10, 12), at(10, 12), ChartMarker::Kind::Deploy, QStringLiteral("v2.3 rollout"),
                            QStringLiteral("https://ci.example.com/deploys/42")},
                ChartMarker{at(20, 8), at(20, 10), ChartMarker::Kind::Incident, QStringLiteral("DB failover"), {}},
                ChartMarker{at(25, 0), at(25, 0), ChartMarker::Kind::Note, QStringLiteral("see runbook"),
                            QStringLiteral("file:///etc/passwd")}};
    }
};

void TestTimeChart::init()
{
    m_month = month();
    m_chart = std::make_unique<TimeChart>();
    m_chart->setLocale(QLocale::c());
    m_chart->setTimeZone(QTimeZone::utc());
    m_chart->setTitle(QStringLiteral("Checkout availability"));
    m_chart->setValueUnit(ChartMath::ValueUnit::Percent);
    m_chart->setSeries(QStringLiteral("sli"), QStringLiteral("Availability"), m_month.t, m_month.v, SeriesRole::Sli);
    m_chart->setSeries(QStringLiteral("target"), QStringLiteral("Target"),
                       {Start, Start + double(Samples - 1) * Minute}, {0.999, 0.999}, SeriesRole::Target);
    m_chart->setBreachPeriods({{qint64(Start + 19990 * Minute), qint64(Start + 20010 * Minute)}});
    m_chart->resize(1200, 400);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestTimeChart::cleanup()
{
    QToolTip::hideText();
    m_chart.reset();
}

void TestTimeChart::decimatesToPlotWidth()
{
    m_chart->grab();
    const int width = int(m_chart->plotRect().width());
    QVERIFY2(width > 1000 && width < 1200, qPrintable(QString::number(width)));
    // No gaps, so LTTB gives exactly one point per plot pixel column.
    QCOMPARE(m_chart->drawnPointCount(QStringLiteral("sli")), width);
    QCOMPARE(m_chart->drawnPointCount(QStringLiteral("target")), 2);
    QCOMPARE(m_chart->drawnPointCount(), width + 2);
}

void TestTimeChart::resize_redecimatesToNewWidth()
{
    m_chart->grab();
    const int before = m_chart->drawnPointCount(QStringLiteral("sli"));
    m_chart->resize(700, 300);
    m_chart->grab();
    const int after = m_chart->drawnPointCount(QStringLiteral("sli"));
    QCOMPARE(after, int(m_chart->plotRect().width()));
    QVERIFY(after < before - 400);
}

void TestTimeChart::hover_showsNearestPointInTooltip()
{
    m_chart->grab();
    const QPointF pos = m_chart->mapToPosition(m_month.t[DipIndex], m_month.v[DipIndex]);
    QVERIFY(m_chart->plotRect().contains(pos));
    QTest::mouseMove(m_chart.get(), pos.toPoint());
    const QString expected = QStringLiteral("Availability: 99 %\n2026-03-14 21:20:00 UTC");
    QTRY_COMPARE(m_chart->hoverText(), expected);
    QTRY_COMPARE(QToolTip::text(), expected);

    // A point on the smooth part: the cursor a few pixels above the line still finds it.
    const size_t k = 30000;
    const QPointF near = m_chart->mapToPosition(m_month.t[k], m_month.v[k]) + QPointF(0, -3);
    QTest::mouseMove(m_chart.get(), near.toPoint());
    QTRY_VERIFY(!m_chart->hoverText().isEmpty());
    // "Availability: 99.9041 %\n2026-03-21 20:00:00 UTC": a sample within 3 px (about two
    // hours) of the target point, with its exact value.
    const QStringList lines = m_chart->hoverText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QStringLiteral("Availability: ")) && lines[0].endsWith(QLatin1Char('%')));
    const double shown = lines[0].mid(14).chopped(1).toDouble() / 100.0;
    const QDateTime when = QDateTime::fromString(lines[1].chopped(4), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY(when.isValid());
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    const auto index = size_t((double(utc.toMSecsSinceEpoch()) - Start) / Minute);
    QVERIFY2(std::abs(double(index) - double(k)) < 150, qPrintable(lines[1]));
    QVERIFY2(std::abs(shown - m_month.v[index]) < 1e-6, qPrintable(lines[0]));

    // Outside the plot the crosshair goes away.
    QTest::mouseMove(m_chart.get(), QPoint(2, 2));
    QTRY_VERIFY(m_chart->hoverText().isEmpty());
}

void TestTimeChart::grab_isNotBlank()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(m_chart->grab().save(file));
    const QImage image(file);
    QCOMPARE(image.size(), QSize(1200, 400));
    const double ink = inkShare(image);
    QVERIFY2(ink > 0.02 && ink < 0.6, qPrintable(QString::number(ink)));
    // The SLI is drawn in its role colour, and the breach band is tinted.
    const QColor sli = ChartPalette::fromPalette(m_chart->palette()).roleColor(SeriesRole::Sli);
    QSet<QRgb> colours;
    bool sliSeen = false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            colours.insert(px);
            sliSeen = sliSeen || px == sli.rgb();
        }
    }
    QVERIFY(sliSeen);
    QVERIFY(colours.size() > 20);
}

void TestTimeChart::darkPalette_darkBackground()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
    dark.setColor(QPalette::WindowText, QColor(0xdf, 0xe1, 0xe5));
    m_chart->setPalette(dark);
    const QImage image = m_chart->grab().toImage();
    QCOMPARE(QColor(image.pixel(3, 3)).lightness(), QColor(0x1e, 0x1f, 0x22).lightness());
    // The dark role colours are the lighter variants and do appear.
    const QColor sli = ChartPalette::fromPalette(dark).roleColor(SeriesRole::Sli);
    QVERIFY(sli.lightness() > 128);
    bool seen = false;
    for (int y = 0; y < image.height() && !seen; ++y) {
        for (int x = 0; x < image.width() && !seen; ++x)
            seen = image.pixel(x, y) == sli.rgb();
    }
    QVERIFY(seen);
}

void TestTimeChart::nanGap_isNotBridged()
{
    std::vector<double> v = m_month.v;
    v[DipIndex] = v[DipIndex - 1];
    for (size_t i = 10000; i < 16000; ++i)
        v[i] = std::numeric_limits<double>::quiet_NaN();
    m_chart->setSeries(QStringLiteral("sli"), QStringLiteral("Availability"), m_month.t, v, SeriesRole::Sli);
    m_chart->setValueRange(0.998, 1.0);
    const QImage image = m_chart->grab().toImage();
    const int width = int(m_chart->plotRect().width());
    const int drawn = m_chart->drawnPointCount(QStringLiteral("sli"));
    QVERIFY(drawn <= width - 1); // one slot goes to the gap marker
    QVERIFY(drawn >= width - 3);
    // In the middle of the gap, no SLI-coloured pixel in the whole column.
    const QColor sli = ChartPalette::fromPalette(m_chart->palette()).roleColor(SeriesRole::Sli);
    const int x = int(std::round(m_chart->mapToPosition(m_month.t[13000], 0.999).x()));
    const QRectF plot = m_chart->plotRect();
    for (int y = int(plot.top()); y < int(plot.bottom()); ++y)
        QVERIFY2(image.pixel(x, y) != sli.rgb(), qPrintable(QString::number(y)));
}

void TestTimeChart::referenceLine_spansPlot()
{
    // A single target value is drawn from the left to the right edge of the plot.
    m_chart->setSeries(QStringLiteral("target"), QStringLiteral("Target"), {Start}, {0.999}, SeriesRole::Target);
    const QImage image = m_chart->grab().toImage();
    const QColor target = ChartPalette::fromPalette(m_chart->palette()).roleColor(SeriesRole::Target);
    const QRectF plot = m_chart->plotRect();
    const int y = int(std::round(m_chart->mapToPosition(Start, 0.999).y()));
    auto hasTarget = [&](int x0, int x1) {
        for (int x = x0; x < x1; ++x) {
            for (int dy = -1; dy <= 1; ++dy) {
                const QColor c(image.pixel(x, y + dy));
                if (std::abs(c.hue() - target.hue()) <= 6 && c.saturation() > 60)
                    return true;
            }
        }
        return false;
    };
    QVERIFY(hasTarget(int(plot.left()) + 1, int(plot.left()) + 40));
    QVERIFY(hasTarget(int(plot.right()) - 40, int(plot.right())));
}

void TestTimeChart::valueRange_manualAndAuto()
{
    m_chart->setValueRange(0.99, 1.0);
    m_chart->grab();
    const QRectF plot = m_chart->plotRect();
    QCOMPARE(m_chart->mapToPosition(Start, 0.99).y(), plot.bottom());
    QCOMPARE(m_chart->mapToPosition(Start, 1.0).y(), plot.top());
    m_chart->setAutoValueRange();
    m_chart->grab();
    // Auto: the dip (0.99) and the peak (~0.99965) lie inside, on nice bounds.
    QVERIFY(m_chart->mapToPosition(Start, 0.99).y() <= m_chart->plotRect().bottom());
    QVERIFY(m_chart->mapToPosition(Start, 0.99966).y() >= m_chart->plotRect().top());
    m_chart->setTimeRange(qint64(Start), qint64(Start + 1440 * Minute));
    m_chart->grab();
    // One day visible: the decimation covers only it (1441 samples + one beyond the edge).
    QCOMPARE(m_chart->drawnPointCount(QStringLiteral("sli")), int(m_chart->plotRect().width()));
    QCOMPARE(m_chart->mapToPosition(Start + 720 * Minute, 0).x(), m_chart->plotRect().center().x());
}

void TestTimeChart::emptyChart_drawsNothing()
{
    TimeChart empty;
    empty.resize(400, 200);
    const QImage image = empty.grab().toImage();
    QCOMPARE(empty.drawnPointCount(), 0);
    QVERIFY(inkShare(image) > 0.0); // the "No data" text
    QVERIFY(inkShare(image) < 0.05);
}

void TestTimeChart::sparkline_decimatesToWidth()
{
    QImage image(120, 24, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    Sparkline::Options options;
    options.threshold = 0.9995;
    const int drawn =
        Sparkline::paint(&p, QRectF(0, 0, 120, 24), m_month.t.data(), m_month.v.data(), Samples, QPalette(), options);
    p.end();
    QVERIFY2(drawn > 100 && drawn <= 120, qPrintable(QString::number(drawn)));
    QVERIFY(inkShare(image) > 0.05);
    QCOMPARE(Sparkline::paint(nullptr, QRectF(0, 0, 120, 24), nullptr, nullptr, 0, QPalette(), options), 0);
}

void TestTimeChart::markers_textOnHover_linkOnClick()
{
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
    m_opened.clear();
    m_chart->setMarkers(markers());
    QSignalSpy links(m_chart.get(), &TimeChart::linkActivated);
    m_chart->grab();
    // Hovering the deploy icon (at the top of the plot, on its time) shows its text.
    const QRectF plot = m_chart->plotRect();
    const QPointF icon(m_chart->mapToPosition(double(markers()[0].startMs), 0).x(), plot.top() + 8.0);
    QTest::mouseMove(m_chart.get(), icon.toPoint());
    const QString deploy = QStringLiteral("Deploy: v2.3 rollout\nhttps://ci.example.com/deploys/42\n"
                                          "2026-03-10 12:00:00 UTC");
    QTRY_COMPARE(m_chart->hoverText(), deploy);
    QCOMPARE(m_chart->focusedMarker(), 0);
    QTest::mouseClick(m_chart.get(), Qt::LeftButton, {}, icon.toPoint());
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.at(0).at(0).toUrl(), QUrl(QStringLiteral("https://ci.example.com/deploys/42")));
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://ci.example.com/deploys/42"))});
    // A span reads as one; a link that is not http(s) is never opened.
    QVERIFY(m_chart->focusMarker(1));
    QCOMPARE(m_chart->hoverText(), QStringLiteral("Incident: DB failover\n"
                                                  "2026-03-20 08:00:00 UTC to 2026-03-20 10:00:00 UTC"));
    QVERIFY(m_chart->focusMarker(2));
    QTest::keyClick(m_chart.get(), Qt::Key_Return);
    QCOMPARE(links.count(), 1);
    // A point near a marker names it in its tooltip.
    const size_t near = size_t((double(markers()[0].startMs) - Start) / Minute);
    QVERIFY(m_chart->focusPoint(QStringLiteral("sli"), near));
    QVERIFY2(m_chart->hoverText().endsWith(QStringLiteral("\nDeploy: v2.3 rollout")), qPrintable(m_chart->hoverText()));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestTimeChart::keyboard_stepsPointsAndMarkers()
{
    m_chart->setMarkers(markers());
    m_chart->grab();
    m_chart->setFocus();
    // End: the last point; Left: about one pixel column (43,200 min / plot width) earlier.
    QTest::keyClick(m_chart.get(), Qt::Key_End);
    QVERIFY2(m_chart->hoverText().endsWith(QStringLiteral("\n2026-03-31 00:00:00 UTC")),
             qPrintable(m_chart->hoverText()));
    QTest::keyClick(m_chart.get(), Qt::Key_Left);
    const double perPixel = double(Samples - 1) / m_chart->plotRect().width(); // minutes
    const QString line = m_chart->hoverText().section(QLatin1Char('\n'), 1, 1);
    QDateTime when = QDateTime::fromString(line.chopped(4), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    when.setTimeZone(QTimeZone::utc());
    const double back = (Start + double(Samples - 1) * Minute - double(when.toMSecsSinceEpoch())) / Minute;
    QVERIFY2(std::abs(back - perPixel) <= 1.0, qPrintable(line));
    // Page Up: the marker before the crosshair (the note on the 25th), then the incident.
    QTest::keyClick(m_chart.get(), Qt::Key_PageUp);
    QCOMPARE(m_chart->focusedMarker(), 2);
    QVERIFY(m_chart->hoverText().startsWith(QStringLiteral("Note: see runbook")));
    QTest::keyClick(m_chart.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_chart->focusedMarker(), 1);
    QTest::keyClick(m_chart.get(), Qt::Key_PageDown);
    QCOMPARE(m_chart->focusedMarker(), 2);
    QTest::keyClick(m_chart.get(), Qt::Key_PageDown); // no marker after the last
    QCOMPARE(m_chart->focusedMarker(), 2);
    // Home: the first point; Escape clears.
    QTest::keyClick(m_chart.get(), Qt::Key_Home);
    QVERIFY(m_chart->hoverText().endsWith(QStringLiteral("\n2026-03-01 00:00:00 UTC")));
    QCOMPARE(m_chart->focusedMarker(), -1);
    QTest::keyClick(m_chart.get(), Qt::Key_Escape);
    QVERIFY(m_chart->hoverText().isEmpty());
}

void TestTimeChart::periods_namedOnHover_andPainted()
{
    const qint64 from = qint64(Start + 5000 * Minute);
    const qint64 to = qint64(Start + 5600 * Minute);
    m_chart->setCorrectedPeriods({ChartSpan{from, to, QStringLiteral("db-maintenance (scheduled maintenance)")}});
    m_chart->setProvisionalPeriod(ChartSpan{qint64(Start + 40000 * Minute), qint64(Start + 43200 * Minute),
                                            QStringLiteral("labels still arriving")});
    m_chart->setValueRange(0.98, 1.0);
    const QImage image = m_chart->grab().toImage();
    QVERIFY(m_chart->focusPoint(QStringLiteral("sli"), 5300));
    QVERIFY2(m_chart->hoverText().endsWith(QStringLiteral("\nCorrected: db-maintenance (scheduled maintenance)")),
             qPrintable(m_chart->hoverText()));
    QVERIFY(m_chart->focusPoint(QStringLiteral("sli"), 42000));
    QVERIFY(m_chart->hoverText().endsWith(QStringLiteral("\nProvisional: labels still arriving")));
    QVERIFY(m_chart->focusPoint(QStringLiteral("sli"), 30000));
    QCOMPARE(m_chart->hoverText().count(QLatin1Char('\n')), 1); // value and time only
    // Tinted under the line: below the SLI (at 0.9835, off the grid lines) the corrected
    // period differs from the plain background a little to its left; the provisional
    // period is tinted and hatched (two colours in a column, neither the background).
    const QRgb background = ChartPalette::fromPalette(m_chart->palette()).background.rgb();
    const int y = int(m_chart->mapToPosition(Start, 0.9835).y());
    const int inside = int(m_chart->mapToPosition(Start + 5300 * Minute, 0).x());
    const int outside = int(m_chart->mapToPosition(Start + 4000 * Minute, 0).x());
    QCOMPARE(image.pixel(outside, y), background);
    QVERIFY(image.pixel(inside, y) != background);
    QSet<QRgb> provisional;
    const int px = int(m_chart->mapToPosition(Start + 42000 * Minute, 0).x());
    for (int dy = 0; dy < 16; ++dy)
        provisional.insert(image.pixel(px, y - dy));
    QVERIFY(!provisional.contains(background));
    QVERIFY(provisional.size() >= 2);
}

// Issue 17: the automatic value range holds the band too, not only the series, so an
// interval wider than the line is never cut off at the plot's edge.
void TestTimeChart::band_isInsideTheAutoValueRange()
{
    double lowest = 1.0;
    for (double v : m_month.v)
        lowest = std::min(lowest, v);
    std::vector<double> low(Samples);
    std::vector<double> high(Samples);
    for (size_t i = 0; i < Samples; ++i) {
        low[i] = m_month.v[i] - 0.05;
        high[i] = std::min(1.0, m_month.v[i] + 0.05);
    }
    m_chart->setBand(QStringLiteral("95 % interval"), m_month.t, low, high);
    m_chart->setAutoValueRange();
    const QRectF plot = m_chart->plotRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (size_t k : {size_t(0), size_t(20000), Samples - 1}) {
        QVERIFY(plot.contains(m_chart->mapToPosition(m_month.t[k], low[k])));
        QVERIFY(plot.contains(m_chart->mapToPosition(m_month.t[k], high[k])));
    }
    QVERIFY(plot.contains(m_chart->mapToPosition(m_month.t[0], lowest - 0.05)));
}

void TestTimeChart::band_isDrawnBehindTheLine()
{
    std::vector<double> low(Samples);
    std::vector<double> high(Samples);
    for (size_t i = 0; i < Samples; ++i) {
        low[i] = m_month.v[i] - 0.002;
        high[i] = m_month.v[i] + 0.002;
    }
    m_chart->setBand(QStringLiteral("95 % interval"), m_month.t, low, high);
    m_chart->setValueRange(0.985, 1.0);
    const QImage image = m_chart->grab().toImage();
    const ChartPalette colors = ChartPalette::fromPalette(m_chart->palette());
    const size_t k = 30000;
    const QPointF line = m_chart->mapToPosition(m_month.t[k], m_month.v[k]);
    const QPointF edge = m_chart->mapToPosition(m_month.t[k], low[k]);
    // Between the line and the band's lower edge: tinted; below the band: background.
    QVERIFY(std::abs(line.y() - edge.y()) > 8.0);
    QVERIFY(image.pixel(int(line.x()), int((line.y() + edge.y()) / 2.0)) != colors.background.rgb());
    int plain = 0; // below the band's edge the background shows again (a grid line may cross)
    for (int dy = 6; dy < 12; ++dy)
        plain += image.pixel(int(edge.x()), int(edge.y()) + dy) == colors.background.rgb() ? 1 : 0;
    QVERIFY2(plain >= 4, qPrintable(QString::number(plain)));
    // The line is still drawn on top (its colour within two pixels of its point), and the
    // band has its legend entry.
    const QColor sli = colors.roleColor(SeriesRole::Sli);
    bool onTop = false;
    for (int dy = -2; dy <= 2; ++dy) {
        const QColor c(image.pixel(int(line.x()), int(std::round(line.y())) + dy));
        onTop = onTop || (std::abs(c.red() - sli.red()) < 24 && std::abs(c.green() - sli.green()) < 24 &&
                          std::abs(c.blue() - sli.blue()) < 24);
    }
    QVERIFY(onTop);
    QCOMPARE(m_chart->overlays().legendEntries().front(), ChartOverlays::LegendKind::Band);
}

void TestTimeChart::legend_wrapsAtSmallWidth()
{
    m_chart->setMarkers(markers());
    m_chart->setCorrectedPeriods({ChartSpan{qint64(Start), qint64(Start + 60 * Minute), QStringLiteral("c")}});
    m_chart->setProvisionalPeriod(ChartSpan{qint64(Start), qint64(Start + 60 * Minute), QStringLiteral("p")});
    m_chart->grab();
    const double wideTop = m_chart->plotRect().top();
    m_chart->resize(420, 300);
    m_chart->grab();
    // More legend rows push the plot down, and it keeps a usable height.
    QVERIFY2(m_chart->plotRect().top() > wideTop + 20.0, qPrintable(QString::number(m_chart->plotRect().top())));
    QVERIFY(m_chart->plotRect().height() > 120.0);
    // Too low for the rows: one row and "+N"; the header's tooltip lists every entry.
    // (The legend takes at most about 30 % of the height: at 90 px, the title's row only.)
    m_chart->resize(420, 90);
    m_chart->grab();
    QCOMPARE(m_chart->plotRect().top(), wideTop);
    QTest::mouseMove(m_chart.get(), QPoint(200, 8));
    QTRY_COMPARE(m_chart->hoverText(), QStringLiteral("Legend: Availability, Target, Breach, Corrected, Provisional, "
                                                      "Deploy, Incident, Note"));
}

// Without a group a chart zooms itself: a drag across half the plot shows that half, at the
// full plot width (redecimated); a double click and Escape show the whole range again.
void TestTimeChart::zoom_dragOnAChartAlone_andReset()
{
    m_chart->grab();
    const auto whole = m_chart->visibleTimeRange();
    const QRectF plot = m_chart->plotRect();
    const QPoint a(int(plot.left() + plot.width() / 2.0), int(plot.center().y()));
    const QPoint b(int(plot.right()) - 1, int(plot.center().y()));
    QTest::mousePress(m_chart.get(), Qt::LeftButton, {}, a);
    QTest::mouseMove(m_chart.get(), b);
    QTest::mouseRelease(m_chart.get(), Qt::LeftButton, {}, b);
    QVERIFY(m_chart->isZoomed());
    const auto zoomed = m_chart->visibleTimeRange();
    const qint64 half = (whole.second - whole.first) / 2;
    QVERIFY(std::abs(double(zoomed.first - whole.first - half)) < 0.01 * double(half));
    m_chart->grab();
    QVERIFY(m_chart->drawnPointCount(QStringLiteral("sli")) > int(plot.width()) / 2);
    QTest::mouseDClick(m_chart.get(), Qt::LeftButton, {}, a);
    QVERIFY(!m_chart->isZoomed());
    QCOMPARE(m_chart->visibleTimeRange(), whole);
    m_chart->zoomTo(zoomed.first, zoomed.second);
    m_chart->setFocus();
    QTest::keyClick(m_chart.get(), Qt::Key_Escape);
    QCOMPARE(m_chart->visibleTimeRange(), whole);
    // A new time range ends a zoom.
    m_chart->zoomTo(zoomed.first, zoomed.second);
    m_chart->setTimeRange(whole.first, whole.second);
    QVERIFY(!m_chart->isZoomed());
}

// Reference lines a few pixels apart (the burn-rate thresholds on a low chart): their labels
// are placed apart and inside the plot.
void TestTimeChart::referenceLabels_closeLines_doNotOverlap()
{
    const std::vector<double> span = {Start, Start + double(Samples - 1) * Minute};
    for (const double f : {0.9991, 0.9992, 0.9993, 0.9994})
        m_chart->setSeries(QStringLiteral("t%1").arg(f), QStringLiteral("Line %1").arg(f), span, {f, f},
                           SeriesRole::Threshold);
    m_chart->resize(700, 110);
    m_chart->grab();
    const QList<QRectF> rects = m_chart->labelRects();
    const QStringList texts = m_chart->labelTexts();
    int lineLabels = 0;
    const QRectF plot = m_chart->plotRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        // A line's label names its value ("Target 99.9 %"); its legend entry does not.
        if ((texts[i].startsWith(QStringLiteral("Line ")) || texts[i].startsWith(QStringLiteral("Target "))) &&
            texts[i].endsWith(QLatin1Char('%'))) {
            ++lineLabels;
            QVERIFY2(plot.contains(rects[i]), qPrintable(texts[i]));
        }
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(texts[i] + QStringLiteral(" / ") + texts[j]));
    }
    QCOMPARE(lineLabels, 5);
}

// Issue 17: a budget that ends just above 0 runs where "Exhausted 0 %" would sit at the
// right end above its line; the label moves off the line (below it here).
void TestTimeChart::referenceLabel_avoidsTheDataLine()
{
    m_chart->clearSeries();
    m_chart->setBreachPeriods({});
    std::vector<double> t;
    std::vector<double> v;
    for (int i = 0; i < 200; ++i) {
        t.push_back(Start + i * Minute);
        v.push_back(1.0 - 0.98 * i / 199.0); // 100 % down to 2 %
    }
    const std::vector<double> span = {t.front(), t.back()};
    m_chart->setSeries(QStringLiteral("budget"), QStringLiteral("Budget"), t, v, SeriesRole::Budget);
    m_chart->setSeries(QStringLiteral("zero"), QStringLiteral("Exhausted"), span, {0.0, 0.0}, SeriesRole::Threshold);
    m_chart->setValueRange(-0.1, 1.0);
    m_chart->grab();
    const QList<QRectF> labels = m_chart->referenceLabelRects();
    QCOMPARE(labels.size(), 1);
    const QPointF zero = m_chart->mapToPosition(t.back(), 0.0);
    const QList<QPolygonF> lines = m_chart->drawnDataLines();
    QCOMPARE(lines.size(), 1);
    // The budget's end is closer to the zero line than a label is high: above the line at
    // the right end, where a label goes first, it would cross the budget.
    QVERIFY(zero.y() - m_chart->mapToPosition(t.back(), v.back()).y() < labels.constFirst().height());
    for (qsizetype k = 1; k < lines.constFirst().size(); ++k)
        QVERIFY(!ChartMath::segmentHitsRect(lines.constFirst()[k - 1], lines.constFirst()[k], labels.constFirst()));
    QVERIFY(m_chart->plotRect().contains(labels.constFirst()));
}

QTEST_MAIN(TestTimeChart)
#include "tst_timechart.moc"
