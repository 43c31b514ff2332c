// SPDX-License-Identifier: Apache-2.0
// Validation of Correction and Annotation documents (issue 8): references with "did you
// mean", end before start, bad recurrence rules at their column, a correction longer than
// the window, overlapping corrections of one objective.
#include "core/exchange/loader.h"
#include "core/validation/validator.h"
#include "tests/support/testutils.h"

#include <QFile>
#include <QTest>

using namespace Sla::Core;
using namespace Sla::Core::TestUtils;

namespace {
/// tests/data/document/api-sla.yaml: data source `p`, SLA `api` (window 7d) with the
/// objectives `availability` and `latency`.
QByteArray apiWorkspace()
{
    return TestUtils::readFile(QStringLiteral(SLA_TEST_DATA_DIR "/document/api-sla.yaml"));
}

/// A Correction named `name` on `slas` (and `objectives` when given), spec from line 7 on.
QByteArray correction(const char *name, const char *slas, const char *objectives, const char *body)
{
    return QByteArray("apiVersion: sladesk/v1\n" // 1
                      "kind: Correction\n"       // 2
                      "metadata: {name: ") +     // 3
           name +
           "}\nspec:\n" +                                 // 4
           "  slas: [" + slas + "]\n" +                   // 5
           "  objectives: [" + objectives + "]\n" + body; // 6, then 7...
}

Diagnostics validate(const QByteArray &extra)
{
    const LoadResult r =
        DocumentLoader::loadFiles({{QStringLiteral("ws.yaml"), apiWorkspace()}, {QStringLiteral("c.yaml"), extra}});
    Diagnostics all = r.diagnostics;
    all += validateWorkspace(r.workspace);
    return all;
}
} // namespace

class TestCorrectionValidator : public QObject
{
    Q_OBJECT
private slots:
    void valid_setIsClean();
    void diagnostics_data();
    void diagnostics();
    void overlap_adjacentOrOtherObjective_isSilent();
};

void TestCorrectionValidator::valid_setIsClean()
{
    const QByteArray yaml =
        correction("weekly", "api", "availability",
                   "  start: 2025-06-01T00:00:00Z\n  duration: 2h\n  recurrence: FREQ=WEEKLY;BYDAY=SU\n"
                   "  timeZone: Europe/Berlin\n") +
        "---\napiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: n}\n"
        "spec: {slas: [api], objectives: [latency], time: '2025-06-02T00:00:00Z', text: deploy, kind: deploy}\n";
    const Diagnostics d = validate(yaml);
    QVERIFY2(d.isEmpty(), qPrintable(dump(d)));
}

void TestCorrectionValidator::diagnostics_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const char *twoHours = "  start: 2025-06-09T10:00:00Z\n  duration: 2h\n";
    QTest::newRow("unknown SLA") << correction("a", "api, apx", "availability", twoHours) << true << 5 << 15
                                 << "unknown SLA 'apx' in Correction 'a'; did you mean 'api'?";
    QTest::newRow("unknown SLA, none close") << correction("a", "checkout", "availability", twoHours) << true << 5 << 10
                                             << "unknown SLA 'checkout' in Correction 'a' (known: api)";
    QTest::newRow("unknown objective") << correction("a", "api", "latency, availabilty", twoHours) << true << 6 << 25
                                       << "unknown objective 'availabilty' in Correction 'a'; did you mean "
                                          "'availability'?";
    QTest::newRow("end before start") << correction("a", "api", "latency",
                                                    "  start: 2025-06-09T10:00:00Z\n  end: 2025-06-09T09:00:00Z\n")
                                      << true << 8 << 8
                                      << "end 2025-06-09T09:00:00Z of Correction 'a' is not after its start "
                                         "2025-06-09T10:00:00Z";
    QTest::newRow("end equals start") << correction("a", "api", "latency",
                                                    "  start: 2025-06-09T10:00:00Z\n  end: 2025-06-09T10:00:00Z\n")
                                      << true << 8 << 8 << "is not after its start";
    // The rule's text starts at column 15; XY is its 22nd character.
    QTest::newRow("bad rule, plain") << correction("a", "api", "latency",
                                                   "  start: 2025-06-09T10:00:00Z\n  duration: 1h\n"
                                                   "  recurrence: FREQ=WEEKLY;BYDAY=MO,XY\n")
                                     << true << 9 << 36
                                     << "invalid recurrence of Correction 'a': BYDAY item 'XY' is no weekday";
    QTest::newRow("bad rule, quoted") << correction("a", "api", "latency",
                                                    "  start: 2025-06-09T10:00:00Z\n  duration: 1h\n"
                                                    "  recurrence: \"FREQ=WEEKLY;BYDAY=MO,XY\"\n")
                                      << true << 9 << 37 << "BYDAY item 'XY' is no weekday";
    QTest::newRow("bad rule, flow mapping")
        << QByteArray("apiVersion: sladesk/v1\nkind: Correction\nmetadata: {name: a}\n"
                      "spec: {slas: [api], start: '2025-06-09T10:00:00Z', duration: 1h, recurrence: FREQ=HOURLY}\n")
        << true << 4 << 83 << "FREQ=HOURLY is not supported";
    QTest::newRow("longer than the window")
        << correction("a", "api", "latency", "  start: 2025-06-09T10:00:00Z\n  duration: 8d\n") << false << 8 << 13
        << "Correction 'a' lasts 8d, longer than the 7d window of objective "
           "'latency' of SLA 'api'";
    QTest::newRow("overlap, one-off")
        << correction("a", "api", "", twoHours) + "---\n" +
               correction("b", "api", "availability", "  start: 2025-06-09T11:00:00Z\n  duration: 2h\n")
        << false << 16 << 10
        << "Correction 'b' overlaps Correction 'a' (c.yaml:7) on objective 'availability' of SLA 'api' from "
           "2025-06-09T11:00:00Z to 2025-06-09T12:00:00Z";
    // Sundays 02:00-04:00 Berlin (00:00-02:00Z in summer) against 03:00-04:00 CEST on June 22.
    QTest::newRow("overlap, recurring")
        << correction("weekly", "api", "latency",
                      "  start: 2025-06-01T00:00:00Z\n  duration: 2h\n  recurrence: FREQ=WEEKLY\n"
                      "  timeZone: Europe/Berlin\n") +
               "---\n" + correction("once", "api", "latency", "  start: 2025-06-22T01:00:00Z\n  duration: 1h\n")
        << false << 18 << 10
        << "Correction 'once' overlaps Correction 'weekly' (c.yaml:7) on objective 'latency' of SLA 'api' from "
           "2025-06-22T01:00:00Z to 2025-06-22T02:00:00Z";
    QTest::newRow("annotation unknown SLA")
        << QByteArray("apiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: n}\n"
                      "spec:\n  slas: [apl]\n  time: 2025-06-09T10:00:00Z\n  text: x\n")
        << true << 5 << 10 << "unknown SLA 'apl' in Annotation 'n'; did you mean 'api'?";
    QTest::newRow("annotation unknown objective")
        << QByteArray("apiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: n}\n"
                      "spec:\n  slas: [api]\n  objectives: [latncy]\n  time: 2025-06-09T10:00:00Z\n  text: x\n")
        << true << 6 << 16 << "unknown objective 'latncy' in Annotation 'n'; did you mean 'latency'?";
    QTest::newRow("annotation end before time")
        << QByteArray("apiVersion: sladesk/v1\nkind: Annotation\nmetadata: {name: n}\n"
                      "spec:\n  slas: [api]\n  time: 2025-06-09T10:00:00Z\n  end: 2025-06-09T09:59:59Z\n  text: x\n")
        << true << 7 << 8 << "end 2025-06-09T09:59:59Z of Annotation 'n' is before its time 2025-06-09T10:00:00Z";
    QTest::newRow("duplicate correction")
        << correction("a", "api", "latency", twoHours) + "---\n" +
               correction("a", "api", "availability", "  start: 2025-07-09T10:00:00Z\n  duration: 2h\n")
        << true << 12 << 18 << "Correction 'a' is already defined at c.yaml:3";
}

void TestCorrectionValidator::diagnostics()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Diagnostics d = validate(yaml);
    const auto severity = isError ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
    QVERIFY2(hasDiagnostic(d, severity, QStringLiteral("c.yaml"), line, column, message), qPrintable(dump(d)));
    QCOMPARE(d.size(), 1);
}

void TestCorrectionValidator::overlap_adjacentOrOtherObjective_isSilent()
{
    const char *twoHours = "  start: 2025-06-09T10:00:00Z\n  duration: 2h\n";
    // b starts when a ends.
    const Diagnostics adjacent =
        validate(correction("a", "api", "availability", twoHours) + "---\n" +
                 correction("b", "api", "availability", "  start: 2025-06-09T12:00:00Z\n  duration: 2h\n"));
    QVERIFY2(adjacent.isEmpty(), qPrintable(dump(adjacent)));
    // Same time, different objectives.
    const Diagnostics other = validate(correction("a", "api", "availability", twoHours) + "---\n" +
                                       correction("b", "api", "latency", twoHours));
    QVERIFY2(other.isEmpty(), qPrintable(dump(other)));
}

QTEST_GUILESS_MAIN(TestCorrectionValidator)
#include "tst_correctionvalidator.moc"
