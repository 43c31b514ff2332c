// SPDX-License-Identifier: Apache-2.0
// What the detail pane puts on its charts from the workspace: annotation markers of the
// SLA and objective in the visible range, correction periods named by their corrections,
// the provisional period.
#include "ui/dashboard/chartannotations.h"

#include <QJsonObject>
#include <QTest>

using namespace Sla;
using Ui::ChartMarker;
using Ui::ChartSpan;

namespace {

constexpr qint64 Hour = 3600 * 1000;
const QDateTime T0(QDate(2026, 3, 10), QTime(10, 0), Qt::UTC);

Core::Annotation annotation(const QString &name, const QStringList &slas, const QStringList &objectives, int hour,
                            std::optional<int> endHour, Core::Annotation::Kind kind, const QString &url = {})
{
    Core::Annotation a;
    a.metadata.name = name;
    a.slas = slas;
    a.objectives = objectives;
    a.time = T0.addSecs(hour * 3600);
    if (endHour)
        a.end = T0.addSecs(*endHour * 3600);
    a.text = name + QStringLiteral(" text");
    a.kind = kind;
    a.url = url;
    return a;
}

Core::Correction correction(const QString &name, const QStringList &slas, const QStringList &objectives,
                            qint64 startMin, qint64 minutes, Core::Correction::Category category,
                            const QString &description = {})
{
    Core::Correction c;
    c.metadata.name = name;
    c.slas = slas;
    c.objectives = objectives;
    c.start = T0.addSecs(startMin * 60);
    c.duration = Core::Duration::minutes(minutes);
    c.category = category;
    c.description = description;
    return c;
}

Core::Alerting::HistoryEvent transition(const QString &objective, const QString &rule, int minute, const char *from,
                                        const char *to, qint64 id)
{
    Core::Alerting::HistoryEvent e;
    e.id = id;
    e.at = T0.addSecs(minute * 60);
    e.type = Core::Alerting::HistoryEvent::Type::Transition;
    e.key = {QStringLiteral("fraud-detection-api"), objective, rule};
    e.severity = Core::AlertSeverity::Ticket;
    e.data.insert(QStringLiteral("from"), QLatin1String(from));
    e.data.insert(QStringLiteral("to"), QLatin1String(to));
    return e;
}

const QString Fraud = QStringLiteral("fraud-detection-api");
const QString Availability = QStringLiteral("availability");

} // namespace

class TestChartAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markers_ofTheSlaAndObjective_inRange();
    void correctedSpans_areNamedByTheirCorrections();
    void provisionalSpan_onlyWhenSet();
    void alertMarkers_spanTheFiringEpisodes();
};

void TestChartAnnotations::markers_ofTheSlaAndObjective_inRange()
{
    using Kind = Core::Annotation::Kind;
    Core::Workspace ws;
    ws.annotations << annotation(QStringLiteral("deploy"), {Fraud}, {}, 2, {}, Kind::Deploy,
                                 QStringLiteral("https://ci.example.com/1"))
                   << annotation(QStringLiteral("incident"), {Fraud}, {Availability}, 4, 6, Kind::Incident)
                   << annotation(QStringLiteral("other-sla"), {QStringLiteral("recommendation-api")}, {}, 3, {},
                                 Kind::Note)
                   << annotation(QStringLiteral("reaches-in"), {Fraud}, {}, -5, 1, Kind::Note)
                   << annotation(QStringLiteral("after"), {Fraud}, {}, 30, {}, Kind::Deploy)
                   << annotation(QStringLiteral("before"), {Fraud}, {}, -3, {}, Kind::Deploy);
    const qint64 from = T0.toMSecsSinceEpoch();
    const qint64 to = from + 24 * Hour;
    const QList<ChartMarker> expected{
        {from + 2 * Hour, from + 2 * Hour, ChartMarker::Kind::Deploy, QStringLiteral("deploy text"),
         QStringLiteral("https://ci.example.com/1")},
        {from + 4 * Hour, from + 6 * Hour, ChartMarker::Kind::Incident, QStringLiteral("incident text"), {}},
        {from - 5 * Hour, from + Hour, ChartMarker::Kind::Note, QStringLiteral("reaches-in text"), {}},
    };
    QCOMPARE(Ui::ChartAnnotations::markers(ws, Fraud, Availability, from, to), expected);
    // Another objective of the SLA does not get the incident that names availability only.
    const QList<ChartMarker> precision =
        Ui::ChartAnnotations::markers(ws, Fraud, QStringLiteral("precision"), from, to);
    QCOMPARE(precision.size(), 2);
    QCOMPARE(precision.at(1).text, QStringLiteral("reaches-in text"));
    // On a recording aligned to now the documents' times move with the samples.
    const qint64 shift = 400 * 24 * Hour;
    const QList<ChartMarker> moved =
        Ui::ChartAnnotations::markers(ws, Fraud, Availability, from + shift, to + shift, shift);
    QCOMPARE(moved.size(), expected.size());
    for (qsizetype i = 0; i < moved.size(); ++i) {
        QCOMPARE(moved.at(i).startMs, expected.at(i).startMs + shift);
        QCOMPARE(moved.at(i).endMs, expected.at(i).endMs + shift);
    }
    QVERIFY(Ui::ChartAnnotations::markers(ws, Fraud, Availability, from + shift, to + shift).isEmpty());
}

void TestChartAnnotations::correctedSpans_areNamedByTheirCorrections()
{
    using Category = Core::Correction::Category;
    Core::Workspace ws;
    ws.corrections << correction(QStringLiteral("db-maintenance-june"), {Fraud}, {}, 0, 120,
                                 Category::ScheduledMaintenance, QStringLiteral("Primary database failover test"))
                   << correction(QStringLiteral("precision-only"), {Fraud}, {QStringLiteral("precision")}, 60, 120,
                                 Category::Other)
                   << correction(QStringLiteral("other-sla"), {QStringLiteral("recommendation-api")}, {}, 300, 60,
                                 Category::Other)
                   << correction(QStringLiteral("release-freeze"), {Fraud}, {Availability}, 330, 15,
                                 Category::Deployment);
    Core::ObjectiveSeries series;
    const double t0 = double(T0.toMSecsSinceEpoch());
    series.corrected = {{t0, t0 + 2.0 * Hour}, {t0 + 5.0 * Hour, t0 + 6.0 * Hour}, {t0 + 9.0 * Hour, t0 + 10.0 * Hour}};
    const QList<ChartSpan> expected{
        {qint64(t0), qint64(t0) + 2 * Hour,
         QStringLiteral("db-maintenance-june (scheduled maintenance): Primary database failover test")},
        {qint64(t0) + 5 * Hour, qint64(t0) + 6 * Hour, QStringLiteral("release-freeze (deployment)")},
        // A period no correction of this objective explains still shows, as "correction".
        {qint64(t0) + 9 * Hour, qint64(t0) + 10 * Hour, QStringLiteral("correction")},
    };
    QCOMPARE(Ui::ChartAnnotations::correctedSpans(series, ws, Fraud, Availability), expected);
    // A series of a recording aligned to now: its periods are the corrections' moved ones.
    Core::ObjectiveSeries moved = series;
    moved.timeShiftMs = 400 * 24 * Hour;
    for (auto &[a, b] : moved.corrected) {
        a += double(moved.timeShiftMs);
        b += double(moved.timeShiftMs);
    }
    const QList<ChartSpan> movedSpans = Ui::ChartAnnotations::correctedSpans(moved, ws, Fraud, Availability);
    QCOMPARE(movedSpans.size(), expected.size());
    for (qsizetype i = 0; i < movedSpans.size(); ++i)
        QCOMPARE(movedSpans.at(i).name, expected.at(i).name);
    // Two corrections behind one period are both named.
    const QList<ChartSpan> precision =
        Ui::ChartAnnotations::correctedSpans(series, ws, Fraud, QStringLiteral("precision"));
    QCOMPARE(precision.at(0).name,
             QStringLiteral("db-maintenance-june (scheduled maintenance): Primary database failover test; "
                            "precision-only (other)"));
    QCOMPARE(Ui::ChartAnnotations::categoryName(Category::OutsideBusinessHours),
             QStringLiteral("outside business hours"));
}

void TestChartAnnotations::provisionalSpan_onlyWhenSet()
{
    Core::ObjectiveSeries series;
    QVERIFY(!Ui::ChartAnnotations::provisionalSpan(series));
    series.provisional = std::pair{1000.0, 5000.0};
    const std::optional<ChartSpan> span = Ui::ChartAnnotations::provisionalSpan(series);
    QVERIFY(span);
    QCOMPARE(span->startMs, qint64(1000));
    QCOMPARE(span->endMs, qint64(5000));
    QVERIFY(span->name.startsWith(QStringLiteral("labels still arriving")));
    series.provisional = std::pair{5000.0, 5000.0}; // empty
    QVERIFY(!Ui::ChartAnnotations::provisionalSpan(series));
}

QTEST_MAIN(TestChartAnnotations)
// Issue 10: the alert markers of the detail charts come from the history's transitions:
// one span per firing episode, from the transition into firing to the one out of it, or to
// the end of the range while it still fires; other objectives, pending episodes that never
// fired and episodes outside the range are not marked.
void TestChartAnnotations::alertMarkers_spanTheFiringEpisodes()
{
    using Core::Alerting::FiringSpan;
    const QString precision = QStringLiteral("precision");
    // Out of order, as a newest-first history gives them.
    const QList<Core::Alerting::HistoryEvent> events = {
        transition(precision, QStringLiteral("drop"), 200, "firing", "firing", 9), // no change
        transition(precision, QStringLiteral("drop"), 180, "pending", "firing", 8),
        transition(precision, QStringLiteral("drop"), 170, "inactive", "pending", 7),
        transition(precision, QStringLiteral("drop"), 90, "firing", "resolved", 6),
        transition(Availability, QStringLiteral("burn"), 40, "pending", "firing", 5),
        transition(precision, QStringLiteral("drop"), 30, "pending", "firing", 4),
        transition(precision, QStringLiteral("drop"), 20, "inactive", "pending", 3),
        transition(precision, QStringLiteral("slow"), 10, "inactive", "pending", 2),
        transition(precision, QStringLiteral("slow"), 15, "pending", "inactive", 1),
    };
    const QList<FiringSpan> spans = Core::Alerting::firingSpans(events, Fraud, precision);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans[0].start, T0.addSecs(30 * 60));
    QCOMPARE(spans[0].end, T0.addSecs(90 * 60));
    QCOMPARE(spans[1].start, T0.addSecs(180 * 60));
    QVERIFY(!spans[1].end.isValid()); // still firing
    QCOMPARE(Core::Alerting::firingSpans(events, Fraud).size(), 3);
    QCOMPARE(Core::Alerting::firingSpans(events, QStringLiteral("other")).size(), 0);

    const qint64 from = T0.toMSecsSinceEpoch();
    const qint64 to = from + 4 * Hour;
    const QList<ChartMarker> markers =
        Ui::ChartAnnotations::alertMarkers(Core::Alerting::firingSpans(events, {}), Fraud, precision, from, to);
    QCOMPARE(markers.size(), 2);
    QCOMPARE(markers[0].kind, ChartMarker::Kind::Alert);
    QCOMPARE(markers[0].startMs, from + 30 * 60000);
    QCOMPARE(markers[0].endMs, from + 90 * 60000);
    QCOMPARE(markers[0].text, QStringLiteral("drop (ticket), fired until resolved"));
    QCOMPARE(markers[1].startMs, from + 180 * 60000);
    QCOMPARE(markers[1].endMs, to);
    QCOMPARE(markers[1].text, QStringLiteral("drop (ticket), still firing"));
    // A range after the resolved episode keeps only the firing one.
    QCOMPARE(Ui::ChartAnnotations::alertMarkers(spans, Fraud, precision, from + 2 * Hour, to).size(), 1);
}

#include "tst_chartannotations.moc"
