// SPDX-License-Identifier: Apache-2.0
// Replays every saved fuzz finding (tests/data/fuzz-regressions/<target>/) and every
// checked-in seed (tests/fuzz/seeds/<target>/) through the entry function the fuzzer ran,
// in the normal build: each must pass the target's checks and must not crash (under the
// asan preset: no sanitizer report either).
#include "fuzzsupport.h"
#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

struct Target
{
    const char *name;
    Sla::Fuzz::Entry entry;
};

constexpr Target kTargets[] = {
    {"document", Sla::Fuzz::fuzzDocument},
    {"openslo", Sla::Fuzz::fuzzOpenSlo},
    {"sloth", Sla::Fuzz::fuzzSloth},
    {"pyrra", Sla::Fuzz::fuzzPyrra},
    {"datadog_slo", Sla::Fuzz::fuzzDatadogSlo},
    {"prometheus_response", Sla::Fuzz::fuzzPrometheusResponse},
    {"datadog_response", Sla::Fuzz::fuzzDatadogResponse},
    {"openmetrics", Sla::Fuzz::fuzzOpenMetrics},
    {"openmetrics_gzip", Sla::Fuzz::fuzzOpenMetricsGzip},
    {"prom_selector", Sla::Fuzz::fuzzPromSelector},
    {"datadog_selector", Sla::Fuzz::fuzzDatadogSelector},
    {"duration", Sla::Fuzz::fuzzDuration},
    {"cloudwatch_selector", Sla::Fuzz::fuzzCloudWatchSelector},
    {"cloudwatch_response", Sla::Fuzz::fuzzCloudWatchResponse},
};

QString run(Sla::Fuzz::Entry entry, const QByteArray &input)
{
    return entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

Q_DECLARE_METATYPE(Sla::Fuzz::Entry)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<Sla::Fuzz::Entry>("entry");
        QTest::addColumn<QString>("path");
        const QString roots[] = {QStringLiteral(SLA_TEST_DATA_DIR "/fuzz-regressions"),
                                 QStringLiteral(SLA_FUZZ_DIR "/seeds")};
        for (const Target &target : kTargets) {
            for (const QString &root : roots) {
                const QDir dir(root + QLatin1Char('/') + QLatin1String(target.name));
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                    QTest::addRow("%s/%s/%s", qPrintable(QDir(root).dirName()), target.name, qPrintable(file))
                        << target.entry << dir.filePath(file);
            }
        }
    }
    void replay()
    {
        QFETCH(Sla::Fuzz::Entry, entry);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QCOMPARE(run(entry, file.readAll()), QString());
    }

    void emptyInput_passesEveryTarget()
    {
        for (const Target &target : kTargets)
            QCOMPARE(run(target.entry, QByteArray()), QString());
    }

    // The checks the entry functions apply catch what they are meant to catch.
    void checks_catchUnpositionedAndEmptyErrors()
    {
        using Sla::Core::Diagnostic;
        using Sla::Fuzz::checkDiagnostics;
        const QString file = QStringLiteral("fuzz.yaml");
        const Diagnostic positioned{Diagnostic::Severity::Error, {file, 3, 7}, QStringLiteral("bad")};
        QCOMPARE(checkDiagnostics({positioned}, file), QString());
        const Diagnostic noLine{Diagnostic::Severity::Error, {file, 0, 0}, QStringLiteral("bad")};
        QCOMPARE(checkDiagnostics({noLine}, file), QStringLiteral("error without a line: fuzz.yaml: error: bad"));
        QCOMPARE(checkDiagnostics({noLine}, file, Sla::Fuzz::Lines::Optional), QString());
        const Diagnostic noMessage{Diagnostic::Severity::Warning, {file, 1, 1}, QStringLiteral(" ")};
        QVERIFY(
            checkDiagnostics({noMessage}, file).startsWith(QStringLiteral("diagnostic: an error without a message")));
        const Diagnostic elsewhere{
            Diagnostic::Severity::Warning, {QStringLiteral("other.yaml"), 1, 1}, QStringLiteral("w")};
        QVERIFY(checkDiagnostics({elsewhere}, file).startsWith(QStringLiteral("diagnostic names another file")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
