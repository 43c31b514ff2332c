// SPDX-License-Identifier: Apache-2.0
// Import and export round trips (issue 16): one fixture per defect found with real SLO files,
// and the fixed point of names: import(export(x)) gives the names of x.
#include "core/document/names.h"
#include "core/exchange/loader.h"
#include "core/exchange/opensloexport.h"
#include "core/validation/validator.h"
#include "roundtrip.h"

#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Sla::Core;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(SLA_TEST_DATA_DIR "/roundtrip/") + name;
}

LoadResult load(const QString &name)
{
    return DocumentLoader::loadPaths({fixture(name)});
}

/// Load and validation diagnostics of a fixture.
Diagnostics check(const LoadResult &r)
{
    Diagnostics all = r.diagnostics;
    all += validateWorkspace(r.workspace);
    return all;
}

QString errorsOf(const Diagnostics &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds) {
        if (d.isError())
            out << d.toString();
    }
    return out.join(u'\n');
}

const Diagnostic *findMessage(const Diagnostics &ds, const QString &part)
{
    for (const Diagnostic &d : ds) {
        if (d.message.contains(part))
            return &d;
    }
    return nullptr;
}

QString str(const YAML::Node &n)
{
    return n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

/// Every `metadata.name` of an OpenSLO stream, and of its inline indicators.
QStringList exportedNames(const QByteArray &yaml)
{
    QStringList out;
    for (const YAML::Node &d : YAML::LoadAll(yaml.toStdString())) {
        out << str(d["metadata"]["name"]);
        if (d["spec"]["indicator"])
            out << str(d["spec"]["indicator"]["metadata"]["name"]);
    }
    return out;
}

QStringList objectiveNames(const Sla::Core::Sla &sla)
{
    QStringList out;
    for (const Objective &o : sla.objectives)
        out << o.name;
    return out;
}
} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    // Defect 1: Pyrra's default alert name is mapped to a valid name; the original is kept.
    void pyrraDefaultAlertName_becomesValidName()
    {
        const LoadResult r = load(QStringLiteral("pyrra-default-alert.yaml"));
        const Diagnostics ds = check(r);
        QVERIFY2(!hasErrors(ds), qPrintable(errorsOf(ds)));
        QCOMPARE(r.workspace.slas.size(), 1);
        const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
        QCOMPARE(sla.alerts.size(), 1);
        QCOMPARE(sla.alerts.constFirst().name, QStringLiteral("error-budget-burn"));
        QCOMPARE(sla.metadata.annotations.value(QStringLiteral("sladesk.io/alertname.error-budget-burn")),
                 QStringLiteral("ErrorBudgetBurn"));
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
    }

    // Defect 2: alert policies always have a notification target, so the export validates.
    void exportWithoutNotify_writesDesktopTarget()
    {
        const LoadResult r = load(QStringLiteral("sla-no-notify.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        Diagnostics warnings;
        const QByteArray out = exportOpenSlo(r.workspace, &warnings);
        QVERIFY(findMessage(warnings, QStringLiteral("no notification target")));
        QVERIFY2(!out.contains("notificationTargets: []"), out.constData());
        const LoadResult back = DocumentLoader::loadData(out, QStringLiteral("exported.yaml"));
        QVERIFY2(!hasErrors(check(back)), qPrintable(errorsOf(check(back))));
        const Sla::Core::Sla &sla = back.workspace.slas.constFirst();
        QCOMPARE(sla.notify.size(), 1);
        QVERIFY(sla.notify.constFirst().kind == NotifyTarget::Kind::Desktop);
        QCOMPARE(sla.alerts.size(), 4); // the four SRE workbook windows
    }

    // Issue 12: an SLA's report weight survives the OpenSLO trip (as the annotation
    // sladesk.io/weight on its SLOs, read back into the field, not left as an annotation).
    void weight_survivesTheOpenSloTrip()
    {
        QByteArray yaml;
        QFile file(fixture(QStringLiteral("sla-no-notify.yaml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        yaml = file.readAll();
        QVERIFY(yaml.contains("  window: 30d\n"));
        yaml.replace("  window: 30d\n", "  window: 30d\n  weight: 2.5\n");
        QVERIFY(yaml.contains("  alerts:\n    - {burnRate: default}\n"));
        const LoadResult r = DocumentLoader::loadData(yaml, QStringLiteral("weighted.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        QCOMPARE(r.workspace.slas.constFirst().weight, std::optional<double>(2.5));
        const QByteArray out = exportOpenSlo(r.workspace, nullptr);
        QVERIFY2(out.contains("sladesk.io/weight: \"2.5\""), out.constData());
        const LoadResult back = DocumentLoader::loadData(out, QStringLiteral("exported.yaml"));
        QVERIFY2(!hasErrors(check(back)), qPrintable(errorsOf(check(back))));
        QCOMPARE(back.workspace.slas.constFirst().weight, std::optional<double>(2.5));
        QVERIFY(!back.workspace.slas.constFirst().metadata.annotations.contains(QStringLiteral("sladesk.io/weight")));
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
    }

    // An SLA-wide burn-rate set on an SLA of one objective comes back SLA-wide: the export
    // marks its policies `sladesk.io/scope: sla`; without the mark the import cannot tell it
    // from a rule of that one objective.
    void slaWideAlert_ofOneObjectiveStaysSlaWide()
    {
        const LoadResult r = load(QStringLiteral("sla-no-notify.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
        QCOMPARE(sla.objectives.size(), 1);
        QCOMPARE(sla.alerts.size(), 1);
        QVERIFY(sla.alerts.constFirst().objective.isEmpty());
        const QByteArray out = exportOpenSlo(r.workspace, nullptr);
        QCOMPARE(out.count("sladesk.io/scope: sla"), 4); // one per window of the default set
        const LoadResult back = DocumentLoader::loadData(out, QStringLiteral("exported.yaml"));
        QVERIFY2(!hasErrors(check(back)), qPrintable(errorsOf(check(back))));
        const QList<Sla::Core::AlertRule> alerts = back.workspace.slas.constFirst().alerts;
        QCOMPARE(alerts.size(), 4);
        for (const Sla::Core::AlertRule &a : alerts)
            QVERIFY2(a.objective.isEmpty(), qPrintable(a.name + u' ' + a.objective));
        QByteArray unmarked = out;
        unmarked.replace("sladesk.io/scope: sla", "sladesk.io/other: sla");
        const LoadResult plain = DocumentLoader::loadData(unmarked, QStringLiteral("unmarked.yaml"));
        QVERIFY(!hasErrors(check(plain)));
        QCOMPARE(plain.workspace.slas.constFirst().alerts.constFirst().objective, sla.objectives.constFirst().name);
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
    }

    // Defect 3: names are at most 63 characters, stable, and a trip is a fixed point.
    void longNames_shortenedAndFixedPoint()
    {
        const LoadResult r = load(QStringLiteral("long-names.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        const QByteArray out = exportOpenSlo(r.workspace, nullptr);
        const QStringList names = exportedNames(out);
        QVERIFY(names.size() > 10);
        for (const QString &name : names)
            QVERIFY2(Names::isLabel(name), qPrintable(name));
        // The long objective's SLO: a readable prefix and a hash.
        const QString slo = Names::shorten(QStringLiteral("checkout-payment-gateway-service-level-agreement-"
                                                          "card-authorisation-availability-for-every-region"));
        QVERIFY2(slo.size() >= 55 && slo.size() <= 63, qPrintable(slo));
        QVERIFY(names.contains(slo));

        const LoadResult back = DocumentLoader::loadData(out, QStringLiteral("exported.yaml"));
        QVERIFY2(!hasErrors(check(back)), qPrintable(errorsOf(check(back))));
        QCOMPARE(back.workspace.slas.size(), 1);
        const Sla::Core::Sla &sla = back.workspace.slas.constFirst();
        const Sla::Core::Sla &original = r.workspace.slas.constFirst();
        QCOMPARE(sla.metadata.name, original.metadata.name);
        QCOMPARE(objectiveNames(sla), objectiveNames(original));
        QCOMPARE(sla.owner, QStringLiteral("payments-oncall"));
        QCOMPARE(sla.metadata.labels, original.metadata.labels);
        QCOMPARE(sla.notify.size(), 3);
        QVERIFY(sla.notify.at(1).kind == NotifyTarget::Kind::Alertmanager);

        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        QCOMPARE(objectiveNames(trip.reimported.slas.constFirst()), objectiveNames(original));
    }

    // Defect 4: a calendar anchor SLA Desk cannot keep is reported, with what changes.
    void calendarAnchor_warnsWhenBoundariesMove()
    {
        const LoadResult r = load(QStringLiteral("calendar-anchor.yaml"));
        const Diagnostics ds = check(r);
        QVERIFY2(!hasErrors(ds), qPrintable(errorsOf(ds)));
        const Diagnostic *d = findMessage(ds, QStringLiteral("anchor is not kept"));
        QVERIFY(d);
        QVERIFY(d->severity == Diagnostic::Severity::Warning);
        QCOMPARE(d->location.line, 21); // startTime
        QVERIFY2(d->message.contains(QStringLiteral("2022-01-01T12:00:00-05:00")), qPrintable(d->message));
        QVERIFY2(d->message.contains(QStringLiteral("America/New_York")), qPrintable(d->message));
        const Window w = *r.workspace.slas.constFirst().window;
        QVERIFY(w.kind == Window::Kind::Calendar);
        QVERIFY(w.calendar == CalendarUnit::Week);
        QCOMPARE(w.timeZone, QStringLiteral("America/New_York"));
    }
    void calendarAnchor_alignedStartIsSilent()
    {
        const LoadResult r = load(QStringLiteral("calendar-aligned.yaml"));
        QVERIFY(!findMessage(check(r), QStringLiteral("anchor")));
        // The export writes such an anchor, so a trip adds no warning.
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        QVERIFY(!findMessage(check(DocumentLoader::loadData(trip.openslo, QStringLiteral("x.yaml"))),
                             QStringLiteral("anchor")));
    }

    // Defect 5: metadata is kept where the model has a place.
    void openSloLabels_keptOnSla()
    {
        const LoadResult r = load(QStringLiteral("openslo-labels.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
        QCOMPARE(sla.metadata.labels.value(QStringLiteral("team")), QStringList{QStringLiteral("search")});
        QCOMPARE(sla.metadata.labels.value(QStringLiteral("region")),
                 (QStringList{QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")}));
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        QCOMPARE(trip.reimported.slas.constFirst().metadata.labels, sla.metadata.labels);
    }
    // Issue 8: corrections and annotations survive the sladesk/v1 conversion; the OpenSLO
    // export, which has no kind for them, leaves them out with a warning each.
    void correctionsAndAnnotations_keptInSladeskOnly()
    {
        const LoadResult r = load(QStringLiteral("corrections.yaml"));
        QVERIFY2(check(r).isEmpty(), qPrintable(errorsOf(check(r))));
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        QVERIFY(trip.converted.corrections == r.workspace.corrections);
        QVERIFY(trip.converted.annotations == r.workspace.annotations);
        QCOMPARE(trip.converted.corrections.constFirst().recurrence, QStringLiteral("FREQ=WEEKLY;BYDAY=SU;COUNT=10"));
        QCOMPARE(trip.converted.slas.constFirst().objectives.constFirst().minEvents, std::optional<double>(500));
        QVERIFY(trip.reimported.corrections.isEmpty());
        QVERIFY(!trip.openslo.contains("sunday-maintenance"));
        Diagnostics warnings;
        exportOpenSlo(r.workspace, &warnings);
        QVERIFY(findMessage(warnings, QStringLiteral("Correction 'sunday-maintenance' has no OpenSLO equivalent")));
        QVERIFY(findMessage(warnings, QStringLiteral("Annotation 'release-7' has no OpenSLO equivalent")));
    }
    void slothAlerting_namesLabelsAnnotationsKept()
    {
        const LoadResult r = load(QStringLiteral("sloth-alerting.yaml"));
        QVERIFY2(!hasErrors(check(r)), qPrintable(errorsOf(check(r))));
        const Sla::Core::Sla &sla = r.workspace.slas.constFirst();
        QCOMPARE(sla.alerts.size(), 2);
        // One Sloth alertname shared by two SLOs: unique names, the original kept.
        QCOMPARE(sla.alerts.at(0).name, QStringLiteral("payments-high-error-rate"));
        QCOMPARE(sla.alerts.at(1).name, QStringLiteral("payments-high-error-rate-requests-latency"));
        const auto &a = sla.metadata.annotations;
        QCOMPARE(a.value(QStringLiteral("sladesk.io/alertname.payments-high-error-rate")),
                 QStringLiteral("PaymentsHighErrorRate"));
        QCOMPARE(a.value(QStringLiteral("sladesk.io/alertname.payments-high-error-rate-requests-latency")),
                 QStringLiteral("PaymentsHighErrorRate"));
        QCOMPARE(a.value(QStringLiteral("sloth.slok.dev/alerting.labels.requests-availability")),
                 QStringLiteral("category=availability"));
        QCOMPARE(a.value(QStringLiteral("sloth.slok.dev/alerting.annotations.requests-availability")),
                 QStringLiteral("runbook=https://runbooks.example.com/payments"));
        QCOMPARE(a.value(QStringLiteral("sloth.slok.dev/page-alert.labels.requests-availability")),
                 QStringLiteral("severity=critical"));
        QCOMPARE(a.value(QStringLiteral("sloth.slok.dev/ticket-alert.labels.requests-availability")),
                 QStringLiteral("severity=warning"));
        const RoundTrip::Trip trip = RoundTrip::fullTrip(r.workspace);
        QVERIFY2(trip.ok(), qPrintable(trip.report()));
        QCOMPARE(trip.reimported.slas.constFirst().metadata.annotations, a);
    }

    // Defect 6: strict JSON for .json files, PromQL shape checks for Sloth queries.
    void datadogJson_strict_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addRow("trailing comma") << "datadog-trailing-comma.json" << 4 << 56;
        QTest::addRow("single quotes") << "datadog-single-quotes.json" << 1 << 11;
    }
    void datadogJson_strict()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        const LoadResult r = load(file);
        QVERIFY(r.workspace.slas.isEmpty());
        const Diagnostic *d = findMessage(r.diagnostics, QStringLiteral("not valid JSON"));
        QVERIFY2(d, qPrintable(errorsOf(r.diagnostics)));
        QVERIFY(d->isError());
        QCOMPARE(d->location.file, fixture(file));
        QCOMPARE(d->location.line, line);
        QCOMPARE(d->location.column, column);
    }
    void slothQuery_checkedAsPromQl()
    {
        const LoadResult r = load(QStringLiteral("sloth-bad-query.yaml"));
        const Diagnostic *paren = findMessage(r.diagnostics, QStringLiteral("'(' is never closed"));
        QVERIFY2(paren, qPrintable(errorsOf(r.diagnostics)));
        QCOMPARE(paren->location.line, 9);
        const Diagnostic *matcher =
            findMessage(r.diagnostics, QStringLiteral("'{code=5xx}' is not a list of label matchers"));
        QVERIFY2(matcher, qPrintable(errorsOf(r.diagnostics)));
        QCOMPARE(matcher->location.line, 10);
        QVERIFY(r.workspace.slas.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
