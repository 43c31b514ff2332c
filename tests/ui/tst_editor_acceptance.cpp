// SPDX-License-Identifier: Apache-2.0
// Issue 9's "done when", played as a user plays it: from an empty workspace folder (a
// recording in data/ and no document), with key presses and mouse clicks only, on the real
// main window, a person
//  - adds a recorded data source in File → Data Sources (Ctrl+,),
//  - switches to Edit mode (Ctrl+Shift+E) and creates a tier-1 SLA with availability,
//    latency, precision and drift objectives in the New SLA wizard (Ctrl+N),
//  - points the precision and drift selectors at the model's series by typing,
//  - adds the burn-rate alerts, tunes the page pair's factor in the Alert backtest tab
//    (Alt+B), runs the backtest and keeps the tuned variant,
//  - adds the weekly maintenance correction, and saves (Ctrl+S).
// The saved files then pass `slactl validate`, and hold what was asked for. No setter of a
// widget is called: the test only finds widgets (as a user sees them) and sends them input.
#include "tests/support/slactlrunner.h"
#include "ui/editor/backtestpanel.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/slaform.h"
#include "ui/mainwindow.h"
#include "ui/settings/datasourcesdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Sla;

namespace {

const QString kRecording = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace/data/demo.om.gz");
const QString kSla = QStringLiteral("fraud-scoring-api");

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// The window that gets the keyboard: an open popup, else the active window. Keys go to
/// its QWindow, so they take the way a real key press takes: shortcuts and mnemonics of the
/// window first (after the focus widget's ShortcutOverride), then the focus widget.
QWindow *keyboardWindow()
{
    QWidget *w = QApplication::activePopupWidget();
    if (!w)
        w = QApplication::activeWindow();
    if (!w) {
        // A closed modal dialog leaves no active window on the offscreen platform; a user
        // would click on the main window to go on.
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && qobject_cast<Ui::MainWindow *>(top)) {
                top->activateWindow();
                if (QTest::qWaitForWindowActive(top))
                    w = top;
            }
        }
    }
    return w ? w->window()->windowHandle() : nullptr;
}

/// Types `text` as key presses.
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(keyboardWindow(), c.toLatin1());
}

/// Presses one key (with modifiers).
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyboardWindow(), key, modifiers);
}

/// The visible button of `root` reading `text` (mnemonic ampersands ignored).
QAbstractButton *button(const QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisible() && b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, Qt::NoModifier, widget->rect().center());
}

void clickItem(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

/// Clicks into a line edit, selects what it holds and types `text` over it.
void retype(QLineEdit *edit, const QString &text)
{
    click(edit);
    press(Qt::Key_A, Qt::ControlModifier);
    type(text);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEditorAcceptance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tierOneSla_fromAnEmptyWorkspace_byKeyboardAndMouse();

private:
    void addRecordedSource(Ui::MainWindow &w);
    void createSlaInTheWizard(Ui::MainWindow &w);
    void pointSelectorsAtTheModel(Ui::SlaForm *form);
    void tuneThePageAlert(Ui::MainWindow &w);

    QTemporaryDir m_settings;
    QTemporaryDir m_workspace;
};

void TestEditorAcceptance::initTestCase()
{
    QVERIFY(m_settings.isValid() && m_workspace.isValid());
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    // The empty workspace: a folder with a recording and no document.
    QVERIFY(QDir(m_workspace.path()).mkpath(QStringLiteral("data")));
    QVERIFY(QFile::copy(kRecording, m_workspace.filePath(QStringLiteral("data/demo.om.gz"))));
}

void TestEditorAcceptance::addRecordedSource(Ui::MainWindow &w)
{
    press(Qt::Key_Comma, Qt::ControlModifier); // File → Data Sources…
    Ui::DataSourcesDialog *dialog = w.dataSourcesDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    press(Qt::Key_A, Qt::AltModifier); // Add: the name field gets the focus, selected
    QTest::qWait(500);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    type(QStringLiteral("model-recording"));
    press(Qt::Key_T, Qt::AltModifier); // Type:
    QTRY_VERIFY(qobject_cast<QComboBox *>(focused()));
    auto *typeBox = qobject_cast<QComboBox *>(focused());
    while (!typeBox->currentText().startsWith(QStringLiteral("Recorded")) && typeBox->currentIndex() < 4)
        press(Qt::Key_Down);
    QVERIFY(typeBox->currentText().startsWith(QStringLiteral("Recorded")));
    press(Qt::Key_F, Qt::AltModifier); // File:
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focused()));
    type(QStringLiteral("data/demo.om.gz"));
    // Tab past Browse… to "Shift the recording so that its last sample is now".
    for (int i = 0; i < 3 && !qobject_cast<QCheckBox *>(focused()); ++i)
        press(Qt::Key_Tab);
    QVERIFY(qobject_cast<QCheckBox *>(focused()));
    press(Qt::Key_Space);
    QVERIFY(qobject_cast<QCheckBox *>(focused())->isChecked());
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
    QTRY_COMPARE(w.workspace().workspace.dataSources.size(), 1);
    QVERIFY(QFileInfo::exists(m_workspace.filePath(QStringLiteral("data-sources.yaml"))));
}

void TestEditorAcceptance::createSlaInTheWizard(Ui::MainWindow &w)
{
    // The wizard is modal: its answers are typed from inside its event loop.
    bool answered = false;
    QString problem;
    // The key press may let events run before the shortcut opens the dialog: poll for it.
    QTimer poll;
    poll.setInterval(50);
    int polls = 0;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++polls > 200) {
                problem = QStringLiteral("no New SLA dialog");
                poll.stop();
            }
            return;
        }
        poll.stop();
        if (!QTest::qWaitForWindowActive(dialog)) {
            problem = QStringLiteral("the New SLA dialog is not active");
            dialog->reject();
            return;
        }
        press(Qt::Key_N, Qt::AltModifier);
        type(kSla);
        press(Qt::Key_D, Qt::AltModifier);
        type(QStringLiteral("Fraud scoring API"));
        press(Qt::Key_E, Qt::AltModifier);
        type(QStringLiteral("fraud-detection"));
        press(Qt::Key_O, Qt::AltModifier);
        type(QStringLiteral("risk-ml-oncall"));
        press(Qt::Key_T, Qt::AltModifier);
        auto *tier = qobject_cast<QComboBox *>(focused());
        while (tier && tier->currentText() != QStringLiteral("tier-1") && tier->currentIndex() > 0)
            press(Qt::Key_Up);
        // Availability is ticked already; latency, precision and drift by their mnemonics.
        for (const Qt::Key key : {Qt::Key_L, Qt::Key_P, Qt::Key_R})
            press(key, Qt::AltModifier);
        QTest::qWait(300); // a mnemonic clicks with the button's press animation
        int ticked = 0;
        for (const QCheckBox *box : dialog->findChildren<QCheckBox *>())
            ticked += box->isChecked() ? 1 : 0;
        if (!tier || tier->currentText() != QStringLiteral("tier-1") || ticked != 4)
            problem = QStringLiteral("tier %1, %2 SLIs ticked").arg(tier ? tier->currentText() : QString()).arg(ticked);
        answered = true;
        press(Qt::Key_Return); // OK is the default button
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(answered && problem.isEmpty(), qPrintable(problem));
    const Core::Sla *sla = w.editor()->session()->result().workspace.findSla(kSla);
    QVERIFY(sla);
    QCOMPARE(sla->tier, QStringLiteral("tier-1"));
    QCOMPARE(sla->objectives.size(), 4);
}

void TestEditorAcceptance::pointSelectorsAtTheModel(Ui::SlaForm *form)
{
    // The wizard names the model after the service; the recording's model is fraud-v3.
    QListWidget *objectives = form->objectiveList();
    for (int row = 0; row < objectives->count(); ++row) {
        clickItem(objectives, objectives->model()->index(row, 0));
        QTRY_COMPARE(objectives->currentRow(), row);
        // The objective's selector fields are laid out (shown) by the next event loop turn.
        const auto selectorShown = [form] {
            for (const QLineEdit *edit : form->findChildren<QLineEdit *>()) {
                if (edit->property("selector").toBool() && edit->isVisible())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(selectorShown());
        for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
            if (!edit->property("selector").toBool() || !edit->isVisible())
                continue;
            QString text = edit->text();
            if (!text.contains(QStringLiteral("model=\"fraud-detection\"")))
                continue;
            text.replace(QStringLiteral("model=\"fraud-detection\""), QStringLiteral("model=\"fraud-v3\""));
            if (text.startsWith(QStringLiteral("model_feature_value")))
                text.replace(QStringLiteral("feature=\"score\""), QStringLiteral("feature=\"amount\""));
            retype(edit, text);
            QCOMPARE(edit->text(), text);
        }
    }
}

void TestEditorAcceptance::tuneThePageAlert(Ui::MainWindow &w)
{
    Ui::EditorWidget *editor = w.editor();
    Ui::SlaForm *form = editor->form();
    clickItem(form->objectiveList(), form->objectiveList()->model()->index(0, 0)); // availability
    click(button(form, QStringLiteral("+ Burn rate")));
    QTRY_VERIFY(!w.editor()->session()->result().workspace.findSla(kSla)->alerts.isEmpty());

    press(Qt::Key_B, Qt::AltModifier); // the Alert backtest tab
    Ui::BacktestPanel *panel = editor->backtestPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->objective(), QStringLiteral("availability"));
    press(Qt::Key_T, Qt::AltModifier); // Step: an hour, the last of the list
    press(Qt::Key_End);
    click(button(panel, QStringLiteral("Add variant")));
    QTRY_COMPARE(panel->variantCount(), 1);
    // The page pair's factor of the variant: a lower factor pages sooner.
    QTableWidget *rules = panel->rulesTable();
    int factorRow = -1;
    for (int r = 0; r < rules->rowCount(); ++r) {
        if (rules->verticalHeaderItem(r)->text().contains(QStringLiteral("(page) factor")))
            factorRow = factorRow < 0 ? r : factorRow;
    }
    QVERIFY(factorRow >= 0);
    clickItem(rules, rules->model()->index(factorRow, 1));
    press(Qt::Key_F2);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("7.2"));
    press(Qt::Key_Return);
    QTRY_COMPARE(rules->item(factorRow, 1)->text(), QStringLiteral("7.2"));

    QSignalSpy finished(panel, &Ui::BacktestPanel::finished);
    click(panel->runButton());
    QVERIFY(finished.wait(120000));
    QVERIFY2(panel->errorLabel()->isHidden(), qPrintable(panel->errorLabel()->text()));
    QCOMPARE(panel->results().size(), 2);
    // The recording's availability breach is in the last window, and the tuned page pages.
    QVERIFY(!panel->results().at(1).summary.breaches.isEmpty());
    QVERIFY(panel->results().at(1).summary.pages >= 1);
    QCOMPARE(panel->resultsTable()->columnCount(), 2);

    clickItem(rules, rules->model()->index(factorRow, 1)); // a cell of the variant's column
    click(button(panel, QStringLiteral("Keep this variant")));
    QTRY_COMPARE(rules->item(factorRow, 0)->text(), QStringLiteral("7.2"));
}

void TestEditorAcceptance::tierOneSla_fromAnEmptyWorkspace_byKeyboardAndMouse()
{
    Ui::MainWindow w;
    w.resize(1280, 900);
    QSignalSpy loaded(&w, &Ui::MainWindow::workspaceLoaded);
    w.openWorkspace(m_workspace.path()); // `sladesk FOLDER`
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QVERIFY(!loaded.isEmpty() || loaded.wait(20000));
    QVERIFY(w.workspace().workspace.isEmpty());

    addRecordedSource(w);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!w.dataSourcesDialog()->isVisible());
    w.activateWindow(); // the offscreen platform does not give the focus back by itself
    QVERIFY(QTest::qWaitForWindowActive(&w));
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier); // View → Edit Mode
    QTRY_VERIFY(w.editor()->isVisible());
    createSlaInTheWizard(w);
    if (QTest::currentTestFailed())
        return;
    pointSelectorsAtTheModel(w.editor()->form());
    if (QTest::currentTestFailed())
        return;
    tuneThePageAlert(w);
    if (QTest::currentTestFailed())
        return;
    press(Qt::Key_F, Qt::AltModifier); // back to the Form tab
    QTRY_VERIFY(w.editor()->form()->isVisible());
    click(button(w.editor()->form(), QStringLiteral("+ Weekly maintenance")));
    QTRY_COMPARE(w.editor()->session()->result().workspace.corrections.size(), 1);
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!w.editor()->session()->isModified());

    // What was saved: the SLA as asked, and it validates.
    const QByteArray saved = readFile(m_workspace.filePath(kSla + QStringLiteral(".yaml")));
    QVERIFY2(saved.contains("tier: tier-1"), saved.constData());
    for (const char *kind : {"ratio", "latency", "classification", "drift"})
        QVERIFY2(saved.contains(kind), kind);
    QVERIFY2(saved.contains("model_predictions_total{model=\"fraud-v3\""), saved.constData());
    QVERIFY2(saved.contains("factor: 7.2"), saved.constData());
    // With no corrections file yet, the correction goes into the SLA's own file.
    QVERIFY2(saved.contains("kind: Correction") && saved.contains("FREQ=WEEKLY;BYDAY=SU"), saved.constData());
    const auto r = TestSupport::runSlactl({QStringLiteral("validate"), m_workspace.path()});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
}

QTEST_MAIN(TestEditorAcceptance)
#include "tst_editor_acceptance.moc"
