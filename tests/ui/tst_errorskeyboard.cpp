// SPDX-License-Identifier: Apache-2.0
// Issue 17, errors and keyboard: the problems panel, the overview's focus order, Escape,
// empty states and cleared detail, the custom range that cannot end before it starts, and
// the data sources dialog's labels, placeholders, stale test results and comment note.
#include "../core/fakereport.h"
#include "core/dashboard/refreshcontroller.h"
#include "core/exchange/loader.h"
#include "core/models/overviewmodel.h"
#include "ui/dashboard/detailwidget.h"
#include "ui/dashboard/overviewwidget.h"
#include "ui/dashboard/problemspanel.h"
#include "ui/dashboard/timerangepicker.h"
#include "ui/editor/editorwidget.h"
#include "ui/mainwindow.h"
#include "ui/settings/datasourcesdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace Sla;

namespace {

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

const QByteArray SourcesYaml = R"(# Production metrics; ask #sre before changing.
apiVersion: openslo/v1
kind: DataSource
metadata:
  name: prod-prometheus
spec:
  type: prometheus
  connectionDetails:
    url: https://prometheus.example.com
)";

} // namespace

class TestErrorsKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void tab_reachesSearchFilterAndList_withVisibleFocus();
    void escape_clearsSearch_thenReturnsToList();
    void emptyState_namesTheSearchAndStatus();
    void detail_isClearedWhenItsObjectiveIsFilteredOut();
    void problems_listBrokenWorkspace_withPlaces();
    void problems_openTheDocumentInTheEditor();
    void problems_missingPathIsSaidInTheWindow();
    void problems_hiddenOnCleanWorkspace();
    void customRange_cannotEndBeforeItStarts();
    void burnRateTooltip_givesEveryWindow_orSaysWhyNone();
    void recordingThatDisappears_marksFiguresStale_neverOk();
    void detailHeader_saysRecorded_andLinksTheRunbook();
    void sourcesDialog_caLabelPlaceholderStaleTestAndComments();
    void sourcesDialog_mnemonicsAreUniqueForEveryTypeAndAuth();

private:
    QTemporaryDir m_settings;
};

void TestErrorsKeyboard::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SLA Desk Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_errorskeyboard"));
}

void TestErrorsKeyboard::tab_reachesSearchFilterAndList_withVisibleFocus()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.showReport(FakeReport::demo());
    Ui::OverviewWidget *o = w.overview();
    o->searchField()->setFocus();
    QTRY_VERIFY(o->searchField()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(o->statusFilter()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(o->view()->hasFocus());
    // The list shows that it has the focus: its frame takes the highlight colour.
    const QColor highlight = o->palette().color(QPalette::Active, QPalette::Highlight);
    QCOMPARE(o->focusFrame()->palette().color(QPalette::Window), highlight);
    o->searchField()->setFocus();
    QTRY_VERIFY(o->searchField()->hasFocus());
    QVERIFY(o->focusFrame()->palette().color(QPalette::Window) != highlight);
    // Backtab goes the other way.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(o->statusFilter()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_VERIFY(o->searchField()->hasFocus());
}

void TestErrorsKeyboard::escape_clearsSearch_thenReturnsToList()
{
    Ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.showReport(FakeReport::demo());
    Ui::OverviewWidget *o = w.overview();
    const int allRows = int(o->dumpVisibleRows().count(QLatin1Char('\n')));
    o->focusSearch();
    QTRY_VERIFY(o->searchField()->hasFocus());
    QTest::keyClicks(o->searchField(), QStringLiteral("precision"));
    QVERIFY(o->dumpVisibleRows().count(QLatin1Char('\n')) < allRows);
    QTest::keyClick(o->searchField(), Qt::Key_Escape);
    QCOMPARE(o->searchField()->text(), QString());
    QCOMPARE(int(o->dumpVisibleRows().count(QLatin1Char('\n'))), allRows);
    QVERIFY(o->searchField()->hasFocus());
    QTest::keyClick(o->searchField(), Qt::Key_Escape);
    QTRY_VERIFY(o->view()->hasFocus());
}

void TestErrorsKeyboard::emptyState_namesTheSearchAndStatus()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    Ui::OverviewWidget *o = w.overview();
    QVERIFY(!o->emptyState()->isVisible());
    o->searchField()->setText(QStringLiteral("xyz"));
    QTRY_VERIFY(o->emptyState()->isVisible());
    QCOMPARE(o->emptyState()->text(), QStringLiteral("No objective matches “xyz”."));
    o->searchField()->clear();
    QVERIFY(!o->emptyState()->isVisible());

    QComboBox *filter = o->statusFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Stale figures")));
    QTRY_VERIFY(o->emptyState()->isVisible());
    QCOMPARE(o->emptyState()->text(), QStringLiteral("No objective has the status “Stale figures”."));
    o->searchField()->setText(QStringLiteral("fraud"));
    QCOMPARE(o->emptyState()->text(), QStringLiteral("No objective matches “fraud” with the status “Stale figures”."));
    filter->setCurrentIndex(0);
    QVERIFY(!o->emptyState()->isVisible());
}

void TestErrorsKeyboard::detail_isClearedWhenItsObjectiveIsFilteredOut()
{
    Ui::MainWindow w;
    w.show();
    w.showReport(FakeReport::demo());
    Ui::OverviewWidget *o = w.overview();
    QVERIFY(o->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));

    // A search that keeps the objective keeps the detail (and the selection).
    o->searchField()->setText(QStringLiteral("prec"));
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));
    QCOMPARE(o->view()->currentIndex().siblingAtColumn(0).data(Core::OverviewModel::ObjectiveNameRole).toString(),
             QStringLiteral("precision"));

    // One that hides it clears the detail instead of showing a neighbour.
    QSignalSpy changed(o, &Ui::OverviewWidget::selectionChanged);
    o->searchField()->setText(QStringLiteral("availability"));
    QCOMPARE(w.detail()->slaName(), QString());
    QCOMPARE(w.detail()->objectiveName(), QString());
    QCOMPARE(w.detail()->titleLabel()->text(), QStringLiteral("Select an SLA or objective in the overview"));
    QVERIFY(!o->view()->selectionModel()->hasSelection());
    QCOMPARE(changed.count(), 0);

    // The status filter does the same.
    o->searchField()->clear();
    QVERIFY(o->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    QComboBox *filter = o->statusFilter();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Met")));
    QCOMPARE(w.detail()->objectiveName(), QString());
    // New figures that keep the objective visible keep it shown.
    filter->setCurrentIndex(0);
    QVERIFY(o->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    w.showReport(FakeReport::demo());
    QCOMPARE(w.detail()->objectiveName(), QStringLiteral("precision"));
}

void TestErrorsKeyboard::problems_listBrokenWorkspace_withPlaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.yaml")),
                      "apiVersion: sladesk/v1\nkind: SLA\nmetadata:\n  name: x\nspec:\n  objectives: [\n"));
    Ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(dir.path());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(w.problemsDock()->isVisible());
    QTreeWidget *list = w.problems()->list();
    QVERIFY(list->topLevelItemCount() >= 1);
    QTreeWidgetItem *first = list->topLevelItem(0);
    QCOMPARE(first->text(0), QStringLiteral("Error"));
    QCOMPARE(first->text(1), QStringLiteral("broken.yaml:7:1"));
    QVERIFY2(first->text(2).contains(QStringLiteral("YAML syntax error")), qPrintable(first->text(2)));
    QVERIFY2(w.problemsDock()->windowTitle().startsWith(QStringLiteral("Problems — ")),
             qPrintable(w.problemsDock()->windowTitle()));
    QVERIFY(w.problemsDock()->windowTitle().contains(QStringLiteral("error")));

    // Enter on a row asks to open the file at its place.
    QSignalSpy open(w.problems(), &Ui::ProblemsPanel::openRequested);
    w.problems()->disconnect(&w); // no desktop editor in a test
    list->setCurrentItem(first);
    Q_EMIT list->itemActivated(first, 0);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), dir.filePath(QStringLiteral("broken.yaml")));
    QCOMPARE(open.at(0).at(1).toInt(), 7);
    QCOMPARE(open.at(0).at(2).toInt(), 1);

    // A file removed since: said in the panel, nothing opened.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("broken.yaml"))));
    Q_EMIT list->itemActivated(first, 0);
    QCOMPARE(open.count(), 1);
    QVERIFY(w.problems()->message()->isVisible());
    QVERIFY(w.problems()->message()->text().endsWith(QStringLiteral("does not exist.")));
}

// Issue 17: a problem in a document the editor read opens in the visual editor, on that
// document, rather than in a text editor outside the app.
void TestErrorsKeyboard::problems_openTheDocumentInTheEditor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("checkout.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(SLA_TEST_DATA_DIR "/cli/misspelt.yaml"), file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    Ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(dir.path());
    QTRY_COMPARE(loaded.count(), 1);
    QTreeWidget *list = w.problems()->list();
    QTreeWidgetItem *misspelt = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == QLatin1String("checkout.yaml:16:7"))
            misspelt = list->topLevelItem(i);
    }
    QVERIFY2(misspelt, "the misspelt field is listed at its place");
    QVERIFY(!w.editor()->isVisible());
    list->setCurrentItem(misspelt);
    Q_EMIT list->itemActivated(misspelt, 0);
    QTRY_VERIFY(w.editor()->isVisible());
    QCOMPARE(w.editor()->currentFile(), file);
    QVERIFY(w.editor()->showLocation({file, 16, 7}));
    QVERIFY(!w.editor()->showLocation({dir.filePath(QStringLiteral("other.yaml")), 1, 1}));
}

void TestErrorsKeyboard::problems_missingPathIsSaidInTheWindow()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone"));
    Ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(missing);
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(w.problemsDock()->isVisible());
    QCOMPARE(w.problems()->list()->topLevelItemCount(), 1);
    QCOMPARE(w.problems()->list()->topLevelItem(0)->text(2), QStringLiteral("no such file or folder"));
    QCOMPARE(w.problems()->errorCount(), 1);
}

void TestErrorsKeyboard::problems_hiddenOnCleanWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sources.yaml")), SourcesYaml));
    Ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(dir.path());
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!w.problemsDock()->isVisible());
    QCOMPARE(w.problems()->list()->topLevelItemCount(), 0);
    QCOMPARE(w.problemsDock()->windowTitle(), QStringLiteral("Problems"));
}

void TestErrorsKeyboard::customRange_cannotEndBeforeItStarts()
{
    Ui::TimeRangePicker picker;
    const QDateTime now(QDate(2026, 3, 31), QTime(12, 0), Qt::UTC);
    QSignalSpy changed(&picker, &Ui::TimeRangePicker::rangeChanged);
    QVERIFY(!picker.setCustomRange(now, now.addDays(-2)));
    QVERIFY(!picker.setCustomRange(now, now));
    QCOMPARE(changed.count(), 0);
    QVERIFY(picker.preset() != Ui::TimeRangePicker::Preset::Custom);

    QVERIFY(picker.setCustomRange(now.addDays(-3), now.addDays(-1)));
    QCOMPARE(picker.range(now).first, now.addDays(-3));
    QCOMPARE(picker.range(now).second, now.addDays(-1));
    // Typing a start after the end stops at a minute before the end, and the other way round.
    auto *fromEdit = picker.findChild<QDateTimeEdit *>(QStringLiteral("timeRangeFrom"));
    auto *toEdit = picker.findChild<QDateTimeEdit *>(QStringLiteral("timeRangeTo"));
    QVERIFY(fromEdit && toEdit);
    fromEdit->setDateTime(now.toLocalTime());
    auto [from, to] = picker.range(now);
    QCOMPARE(to, now.addDays(-1));
    QCOMPARE(from, now.addDays(-1).addSecs(-60));
    toEdit->setDateTime(now.addDays(-30).toLocalTime());
    std::tie(from, to) = picker.range(now);
    QVERIFY(from < to);
    QCOMPARE(to.secsTo(from), -60);
}

void TestErrorsKeyboard::sourcesDialog_caLabelPlaceholderStaleTestAndComments()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sources.yaml"));
    QVERIFY(writeFile(file, SourcesYaml));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("rec.om")), "# EOF\n"));
    const Core::LoadResult loaded = Core::DocumentLoader::loadPaths({dir.path()});
    Ui::DataSourcesDialog d(dir.path(), loaded.workspace, nullptr);

    // "CA fi&le:" is a mnemonic with a buddy, not a literal ampersand.
    QLabel *buddyOfCa = nullptr;
    for (QLabel *l : d.findChildren<QLabel *>()) {
        if (l->buddy() == d.caFileEdit())
            buddyOfCa = l;
    }
    QVERIFY(buddyOfCa);
    QCOMPARE(buddyOfCa->text(), QStringLiteral("CA fi&le:"));

    // The saved source keeps its secret in the keychain; a new one has none yet.
    QCOMPARE(d.secretEdit()->placeholderText(), QStringLiteral("unchanged (kept in the system keychain)"));
    for (QPushButton *b : d.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Add"))
            b->click();
    }
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("prometheus"));
    QCOMPARE(d.secretEdit()->placeholderText(), QStringLiteral("not set"));
    QCOMPARE(d.appKeyEdit()->placeholderText(), QStringLiteral("not set"));

    // A test result speaks of the settings it ran with: editing a field clears it.
    d.typeBox()->setCurrentIndex(d.typeBox()->findData(int(Core::DataSourceType::Recorded)));
    d.fileEdit()->setText(QStringLiteral("rec.om"));
    QSignalSpy tested(&d, &Ui::DataSourcesDialog::testFinished);
    d.testButton()->click();
    QCOMPARE(tested.count(), 1);
    QVERIFY2(d.testResult()->text().startsWith(QStringLiteral("OK: ")), qPrintable(d.testResult()->text()));
    QTest::keyClicks(d.fileEdit(), QStringLiteral("x"));
    QCOMPARE(d.testResult()->text(), QString());

    // The file has a comment, which a changed source's document does not keep: the dialog says so.
    QVERIFY(!d.commentsNote()->isHidden());
    QCOMPARE(d.commentsNote()->text(),
             QStringLiteral("Comment lines inside the data sources you change are not kept; these files have "
                            "comments: sources.yaml"));
}

void TestErrorsKeyboard::burnRateTooltip_givesEveryWindow_orSaysWhyNone()
{
    Ui::MainWindow w;
    w.show();
    Core::EvaluationReport report = FakeReport::demo();
    w.showReport(report);
    Ui::OverviewWidget *o = w.overview();
    QVERIFY(o->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    const QModelIndex burn = o->view()->currentIndex().siblingAtColumn(Core::OverviewModel::BurnColumn);
    const QStringList lines = burn.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8); // the heading and the seven windows, 3d first as the sparkline draws them
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("3d: ")), qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY2(lines.at(7).startsWith(QStringLiteral("5m: ")), qPrintable(lines.join(QLatin1Char('|'))));
    // The 1h line repeats the figure of the cell itself.
    const QString cell = burn.data().toString(); // "2.4× (1h)"
    const QString factor = cell.left(cell.indexOf(QStringLiteral(" (1h)")));
    QVERIFY2(lines.contains(QStringLiteral("1h: ") + factor), qPrintable(lines.join(QLatin1Char('|'))));

    QVERIFY(o->select(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")));
    const QModelIndex driftBurn = o->view()->currentIndex().siblingAtColumn(Core::OverviewModel::BurnColumn);
    QVERIFY2(driftBurn.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Timeslice objectives have no burn")),
             qPrintable(driftBurn.data(Qt::ToolTipRole).toString()));
    QCOMPARE(o->view()->textElideMode(), Qt::ElideMiddle);
}

void TestErrorsKeyboard::recordingThatDisappears_marksFiguresStale_neverOk()
{
    // The demo workspace, copied: its recording is then removed between two refreshes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString demo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
    QDir().mkpath(dir.filePath(QStringLiteral("data")));
    for (const QString &name : QDir(demo).entryList({QStringLiteral("*.yaml")}, QDir::Files))
        QVERIFY(QFile::copy(QDir(demo).filePath(name), dir.filePath(name)));
    const QString recording = dir.filePath(QStringLiteral("data/demo.om.gz"));
    QVERIFY(QFile::copy(QDir(demo).filePath(QStringLiteral("data/demo.om.gz")), recording));

    Ui::MainWindow w;
    w.show();
    w.setRefreshInterval(0);
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    QTRY_VERIFY(w.sourceHealthLabel()->text().contains(QStringLiteral("OK")));
    QVERIFY(w.overview()->banner()->isHidden());

    QVERIFY(QFile::remove(recording));
    const int before = int(shown.count());
    w.refresher()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before, 30000);
    QTRY_VERIFY(!w.overview()->banner()->isHidden());
    QVERIFY2(w.overview()->banner()->text().contains(QStringLiteral("demo-recording")),
             qPrintable(w.overview()->banner()->text()));
    QVERIFY2(!w.sourceHealthLabel()->text().contains(QStringLiteral("OK")), qPrintable(w.sourceHealthLabel()->text()));
    QVERIFY(w.overview()->dumpVisibleRows().contains(QStringLiteral("(stale)")));
}

namespace {
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};
} // namespace

void TestErrorsKeyboard::detailHeader_saysRecorded_andLinksTheRunbook()
{
    UrlCatcher catcher; // no browser in a test: the desktop's handlers of web links are replaced
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    Ui::MainWindow w;
    w.show();
    w.setRefreshInterval(0);
    QSignalSpy shown(&w, &Ui::MainWindow::reportShown);
    w.openWorkspace(QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace"));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));
    const QString html = w.detail()->figuresLabel()->text();
    QVERIFY2(html.contains(QStringLiteral("data source demo-recording (recorded data, not live)")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<a href=\"https://wiki.example.com/runbooks/fraud-detection\">Runbook</a>")),
             qPrintable(html));
    // Fraud detection has the default burn-rate alerts: the thresholds are shown.
    QVERIFY(w.detail()->burnTableLabel()->text().contains(QStringLiteral("alert at")));
    // The recommendation API only has a budget-low alert: no "alert at" row, no ▲.
    QVERIFY(w.overview()->select(QStringLiteral("recommendation-api"), QStringLiteral("availability")));
    QVERIFY(!w.detail()->burnTableLabel()->text().contains(QStringLiteral("alert at")));
    QVERIFY(!w.detail()->burnTableLabel()->text().contains(QStringLiteral("▲")));
    QVERIFY(w.detail()->burnTableLabel()->text().contains(QStringLiteral("<th align=\"right\">5m</th>")));
    // A timeslice objective says why it has none.
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("amount-drift")));
    QCOMPARE(w.detail()->burnTableLabel()->text(),
             QStringLiteral("No burn rates: the budget of a timeslice objective is counted in slices."));
    QVERIFY(w.overview()->select(QStringLiteral("fraud-detection-api"), QStringLiteral("precision")));

    QSignalSpy opened(w.detail(), &Ui::DetailWidget::linkOpened);
    Q_EMIT w.detail()->figuresLabel()->linkActivated(
        QStringLiteral("https://wiki.example.com/runbooks/fraud-detection"));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(catcher.urls.value(0), QUrl(QStringLiteral("https://wiki.example.com/runbooks/fraud-detection")));
    // Anything but a web link is refused.
    Q_EMIT w.detail()->figuresLabel()->linkActivated(QStringLiteral("file:///bin/sh"));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(catcher.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

namespace {
/// The mnemonic letter of a label or button text ("Te&nant" -> 'n'), or 0.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}
} // namespace

void TestErrorsKeyboard::sourcesDialog_mnemonicsAreUniqueForEveryTypeAndAuth()
{
    // An Alt+letter shared by two visible fields only moves the focus between them (Add
    // clashed with Authentication, Test connection with Type): each must be unique.
    Ui::DataSourcesDialog d(QString(), {}, nullptr);
    d.show();
    for (QPushButton *b : d.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("&Add"))
            b->click();
    }
    for (int type = 0; type < 4; ++type) {
        d.typeBox()->setCurrentIndex(type);
        for (int auth = 0; auth < d.authBox()->count(); ++auth) {
            d.authBox()->setCurrentIndex(auth);
            QHash<QChar, QString> seen;
            QStringList texts;
            for (QLabel *l : d.findChildren<QLabel *>()) {
                if (l->isVisible() && l->buddy())
                    texts << l->text();
            }
            for (QAbstractButton *b : d.findChildren<QAbstractButton *>()) {
                if (b->isVisible())
                    texts << b->text();
            }
            for (const QString &t : std::as_const(texts)) {
                const QChar m = mnemonicOf(t);
                if (m.isNull())
                    continue;
                QVERIFY2(
                    !seen.contains(m),
                    qPrintable(QStringLiteral("type %1, auth %2: \"%3\" and \"%4\" share Alt+%5")
                                   .arg(d.typeBox()->currentText(), d.authBox()->currentText(), seen.value(m), t, m)));
                seen.insert(m, t);
            }
        }
    }
}

QTEST_MAIN(TestErrorsKeyboard)
#include "tst_errorskeyboard.moc"
