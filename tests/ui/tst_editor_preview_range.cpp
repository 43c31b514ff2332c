// SPDX-License-Identifier: Apache-2.0
// The live preview over a chosen range (issue 9): the objective evaluated over exactly the
// range, by the evaluator, on the demo's recording; presets; a range that ends before it
// starts; a stale answer dropped when the range changes again.
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "ui/charts/sparkline.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/objectivepreview.h"
#include "ui/editor/slaform.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Sla;

namespace {
const QString kDemo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString kSla = QStringLiteral("fraud-detection-api");
const QString kObjective = QStringLiteral("availability");

/// The evaluator's own figures for the objective with its window set to [from, to], built
/// here from the model (not through the preview's code), evaluated at `to`.
Core::ObjectiveResult evaluatorFigure(const QDateTime &alignTo, const QDateTime &from, const QDateTime &to)
{
    Core::LoadResult demo = Core::DocumentLoader::loadPaths({kDemo});
    for (Core::Sla &s : demo.workspace.slas) {
        for (Core::Objective &o : s.objectives) {
            if (s.metadata.name == kSla && o.name == kObjective)
                o.window = Core::Window::rollingWindow(Core::Duration{from.msecsTo(to)});
        }
    }
    Core::Evaluator evaluator;
    Core::EvaluatorOptions options;
    options.workspaceDir = kDemo;
    options.alignTo = alignTo;
    evaluator.setWorkspace(demo.workspace, options);
    QFuture<Core::EvaluationReport> f = evaluator.evaluate(to);
    if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
        return {};
    const Core::ObjectiveResult *r = f.result().findObjective(kSla, kObjective);
    return r ? *r : Core::ObjectiveResult();
}

struct Fixture
{
    Ui::EditorWidget w;
    Ui::ObjectivePreview *preview = nullptr;
    QDateTime now;

    bool open()
    {
        w.resize(900, 600);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openWorkspace(kDemo) ||
            !w.selectDocument(QStringLiteral("SLA"), kSla))
            return false;
        preview = w.form()->preview();
        preview->setDelay(50);
        // A fixed "now", so the recording is aligned the same for the preview and the test.
        const qint64 ms = QDateTime::currentMSecsSinceEpoch();
        now = QDateTime::fromMSecsSinceEpoch(ms - ms % Core::Duration::Hour, Qt::UTC);
        preview->setAlignTo(now);
        w.form()->selectObjective(0);
        return true;
    }
};
} // namespace

class TestEditorPreviewRange : public QObject
{
    Q_OBJECT
private slots:
    void chosenRange_equalsTheEvaluatorsFigure()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy shown(f.preview, &Ui::ObjectivePreview::previewShown);
        const QDateTime to = f.now.addDays(-3);
        const QDateTime from = to.addDays(-2);
        f.preview->setRange(Ui::ObjectivePreview::Range::Chosen, from, to);
        QCOMPARE(f.preview->rangeBox()->currentIndex(), int(Ui::ObjectivePreview::Range::Chosen));
        QVERIFY(f.preview->fromEdit()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->result().windowEnd == to && f.preview->sli().has_value(), 60000);
        QCOMPARE(f.preview->result().windowStart, from);
        const Core::ObjectiveResult truth = evaluatorFigure(f.now, from, to);
        QVERIFY(truth.sli.has_value());
        QCOMPARE(truth.windowStart, from);
        // One truth per figure: the same numbers, not merely close ones.
        QCOMPARE(*f.preview->sli(), *truth.sli);
        QCOMPARE(f.preview->result().remaining, truth.remaining);
        QCOMPARE(f.preview->result().status, truth.status);
        // And the figure the evaluator gives a chart of that range (ObjectiveSeries::rangeSli).
        {
            const Core::LoadResult demo = Core::DocumentLoader::loadPaths({kDemo});
            Core::Evaluator evaluator;
            Core::EvaluatorOptions options;
            options.workspaceDir = kDemo;
            options.alignTo = f.now;
            evaluator.setWorkspace(demo.workspace, options);
            QFuture<Core::ObjectiveSeries> s = evaluator.series(kSla, kObjective, from, to, Core::Duration::Hour);
            QTRY_VERIFY_WITH_TIMEOUT(s.isFinished(), 60000);
            QVERIFY(s.result().rangeSli.has_value());
            QCOMPARE(*f.preview->sli(), *s.result().rangeSli);
        }
        QVERIFY2(f.preview->summary()->text().contains(QStringLiteral("over %1 – %2 UTC")
                                                           .arg(from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                                to.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
                 qPrintable(f.preview->summary()->text()));
        // The sparkline covers the range.
        QTRY_VERIFY_WITH_TIMEOUT(!f.preview->sparkline()->times().empty(), 60000);
        QVERIFY(f.preview->sparkline()->times().front() >= from.toMSecsSinceEpoch());
        QVERIFY(f.preview->sparkline()->times().back() <= to.toMSecsSinceEpoch());
        // The whole 30-day window gives another figure (the demo's availability drifts).
        f.preview->setRange(Ui::ObjectivePreview::Range::Window);
        QVERIFY(!f.preview->fromEdit()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->result().windowStart.isValid() &&
                                     f.preview->result().windowStart.daysTo(f.preview->result().windowEnd) == 30,
                                 60000);
    }

    void preset_last24Hours_typedWithTheKeyboard()
    {
        Fixture f;
        QVERIFY(f.open());
        QComboBox *box = f.preview->rangeBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), int(Ui::ObjectivePreview::Range::Last24Hours));
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->result().windowEnd == f.now && f.preview->sli().has_value(), 60000);
        QCOMPARE(f.preview->result().windowStart, f.now.addDays(-1));
        const Core::ObjectiveResult truth = evaluatorFigure(f.now, f.now.addDays(-1), f.now);
        QVERIFY(truth.sli.has_value());
        QCOMPARE(*f.preview->sli(), *truth.sli);
    }

    void backwardsRange_isShownInPlace_andStaleAnswersDropped()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy shown(f.preview, &Ui::ObjectivePreview::previewShown);
        f.preview->setRange(Ui::ObjectivePreview::Range::Chosen, f.now, f.now.addDays(-1));
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->summary()->text().contains(QLatin1String("ends before it starts")), 10000);
        QVERIFY(!f.preview->sli().has_value());
        // Two ranges in a row: only the second one's answer is shown.
        const QDateTime firstEnd = f.now.addDays(-10);
        const QDateTime secondEnd = f.now.addDays(-2);
        f.preview->setRange(Ui::ObjectivePreview::Range::Chosen, firstEnd.addDays(-1), firstEnd);
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->summary()->text().startsWith(QLatin1String("Preview: evaluating")), 10000);
        f.preview->setRange(Ui::ObjectivePreview::Range::Chosen, secondEnd.addDays(-1), secondEnd);
        QTRY_VERIFY_WITH_TIMEOUT(f.preview->result().windowEnd == secondEnd, 60000);
        QTest::qWait(300);
        QCOMPARE(f.preview->result().windowEnd, secondEnd);
    }
};

QTEST_MAIN(TestEditorPreviewRange)
#include "tst_editor_preview_range.moc"
