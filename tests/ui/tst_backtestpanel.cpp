// SPDX-License-Identifier: Apache-2.0
// The editor's alert backtest panel (issue 9), on the offscreen platform: its figures are
// slactl backtest's for the demo's precision objective over a fixed range with a variant;
// keeping a variant changes only the rule's lines of the saved file and undo restores
// them; a run can be cancelled; a failing source is an inline error. Also the knobs of
// the rules (alertvariant.h) and the timeline's scale.
#include "core/document/yamlwriter.h"
#include "tests/support/slactlrunner.h"
#include "tests/support/testutils.h"
#include "ui/editor/alertvariant.h"
#include "ui/editor/backtestpanel.h"
#include "ui/editor/backtesttimeline.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/slaform.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Sla;
using Core::Alerting::BacktestVariant;

namespace {

const QString kDemo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString kSla = QStringLiteral("fraud-detection-api");
const QString kPrecision = QStringLiteral("precision");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

/// The JSON value slactl writes for an optional time.
QString jsonTime(const QJsonValue &v)
{
    return v.isNull() ? QString() : v.toString();
}

/// Compares the panel's figures of one variant with slactl's JSON of it.
void compareVariant(const BacktestVariant &panel, const QJsonObject &cli)
{
    const QJsonObject s = cli.value(QStringLiteral("summary")).toObject();
    QCOMPARE(panel.summary.pages, s.value(QStringLiteral("pages")).toInt());
    QCOMPARE(double(panel.summary.firingMs) / 1000, s.value(QStringLiteral("firingSeconds")).toDouble());
    QCOMPARE(iso(panel.summary.firstPage), jsonTime(s.value(QStringLiteral("firstPage"))));
    const QJsonValue consumed = s.value(QStringLiteral("budgetConsumedBeforeFirstPage"));
    QCOMPARE(panel.summary.consumedAtFirstPage.has_value(), !consumed.isNull());
    if (panel.summary.consumedAtFirstPage)
        QCOMPARE(*panel.summary.consumedAtFirstPage, consumed.toDouble());
    const QJsonArray breaches = s.value(QStringLiteral("breaches")).toArray();
    QCOMPARE(panel.summary.breaches.size(), breaches.size());
    for (int i = 0; i < breaches.size(); ++i) {
        const auto &b = panel.summary.breaches.at(i);
        const QJsonObject j = breaches.at(i).toObject();
        QCOMPARE(iso(b.start), jsonTime(j.value(QStringLiteral("start"))));
        QCOMPARE(iso(b.end), jsonTime(j.value(QStringLiteral("end"))));
        const QJsonValue after = j.value(QStringLiteral("detectedAfterSeconds"));
        QCOMPARE(b.detectedAfterMs.has_value(), !after.isNull());
        if (b.detectedAfterMs)
            QCOMPARE(double(*b.detectedAfterMs) / 1000, after.toDouble());
    }
    const QJsonArray episodes = cli.value(QStringLiteral("episodes")).toArray();
    QCOMPARE(panel.episodes.size(), episodes.size());
    for (int i = 0; i < episodes.size(); ++i) {
        const QJsonObject e = episodes.at(i).toObject();
        QCOMPARE(panel.episodes.at(i).key.rule, e.value(QStringLiteral("rule")).toString());
        QCOMPARE(iso(panel.episodes.at(i).start), jsonTime(e.value(QStringLiteral("start"))));
        QCOMPARE(iso(panel.episodes.at(i).end), jsonTime(e.value(QStringLiteral("end"))));
    }
}

/// The lines of `a` and `b` that differ (same line count assumed), 1-based.
QList<int> changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    QList<int> out;
    for (int i = 0; i < std::max(la.size(), lb.size()); ++i) {
        if (la.value(i) != lb.value(i))
            out << i + 1;
    }
    return out;
}

} // namespace

class TestBacktestPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knobs_ofThePrecisionRules();
    void knobs_rejectWhatIsNotAValue_data();
    void knobs_rejectWhatIsNotAValue();
    void timelineScale_mapsTheRange();
    void figures_equalSlactlBacktest();
    void keepVariant_changesOnlyTheRulesLines_andUndoRestoresThem();
    void keepVariant_ofATierRule_addsAnOverride();
    void run_canBeCancelled();
    void failingSource_isAnInlineError();
    void editor_hasTheTab_followingTheFormsObjective();

private:
    QTemporaryDir m_settings;
};

void TestBacktestPanel::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestBacktestPanel::knobs_ofThePrecisionRules()
{
    Ui::EditorSession session;
    QVERIFY(session.open(kDemo));
    const Core::Sla *sla = session.result().workspace.findSla(kSla);
    QVERIFY(sla);
    // The SLA's burn-rate set replaces tier-1's of the same name.
    const QList<Ui::ObjectiveAlert> alerts = Ui::objectiveAlerts(*sla, nullptr, kPrecision);
    QCOMPARE(alerts.size(), 3);
    QList<Core::AlertRule> rules;
    for (const Ui::ObjectiveAlert &a : alerts)
        rules << a.rule;
    QCOMPARE(Ui::alertName(rules.at(0)), QStringLiteral("precision-drop"));
    QCOMPARE(Ui::alertName(rules.at(1)), QStringLiteral("burn-rate"));
    const QList<Ui::AlertKnob> knobs = Ui::AlertKnobs::of(rules);
    QStringList dump;
    for (const Ui::AlertKnob &k : knobs)
        dump << Ui::AlertKnobs::label(rules, k) + QStringLiteral(" = ") + Ui::AlertKnobs::text(rules, k);
    QCOMPARE(dump.first(), QStringLiteral("precision-drop: below = 0.93"));
    QVERIFY2(dump.contains(QStringLiteral("precision-drop: for = 1h")), qPrintable(dump.join(u'\n')));
    QVERIFY2(dump.contains(QStringLiteral("burn-rate: pair 1 (page) factor = 14.4")), qPrintable(dump.join(u'\n')));
    QVERIFY2(dump.contains(QStringLiteral("precision-budget-low: budgetBelow = 0.25")), qPrintable(dump.join(u'\n')));
    // The first candidate halves the first `for`.
    const QList<Core::AlertRule> first = Ui::AlertKnobs::firstVariant(rules);
    QCOMPARE(first.at(0).forDuration->ms, 30 * Core::Duration::Minute);
    QCOMPARE(Ui::AlertKnobs::differences(rules, first), 1);
}

void TestBacktestPanel::knobs_rejectWhatIsNotAValue_data()
{
    QTest::addColumn<int>("knob");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    // Knobs of the demo's precision rules: 0 below, 1 window, 2 for, 3 keepFiring, 4.. burn-rate pairs.
    QTest::addRow("level") << 0 << QStringLiteral("0.9") << true;
    QTest::addRow("level not a number") << 0 << QStringLiteral("high") << false;
    QTest::addRow("window") << 1 << QStringLiteral("30m") << true;
    QTest::addRow("window not a duration") << 1 << QStringLiteral("soon") << false;
    QTest::addRow("for empty unsets it") << 2 << QString() << true;
    QTest::addRow("keepFiring") << 3 << QStringLiteral("10m") << true;
    QTest::addRow("factor") << 4 << QStringLiteral("10") << true;
    QTest::addRow("factor zero") << 4 << QStringLiteral("0") << false;
    QTest::addRow("burn-rate window") << 5 << QStringLiteral("2h") << true;
    QTest::addRow("burn-rate window not measured") << 6 << QStringLiteral("10m") << false;
}

void TestBacktestPanel::knobs_rejectWhatIsNotAValue()
{
    QFETCH(int, knob);
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    Ui::EditorSession session;
    QVERIFY(session.open(kDemo));
    QList<Core::AlertRule> rules;
    for (const Ui::ObjectiveAlert &a :
         Ui::objectiveAlerts(*session.result().workspace.findSla(kSla), nullptr, kPrecision))
        rules << a.rule;
    const QList<Core::AlertRule> before = rules;
    const Ui::AlertKnob k = Ui::AlertKnobs::of(rules).at(knob);
    QString error;
    QCOMPARE(Ui::AlertKnobs::setText(rules, k, text, &error), accepted);
    if (accepted) {
        QCOMPARE(Ui::AlertKnobs::text(rules, k), text);
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(rules, before);
    }
}

void TestBacktestPanel::timelineScale_mapsTheRange()
{
    const QDateTime from(QDate(2025, 1, 22), QTime(0, 0), Qt::UTC);
    const Ui::TimelineScale scale{from, from.addSecs(3600), 100, 600};
    QCOMPARE(scale.x(from), 100.0);
    QCOMPARE(scale.x(from.addSecs(1800)), 400.0);
    QCOMPARE(scale.x(from.addSecs(7200)), 700.0); // clamped
    QCOMPARE(scale.x(from.addSecs(-60)), 100.0);
    QCOMPARE(scale.x(QDateTime()), 700.0); // an open episode runs to the end
}

void TestBacktestPanel::figures_equalSlactlBacktest()
{
    Ui::EditorSession session;
    QVERIFY(session.open(kDemo));
    Ui::BacktestPanel panel(&session);
    panel.show();
    panel.showSla(kSla, kPrecision);
    const QDateTime from(QDate(2025, 1, 21), QTime(12, 0), Qt::UTC);
    const QDateTime to(QDate(2025, 1, 27), QTime(0, 0), Qt::UTC);
    panel.setRange(from, to);
    panel.setStep(5 * Core::Duration::Minute);
    QCOMPARE(panel.addVariant(), 0);
    // A second variant with a lower page factor, typed into its column.
    QCOMPARE(panel.addVariant(), 1);
    QVERIFY(panel.setVariantValue(1, 4, QStringLiteral("10")));
    QSignalSpy finished(&panel, &Ui::BacktestPanel::finished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    // A real event loop: QTRY_*'s polling sleeps 10 ms between turns, a turn per step.
    QVERIFY(finished.wait(60000));
    QVERIFY2(panel.errorLabel()->isHidden(), qPrintable(panel.errorLabel()->text()));
    const QList<BacktestVariant> results = panel.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(panel.resultsTable()->columnCount(), 3);
    QCOMPARE(panel.timeline()->laneCount(), 3);

    // The same variants as slactl --variant files.
    QTemporaryDir dir;
    QStringList args{QStringLiteral("backtest"),    kDemo,      QStringLiteral("--from"),   iso(from),
                     QStringLiteral("--to"),        iso(to),    QStringLiteral("--sla"),    kSla,
                     QStringLiteral("--objective"), kPrecision, QStringLiteral("--format"), QStringLiteral("json")};
    for (int v = 0; v < panel.variantCount(); ++v) {
        Core::Workspace ws;
        Core::TierTemplate tier;
        tier.metadata.name = QStringLiteral("variant-%1").arg(v);
        tier.alerts = panel.variant(v);
        ws.tiers << tier;
        const QString file = dir.filePath(tier.metadata.name + QStringLiteral(".yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Core::writeDocuments(ws));
        f.close();
        args << QStringLiteral("--variant") << file;
    }
    const auto r = TestSupport::runSlactl(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray variants =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("variants")).toArray();
    QCOMPARE(variants.size(), 3);
    for (int v = 0; v < 3; ++v)
        compareVariant(results.at(v), variants.at(v).toObject());
    // The precision drop pages in the range; halving its `for` pages earlier.
    QVERIFY(results.at(0).summary.pages > 0);
    QVERIFY(results.at(1).summary.firstPage < results.at(0).summary.firstPage);
    QCOMPARE(panel.resultsTable()->item(0, 0)->text(), QString::number(results.at(0).summary.pages));
}

void TestBacktestPanel::keepVariant_changesOnlyTheRulesLines_andUndoRestoresThem()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    const QString file = dir.filePath(QStringLiteral("fraud-detection-api.yaml"));
    const QByteArray original = readFile(file);
    Ui::EditorSession session;
    QVERIFY(session.open(dir.path()));
    Ui::BacktestPanel panel(&session);
    panel.showSla(kSla, kPrecision);
    QCOMPARE(panel.addVariant(), 0);                             // precision-drop's `for` halved
    QVERIFY(panel.setVariantValue(0, 3, QStringLiteral("15m"))); // and a keepFiring added
    QVERIFY(panel.keepVariant(0));
    QVERIFY(session.save(session.fileOf({QStringLiteral("SLA"), kSla})));
    const QByteArray kept = readFile(file);
    const QList<int> lines = changedLines(original, kept);
    QCOMPARE(lines.size(), 1);
    const QByteArray line = kept.split('\n').at(lines.first() - 1);
    QVERIFY2(line.contains("name: precision-drop") && line.contains("for: 30m") && line.contains("keepFiring: 15m"),
             line.constData());
    // The panel now shows the kept values as the current rules.
    QCOMPARE(panel.rulesTable()->item(2, 0)->text(), QStringLiteral("30m"));
    session.undoStack()->undo();
    QVERIFY(session.save(session.fileOf({QStringLiteral("SLA"), kSla})));
    QCOMPARE(readFile(file), original);
}

void TestBacktestPanel::keepVariant_ofATierRule_addsAnOverride()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    const QString file = dir.filePath(QStringLiteral("recommendation-api.yaml"));
    Ui::EditorSession session;
    QVERIFY(session.open(dir.path()));
    const Core::Sla *sla = session.result().workspace.findSla(QStringLiteral("recommendation-api"));
    QVERIFY(sla && !sla->objectives.isEmpty());
    Ui::BacktestPanel panel(&session);
    panel.showSla(sla->metadata.name);
    QVERIFY(panel.rulesTable()->rowCount() > 0);
    QCOMPARE(panel.addVariant(), 0);
    const QByteArray before = session.text(file);
    QVERIFY2(panel.keepVariant(0), qPrintable(panel.errorLabel()->text()));
    const QByteArray after = session.text(file);
    QVERIFY(after != before);
    QVERIFY(session.result().diagnostics.isEmpty() ||
            std::none_of(session.result().diagnostics.cbegin(), session.result().diagnostics.cend(),
                         [](const Core::Diagnostic &d) { return d.isError(); }));
    session.undoStack()->undo();
    QCOMPARE(session.text(file), before);
}

void TestBacktestPanel::run_canBeCancelled()
{
    Ui::EditorSession session;
    QVERIFY(session.open(kDemo));
    Ui::BacktestPanel panel(&session);
    panel.show();
    panel.showSla(kSla, kPrecision);
    panel.setLastWindow(); // 30 days every 5 minutes: thousands of steps
    QSignalSpy progress(&panel, &Ui::BacktestPanel::progressChanged);
    QSignalSpy finished(&panel, &Ui::BacktestPanel::finished);
    QSignalSpy cancelled(&panel, &Ui::BacktestPanel::cancelled);
    panel.run();
    QVERIFY(panel.isRunning());
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(!panel.runButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 3, 30000);
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(!panel.progressBar()->isVisible());
    const qsizetype steps = progress.size();
    QTest::qWait(300);
    QCOMPARE(progress.size(), steps); // nothing more is read
    QCOMPARE(finished.size(), 0);
    QVERIFY(panel.results().isEmpty());
}

void TestBacktestPanel::failingSource_isAnInlineError()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path())); // without data/demo.om.gz: the recording cannot be read
    Ui::EditorSession session;
    QVERIFY(session.open(dir.path()));
    Ui::BacktestPanel panel(&session);
    panel.show();
    panel.showSla(kSla, kPrecision);
    panel.setRange(QDateTime(QDate(2025, 1, 22), QTime(0, 0), Qt::UTC),
                   QDateTime(QDate(2025, 1, 22), QTime(1, 0), Qt::UTC));
    QSignalSpy failed(&panel, &Ui::BacktestPanel::failed);
    panel.run();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(panel.errorLabel()->isVisible());
    QVERIFY2(panel.errorLabel()->text().contains(QStringLiteral("demo.om.gz")), qPrintable(panel.errorLabel()->text()));
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.results().isEmpty());
}

void TestBacktestPanel::editor_hasTheTab_followingTheFormsObjective()
{
    Ui::EditorWidget editor;
    QVERIFY(editor.openWorkspace(kDemo));
    editor.show();
    QVERIFY(editor.selectDocument(QStringLiteral("SLA"), kSla));
    Ui::BacktestPanel *panel = editor.backtestPanel();
    const int tab = editor.tabs()->indexOf(panel);
    QVERIFY(tab >= 0);
    QCOMPARE(editor.tabs()->tabText(tab), QStringLiteral("Alert &backtest"));
    QCOMPARE(panel->objective(), QStringLiteral("availability"));
    editor.form()->objectiveList()->setCurrentRow(3);
    QTRY_COMPARE(panel->objective(), kPrecision);
    QCOMPARE(panel->rulesTable()->item(0, 0)->text(), QStringLiteral("0.93")); // precision-drop's level
    // Another kind of document: nothing to backtest.
    QVERIFY(editor.selectDocument(QStringLiteral("Correction"), QStringLiteral("recs-cache-upgrade")));
    QCOMPARE(panel->rulesTable()->rowCount(), 0);
    QVERIFY(!panel->runButton()->isEnabled());
}

QTEST_MAIN(TestBacktestPanel)
#include "tst_backtestpanel.moc"
