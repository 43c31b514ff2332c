// SPDX-License-Identifier: Apache-2.0
// The Explain view on the offscreen platform: computed through the evaluator's future with
// a busy bar meanwhile, the arithmetic as a table with the figures of `evaluate`, the
// queries in monospace, a clear error for a failing source, overtaken answers dropped, and
// the detail pane's Explain button and Ctrl+E shortcut.
#include "../core/demofixture.h"
#include "core/evaluation/evaluator.h"
#include "ui/charts/timechart.h"
#include "ui/dashboard/detailwidget.h"
#include "ui/dashboard/explainwidget.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace Sla;

namespace {
const QString DemoDir = DemoFixture::WorkspaceDir;

/// "formula|numbers|value" of the row labelled `label`.
QString rowText(const QTableWidget *t, const QString &label)
{
    for (int r = 0; r < t->rowCount(); ++r) {
        if (t->item(r, 0)->text() == label)
            return t->item(r, 2)->text() + u'|' + t->item(r, 3)->text() + u'|' + t->item(r, 1)->text();
    }
    return {};
}
} // namespace

class TestExplainWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void explain_showsArithmeticAndQueries();
    void failingSource_showsErrorAndTheFailedQuery();
    void newerRequest_dropsTheOlderAnswer();
    void detailPane_buttonAndShortcutOpenExplain();

private:
    void setUpEvaluator(Core::Evaluator &evaluator, const QString &prometheusUrl = {});

    QTemporaryDir m_settings;
    DemoFixture::Demo m_demo;
    QDateTime m_end;
};

void TestExplainWidget::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_explainwidget"));
    QVERIFY(DemoFixture::load(&m_demo));
    m_end = m_demo.end;
}

void TestExplainWidget::setUpEvaluator(Core::Evaluator &evaluator, const QString &prometheusUrl)
{
    Core::EvaluatorOptions options = DemoFixture::options(m_demo);
    options.prometheusUrl = prometheusUrl;
    evaluator.setWorkspace(m_demo.workspace, options);
}

void TestExplainWidget::explain_showsArithmeticAndQueries()
{
    Core::Evaluator evaluator;
    setUpEvaluator(evaluator);
    const Core::EvaluationReport report = [&] {
        auto f = evaluator.evaluate(m_end);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
            qFatal("the evaluation did not finish");
        return f.result();
    }();
    const Core::ObjectiveResult *evaluated =
        report.findObjective(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"));
    QVERIFY(evaluated && evaluated->consumed);

    Ui::ExplainWidget w(&evaluator);
    w.resize(900, 600);
    w.show();
    QSignalSpy explained(&w, &Ui::ExplainWidget::explained);
    w.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"), m_end);
    // Off the GUI thread: busy until the future delivers.
    QVERIFY(w.isBusy());
    QVERIFY(w.busyBar()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, 60000);
    QVERIFY(!w.isBusy());
    QVERIFY(w.busyBar()->isHidden());
    QVERIFY(w.errorLabel()->isHidden());
    // Every arithmetic step and the seven burn rates.
    QCOMPARE(w.table()->rowCount(), int(w.explanation().steps.size()) + 7);
    // With the event counts: bad / allowed bad, each worked out from good and total.
    QVERIFY(evaluated->good && evaluated->total);
    QCOMPARE(rowText(w.table(), QStringLiteral("error budget consumed")),
             QStringLiteral("bad / allowed bad = (1 - SLI) / (1 - target)|%1 / %2|%3")
                 .arg(Core::Explain::formatNumber(*evaluated->total - *evaluated->good),
                      Core::Explain::formatNumber((1 - 0.9995) * *evaluated->total),
                      Core::Explain::formatNumber(evaluated->consumed)));
    QVERIFY(rowText(w.table(), QStringLiteral("burn rate 1h"))
                .endsWith(Core::Explain::formatNumber(evaluated->burnRates[2])));
    const QString queries = w.queries()->toPlainText();
    QVERIFY2(queries.contains(QStringLiteral("    http_requests_total{service=\"fraud-detection\"}\n")),
             qPrintable(queries));
    QCOMPARE(w.queries()->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QVERIFY(w.queries()->isReadOnly());
}

void TestExplainWidget::failingSource_showsErrorAndTheFailedQuery()
{
    Core::Evaluator evaluator;
    setUpEvaluator(evaluator, QStringLiteral("http://127.0.0.1:9"));
    Ui::ExplainWidget w(&evaluator);
    w.show();
    QSignalSpy explained(&w, &Ui::ExplainWidget::explained);
    w.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"), m_end);
    QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, 60000);
    QVERIFY(w.errorLabel()->isVisible());
    QVERIFY2(w.errorLabel()->text().contains(QStringLiteral("127.0.0.1:9")), qPrintable(w.errorLabel()->text()));
    QVERIFY(w.queries()->toPlainText().contains(QStringLiteral("error: ")));
    QVERIFY(rowText(w.table(), QStringLiteral("error budget consumed")).endsWith(QStringLiteral("|not available")));
}

void TestExplainWidget::newerRequest_dropsTheOlderAnswer()
{
    Core::Evaluator evaluator;
    setUpEvaluator(evaluator);
    Ui::ExplainWidget w(&evaluator);
    QSignalSpy explained(&w, &Ui::ExplainWidget::explained);
    w.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"), m_end);
    w.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift"), m_end);
    QTRY_COMPARE_WITH_TIMEOUT(explained.count(), 1, 60000);
    QTest::qWait(200);
    QCOMPARE(explained.count(), 1);
    QCOMPARE(w.explanation().objective, QStringLiteral("amount-drift"));
}

void TestExplainWidget::detailPane_buttonAndShortcutOpenExplain()
{
    Ui::MainWindow w;
    w.resize(800, 560); // a small window
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow(); // the shortcut works in the active window
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(DemoDir);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    Ui::DetailWidget *detail = w.detail();
    QVERIFY(!detail->explainButton()->isChecked());
    QVERIFY(!detail->explainView()->isVisible());
    QSignalSpy explained(detail->explainView(), &Ui::ExplainWidget::explained);
    QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
    // A button's shortcut clicks it animated: it is released (toggled) a moment later.
    QTRY_VERIFY(detail->explainButton()->isChecked());
    QVERIFY(detail->explainView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(explained.count() >= 1, 30000);
    QCOMPARE(detail->explainView()->explanation().objective, QStringLiteral("precision"));
    QVERIFY(detail->explainView()->table()->rowCount() > 0);
    // SLA_SCREENSHOT_DIR=DIR (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb): the view at
    // the small size and at 1280x860, for a look by eye.
    if (const QString dir = qEnvironmentVariable("SLA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(w.grab().save(dir + QStringLiteral("/explain-small.png")));
        w.resize(1280, 860);
        QTest::qWait(300);
        QVERIFY(w.grab().save(dir + QStringLiteral("/explain.png")));
    }
    // Another objective is explained while the view is open.
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")));
    QTRY_VERIFY_WITH_TIMEOUT(detail->explainView()->explanation().objective == QStringLiteral("amount-drift"), 30000);
    // The button closes it again: the charts are back.
    detail->explainButton()->click();
    QVERIFY(!detail->explainView()->isVisible());
    QVERIFY(detail->sliChart()->isVisible());
    QVERIFY(!w.grab().isNull());
}

QTEST_MAIN(TestExplainWidget)
#include "tst_explainwidget.moc"
