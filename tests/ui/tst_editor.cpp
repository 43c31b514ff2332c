// SPDX-License-Identifier: Apache-2.0
// The visual SLA editor (issue 9), driven through its widgets on the offscreen platform:
// an SLA from a template, a target changed by typing, undo and redo, save and reload; one
// changed target is one changed line in `git diff`; tier inheritance and governance
// flags; the YAML tab and the form kept in step both ways.
#include "core/document/builtintiers.h"
#include "core/evaluation/evaluator.h"
#include "core/exchange/loader.h"
#include "core/models/figuretext.h"
#include "core/query/selector.h"
#include "core/query/selectorcompletion.h"
#include "core/validation/validator.h"
#include "tests/support/testutils.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/metriccompleter.h"
#include "ui/editor/newsladialog.h"
#include "ui/editor/objectivepreview.h"
#include "ui/editor/slaform.h"
#include "ui/editor/slatemplates.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Sla;

namespace {

const QString kDemo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs git in `dir`; its standard output.
QByteArray git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), QStringList{QStringLiteral("-c"), QStringLiteral("user.name=t"),
                                               QStringLiteral("-c"), QStringLiteral("user.email=t@example.com")} +
                                       args);
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

/// Types `text` into a line edit over what it holds, as a user would.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

int errorCount(const Core::Diagnostics &diagnostics)
{
    return int(
        std::count_if(diagnostics.cbegin(), diagnostics.cend(), [](const Core::Diagnostic &d) { return d.isError(); }));
}

const Core::Sla *slaOf(const Ui::EditorWidget &w, const QString &name)
{
    return w.session()->result().workspace.findSla(name);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void template_target_undo_redo_save_reload();
    void oneTarget_isOneLineInGitDiff();
    void untouchedWorkspace_isWrittenBackByteIdentical();
    void inheritance_andGovernanceFlags();
    void diagnostic_selectsTheField();
    void yamlTab_andForm_roundTrip();
    void structuralEdits_keepComments_andValidate();
    void calendarWindow_withTimeZone();
    void preview_showsTheObjectivesFigures_offTheGuiThread();
    void recovery_afterASessionEndsUnsaved();
    void closingWithUnsavedEdits_asks();
    void examples_validateUnderEveryTier_data();
    void examples_validateUnderEveryTier();
    void platformTemplates_openInTheEditorAndValidate_data();
    void platformTemplates_openInTheEditorAndValidate();
    void platformTemplates_offeredByTheWizard();
    void selectorContext_data();
    void selectorContext();

private:
    QTemporaryDir m_settings;
};

void TestEditor::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestEditor::template_target_undo_redo_save_reload()
{
    QTemporaryDir dir;
    QFile sources(dir.filePath(QStringLiteral("sources.yaml")));
    QVERIFY(sources.open(QIODevice::WriteOnly));
    sources.write("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: prom}\n"
                  "spec:\n  type: prometheus\n  connectionDetails: {url: 'http://127.0.0.1:9090'}\n");
    sources.close();
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    Ui::NewSlaRequest request = Ui::slaExamples().at(0).request; // fraud detection API, tier-1, four SLIs
    request.dataSource = QStringLiteral("prom");
    const QString file = w.createSla(request);
    QCOMPARE(file, dir.filePath(QStringLiteral("fraud-detection-api.yaml")));
    const Core::Sla *sla = slaOf(w, request.name);
    QVERIFY(sla);
    QCOMPARE(sla->objectives.size(), 4);
    QCOMPARE(sla->objectives.at(0).target, 0.9995); // tier-1's minimum for ratio objectives
    QCOMPARE(sla->objectives.at(1).indicator.latency.threshold, 0.2);
    QCOMPARE(errorCount(w.session()->result().diagnostics), 0);
    QVERIFY(w.session()->isDirty(file));

    // Typing a target: one undo step however many keys.
    w.form()->selectObjective(0);
    retype(w.form()->lineEdit(QStringLiteral("target")), QStringLiteral("0.9999"));
    QCOMPARE(slaOf(w, request.name)->objectives.at(0).target, 0.9999);
    QCOMPARE(w.session()->undoStack()->count(), 2);
    w.session()->undoStack()->undo();
    QCOMPARE(slaOf(w, request.name)->objectives.at(0).target, 0.9995);
    QCOMPARE(w.form()->lineEdit(QStringLiteral("target"))->text(), QStringLiteral("0.9995"));
    w.session()->undoStack()->redo();
    QCOMPARE(slaOf(w, request.name)->objectives.at(0).target, 0.9999);

    QVERIFY(w.save());
    QVERIFY(!w.session()->isModified());
    QCOMPARE(readFile(file), w.session()->text(file));
    const Core::LoadResult reread = Core::DocumentLoader::loadPaths({dir.path()});
    QVERIFY(reread.ok());
    QCOMPARE(errorCount(Core::validateWorkspace(reread.workspace)), 0);
    QVERIFY(reread.workspace.findSla(request.name));
    QCOMPARE(*reread.workspace.findSla(request.name), *slaOf(w, request.name));
}

void TestEditor::oneTarget_isOneLineInGitDiff()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")});
    git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")});
    git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("demo")});
    QVERIFY(git(dir.path(), {QStringLiteral("status"), QStringLiteral("--porcelain")}).isEmpty());

    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
    w.form()->selectObjective(1); // latency, target 0.95
    retype(w.form()->lineEdit(QStringLiteral("target")), QStringLiteral("0.96"));
    QVERIFY(w.save());

    QCOMPARE(git(dir.path(), {QStringLiteral("diff"), QStringLiteral("--numstat")}),
             QByteArray("1\t1\tfraud-detection-api.yaml\n"));
    const QByteArray diff = git(dir.path(), {QStringLiteral("diff"), QStringLiteral("-U0")});
    QVERIFY2(diff.contains("\n-      target: 0.95\n+      target: 0.96\n"), diff.constData());
}

void TestEditor::untouchedWorkspace_isWrittenBackByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    // An edit and its undo leave nothing to write; a save writes the files as they were.
    w.form()->selectObjective(0);
    retype(w.form()->lineEdit(QStringLiteral("service")), QStringLiteral("changed"));
    QVERIFY(w.session()->isModified());
    w.session()->undoStack()->undo();
    QVERIFY(!w.session()->isModified());
    QVERIFY(w.save());
    for (const QString &name : QDir(kDemo).entryList({QStringLiteral("*.yaml")}, QDir::Files))
        QCOMPARE(readFile(dir.filePath(name)), readFile(kDemo + QLatin1Char('/') + name));
}

void TestEditor::inheritance_andGovernanceFlags()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    // analytics-model writes no window: it inherits tier-3's.
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("analytics-model")));
    QCOMPARE(w.form()->windowMode()->currentIndex(), 0);
    QVERIFY2(w.form()->windowNote()->text().startsWith(QLatin1String("Inherited from tier-3")),
             qPrintable(w.form()->windowNote()->text()));
    QVERIFY(w.form()->alertList()->count() > 0);
    QVERIFY(w.form()->alertList()->item(0)->text().contains(QLatin1String("inherited from tier-3")));

    // fraud-detection-api: availability at tier-1's minimum, then looser: flagged on the spot.
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
    QCOMPARE(w.form()->windowNote()->text(), QStringLiteral("Written here, the same as tier-1's window (30d)"));
    w.form()->selectObjective(0);
    QCOMPARE(w.form()->targetNote()->text(), QStringLiteral("The minimum of tier-1 (0.9995)"));
    retype(w.form()->lineEdit(QStringLiteral("target")), QStringLiteral("0.999"));
    QCOMPARE(w.form()->targetNote()->text(),
             QStringLiteral("Breaks the tier rule: tier 'tier-1' requires target >= 0.9995 for ratio objectives; "
                            "'availability' has 0.999"));
    retype(w.form()->lineEdit(QStringLiteral("target")), QStringLiteral("0.9999"));
    QVERIFY(w.form()->targetNote()->text().startsWith(QLatin1String("Overrides the minimum of tier-1")));
}

void TestEditor::diagnostic_selectsTheField()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(dir.path()));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
    w.form()->selectObjective(2);
    retype(w.form()->lineEdit(QStringLiteral("target")), QStringLiteral("0.5")); // latency-p95, below tier-1
    const Core::Diagnostics &diags = w.session()->result().diagnostics;
    QCOMPARE(errorCount(diags), 1);
    const auto it = std::find_if(diags.cbegin(), diags.cend(), [](const Core::Diagnostic &d) { return d.isError(); });
    const int row = int(it - diags.cbegin());
    QVERIFY(w.diagnosticsList()->item(row)->text().startsWith(QLatin1String("fraud-detection-api.yaml:")));
    // Elsewhere first, then the click brings back the objective and its target field.
    w.form()->selectObjective(0);
    w.form()->lineEdit(QStringLiteral("service"))->setFocus();
    w.showDiagnostic(row);
    QCOMPARE(w.form()->objectiveList()->currentRow(), 2);
    QTRY_VERIFY(w.form()->lineEdit(QStringLiteral("target"))->hasFocus());
}

void TestEditor::yamlTab_andForm_roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("recommendation-api")));
    const QString file = w.currentFile();
    QCOMPARE(w.yamlEdit()->toPlainText().toUtf8(), readFile(file));

    // Form to YAML: the YAML tab shows the text as it will be saved.
    retype(w.form()->lineEdit(QStringLiteral("owner")), QStringLiteral("recs-oncall"));
    QVERIFY(w.yamlEdit()->toPlainText().contains(QLatin1String("\n  owner: recs-oncall\n")));
    QCOMPARE(w.yamlEdit()->toPlainText().toUtf8(), w.session()->text(file));

    // YAML to form, after the typing pause.
    QString text = w.yamlEdit()->toPlainText();
    text.replace(QLatin1String("service: recommendation\n"), QLatin1String("service: recs-v2\n"));
    w.yamlEdit()->setPlainText(text);
    QTRY_COMPARE(w.form()->lineEdit(QStringLiteral("service"))->text(), QStringLiteral("recs-v2"));
    QCOMPARE(slaOf(w, QStringLiteral("recommendation-api"))->service, QStringLiteral("recs-v2"));

    // A mistake typed in the YAML shows at its line and column.
    const int line = int(text.left(text.indexOf(QLatin1String("  owner:"))).count(QLatin1Char('\n'))) + 1;
    text.replace(QLatin1String("  owner:"), QLatin1String("  ownr:"));
    w.yamlEdit()->setPlainText(text);
    const QString expected = QStringLiteral("recommendation-api.yaml:%1:3: error: unknown field 'ownr'").arg(line);
    QTRY_VERIFY2(!w.diagnosticsList()->findItems(expected, Qt::MatchStartsWith).isEmpty(),
                 qPrintable(w.diagnosticsList()->item(0)->text()));
}

void TestEditor::structuralEdits_keepComments_andValidate()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("recommendation-api")));
    const QString file = w.currentFile();
    const QByteArray before = w.session()->text(file);
    const int objectives = int(slaOf(w, QStringLiteral("recommendation-api"))->objectives.size());
    w.form()->addObjective(int(Core::IndicatorKind::Drift));
    w.form()->addThresholdAlert(); // on the new (selected) objective
    w.form()->addNotify(QStringLiteral("webhook"), QStringLiteral("https://hooks.example.com/recs"));
    w.form()->addWeeklyMaintenance();
    const Core::Sla *sla = slaOf(w, QStringLiteral("recommendation-api"));
    if (qEnvironmentVariableIsSet("EDITOR_TEST_DUMP")) {
        QFile dump(qEnvironmentVariable("EDITOR_TEST_DUMP"));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(w.session()->text(file));
    }
    QVERIFY2(sla && errorCount(w.session()->result().diagnostics) == 0,
             qPrintable(w.session()->result().diagnostics.value(0).toString() + QLatin1Char('\n') +
                        QString::fromUtf8(w.session()->text(file))));
    QCOMPARE(sla->objectives.size(), objectives + 1);
    QVERIFY(sla->objectives.last().indicator.kind == Core::IndicatorKind::Drift);
    QCOMPARE(sla->alerts.last().objective, QStringLiteral("drift"));
    QCOMPARE(sla->notify.last().url, QStringLiteral("https://hooks.example.com/recs"));
    QCOMPARE(w.form()->correctionList()->count(), 2); // the demo's cache upgrade and the new one
    QCOMPARE(errorCount(w.session()->result().diagnostics), 0);
    // Every comment of the file survives: the edits only added lines.
    const QByteArray after = w.session()->text(file);
    for (const QByteArray &line : before.split('\n')) {
        if (line.trimmed().startsWith('#'))
            QVERIFY2(after.contains(line), line.constData());
    }
    // Removing what was added, then undoing everything, gives the file back.
    w.form()->selectObjective(objectives);
    w.form()->removeObjective();
    QCOMPARE(slaOf(w, QStringLiteral("recommendation-api"))->objectives.size(), objectives);
    while (w.session()->undoStack()->canUndo())
        w.session()->undoStack()->undo();
    QCOMPARE(w.session()->text(file), before);
    QVERIFY(!w.session()->isModified());
}

void TestEditor::calendarWindow_withTimeZone()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("analytics-model")));
    w.form()->windowMode()->setCurrentIndex(2);
    w.form()->timeZoneBox()->setCurrentText(QStringLiteral("Europe/Berlin"));
    const Core::Sla *sla = slaOf(w, QStringLiteral("analytics-model"));
    QVERIFY(sla->window);
    QVERIFY(sla->window->kind == Core::Window::Kind::Calendar);
    QCOMPARE(sla->window->timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(w.session()->text(w.currentFile()).contains("  window: {calendar: month, timeZone: Europe/Berlin}\n"));
    // Back to the tier's window: the key goes away again.
    w.form()->windowMode()->setCurrentIndex(0);
    QVERIFY(!slaOf(w, QStringLiteral("analytics-model"))->window);
    QCOMPARE(w.session()->text(w.currentFile()), readFile(kDemo + QStringLiteral("/analytics-model.yaml")));
}

void TestEditor::preview_showsTheObjectivesFigures_offTheGuiThread()
{
    // The demo itself (its recording is beside it); nothing is saved. The preview only
    // reads while it is on screen.
    Ui::EditorWidget w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(kDemo));
    QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
    Ui::ObjectivePreview *preview = w.form()->preview();
    QSignalSpy shown(preview, &Ui::ObjectivePreview::previewShown);
    w.form()->selectObjective(0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && preview->sli().has_value(), 60000);
    QVERIFY2(preview->summary()->text().startsWith(QLatin1String("Preview from demo-recording: SLI ")),
             qPrintable(preview->summary()->text()));
    // The same figure the evaluator gives the whole workspace.
    Core::Evaluator evaluator;
    const Core::LoadResult demo = Core::DocumentLoader::loadPaths({kDemo});
    Core::EvaluatorOptions options;
    options.workspaceDir = kDemo;
    evaluator.setWorkspace(demo.workspace, options);
    QFuture<Core::Explanation> f =
        evaluator.explain(QStringLiteral("fraud-detection-api"), QStringLiteral("availability"));
    QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
    QVERIFY(f.result().result.sli);
    QVERIFY2(std::abs(*f.result().result.sli - *preview->sli()) < 1e-4,
             qPrintable(QStringLiteral("%1 vs %2").arg(*f.result().result.sli).arg(*preview->sli())));
    // The budget in events and time, written as the dashboard writes it, and the queries.
    const QStringList left = Core::FigureText::budgetLeft(f.result().result);
    QVERIFY(!left.isEmpty());
    for (const QString &part : left)
        QVERIFY2(preview->summary()->text().contains(part), qPrintable(preview->summary()->text() + u'|' + part));
    const Core::Sla *sla = demo.workspace.findSla(QStringLiteral("fraud-detection-api"));
    QVERIFY(sla);
    const QString selector = sla->objectives.at(0).indicator.selectorFields().constFirst().second;
    QVERIFY(!preview->queries()->isHidden());
    QVERIFY2(preview->queries()->text().contains(Core::parsePromSelector(selector)->metric),
             qPrintable(preview->queries()->text() + u'|' + selector));
}

void TestEditor::recovery_afterASessionEndsUnsaved()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    const QString file = dir.filePath(QStringLiteral("recommendation-api.yaml"));
    QByteArray edited;
    {
        // A session with an unsaved edit that ends without saving (as a crash would).
        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("recommendation-api")));
        retype(w.form()->lineEdit(QStringLiteral("owner")), QStringLiteral("night-shift"));
        QVERIFY(w.session()->writeRecovery());
        edited = w.session()->text(file);
    }
    QCOMPARE(readFile(file), readFile(kDemo + QStringLiteral("/recommendation-api.yaml")));
    Ui::EditorWidget again;
    QVERIFY(again.openWorkspace(dir.path()));
    QVERIFY(!again.recoveryBar()->isHidden());
    QCOMPARE(again.session()->restoreRecovery(), 1);
    QCOMPARE(again.session()->text(file), edited);
    QCOMPARE(slaOf(again, QStringLiteral("recommendation-api"))->owner, QStringLiteral("night-shift"));
    // Saved: nothing left to recover.
    QVERIFY(again.save());
    QVERIFY(!again.session()->hasRecovery());
}

void TestEditor::closingWithUnsavedEdits_asks()
{
    QTemporaryDir dir;
    QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
    Ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openWorkspace(dir.path());
    window.setEditMode(true);
    Ui::EditorWidget *editor = window.editor();
    QVERIFY(editor->selectDocument(QStringLiteral("SLA"), QStringLiteral("recommendation-api")));
    retype(editor->form()->lineEdit(QStringLiteral("owner")), QStringLiteral("someone-else"));
    QVERIFY(editor->session()->isModified());
    // Answers the question the close asks, once it is on screen.
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    answer(QMessageBox::Discard);
    QVERIFY(window.close());
    QCOMPARE(readFile(dir.filePath(QStringLiteral("recommendation-api.yaml"))),
             readFile(kDemo + QStringLiteral("/recommendation-api.yaml")));
}

void TestEditor::examples_validateUnderEveryTier_data()
{
    QTest::addColumn<int>("example");
    QTest::addColumn<QString>("tier");
    for (int e = 0; e < Ui::slaExamples().size(); ++e) {
        for (const QString &tier : {QStringLiteral("tier-1"), QStringLiteral("tier-2"), QStringLiteral("tier-3")})
            QTest::addRow("%d %s", e, qPrintable(tier)) << e << tier;
    }
}

void TestEditor::examples_validateUnderEveryTier()
{
    QFETCH(int, example);
    QFETCH(QString, tier);
    Ui::NewSlaRequest r = Ui::slaExamples().at(example).request;
    r.tier = tier;
    r.dataSource = QStringLiteral("prom");
    r.availability = r.latency = r.precision = r.drift = true;
    const QList<Core::TierTemplate> tiers = Core::builtInTiers();
    const auto t = std::find_if(tiers.cbegin(), tiers.cend(),
                                [&tier](const Core::TierTemplate &x) { return x.metadata.name == tier; });
    QVERIFY(t != tiers.cend());
    const QByteArray yaml = "apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: prom}\n"
                            "spec: {type: prometheus, connectionDetails: {url: 'http://127.0.0.1:9090'}}\n---\n" +
                            Ui::slaYaml(Ui::makeSla(r, &*t, QDateTime::currentDateTimeUtc()));
    const Core::LoadResult result = Core::DocumentLoader::loadData(yaml, QStringLiteral("new.yaml"));
    QVERIFY(result.ok());
    const Core::Diagnostics diags = Core::validateWorkspace(result.workspace);
    QVERIFY2(errorCount(diags) == 0, diags.isEmpty() ? "" : qPrintable(diags.first().toString()));
    QCOMPARE(result.workspace.slas.first().objectives.size(), 4);
}

void TestEditor::platformTemplates_openInTheEditorAndValidate_data()
{
    QTest::addColumn<int>("index");
    const QList<Ui::SlaExample> templates = Ui::platformTemplates();
    QCOMPARE(templates.size(), 7);
    for (int i = 0; i < templates.size(); ++i)
        QTest::addRow("%s", qPrintable(templates.at(i).request.name)) << i;
}

// Issue 13: each model-serving template, started from in the editor with a new name,
// service and data source, opens as an SLA of the template's objectives that validates
// under its tier; the window is the tier's, the selectors name the new service, and the
// template's comments are kept.
void TestEditor::platformTemplates_openInTheEditorAndValidate()
{
    QFETCH(int, index);
    const Ui::NewSlaRequest own = Ui::platformTemplates().at(index).request;
    QVERIFY(!own.name.isEmpty() && !own.service.isEmpty() && !own.tier.isEmpty());
    const Core::LoadResult original =
        Core::DocumentLoader::loadData(readFile(own.templateResource), QStringLiteral("template.yaml"));
    QCOMPARE(original.workspace.slas.size(), 1);
    const Core::Sla &source = original.workspace.slas.constFirst();

    QTemporaryDir dir;
    QFile sources(dir.filePath(QStringLiteral("sources.yaml")));
    QVERIFY(sources.open(QIODevice::WriteOnly));
    sources.write("apiVersion: openslo/v1\nkind: DataSource\nmetadata: {name: prom}\n"
                  "spec:\n  type: prometheus\n  connectionDetails: {url: 'http://127.0.0.1:9090'}\n");
    sources.close();
    Ui::EditorWidget w;
    QVERIFY(w.openWorkspace(dir.path()));
    Ui::NewSlaRequest request = own;
    request.name = QStringLiteral("my-model");
    request.displayName = QStringLiteral("My model");
    request.service = QStringLiteral("my-model");
    request.owner = QStringLiteral("ml-team");
    request.dataSource = QStringLiteral("prom");
    const QString file = w.createSla(request);
    QCOMPARE(file, dir.filePath(QStringLiteral("my-model.yaml")));
    const Core::Sla *sla = slaOf(w, request.name);
    QVERIFY(sla);
    QCOMPARE(sla->objectives.size(), source.objectives.size());
    QCOMPARE(sla->service, request.service);
    QCOMPARE(sla->owner, request.owner);
    QCOMPARE(sla->dataSource, QStringLiteral("prom"));
    QCOMPARE(sla->tier, own.tier);
    QVERIFY(!sla->window.has_value()); // the tier's window applies
    QCOMPARE(errorCount(w.session()->result().diagnostics), 0);
    const QString text = QString::fromUtf8(w.session()->text(file));
    QVERIFY(text.startsWith(QStringLiteral("# SPDX-License-Identifier"))); // comments kept
    for (qsizetype i = 0; i < sla->objectives.size(); ++i) {
        QCOMPARE(sla->objectives.at(i).target, source.objectives.at(i).target);
        const QString selectors = Ui::indicatorYaml(sla->objectives.at(i));
        QVERIFY2(!selectors.contains(QStringLiteral("\"") + own.service + QLatin1Char('"')), qPrintable(selectors));
    }
    QVERIFY2(text.contains(QStringLiteral("my-model")), qPrintable(text));
}

// The wizard lists the platform templates after the built-in examples; choosing one fills
// the answers from the template and leaves the SLI choices to it.
void TestEditor::platformTemplates_offeredByTheWizard()
{
    Ui::NewSlaDialog dialog({QStringLiteral("tier-1"), QStringLiteral("tier-2"), QStringLiteral("tier-3")},
                            {QStringLiteral("prom")});
    const QList<Ui::SlaExample> templates = Ui::platformTemplates();
    const int first = int(Ui::slaExamples().size()) + 2; // blank, the examples, a separator
    QCOMPARE(dialog.exampleBox()->count(), first + int(templates.size()));
    dialog.exampleBox()->setCurrentIndex(first + 4); // Evidently drift
    QCOMPARE(dialog.nameEdit()->text(), templates.at(4).request.name);
    QCOMPARE(dialog.serviceEdit()->text(), templates.at(4).request.service);
    QCOMPARE(dialog.tierBox()->currentText(), templates.at(4).request.tier);
    const Ui::NewSlaRequest r = dialog.request();
    QCOMPARE(r.templateResource, templates.at(4).request.templateResource);
    QCOMPARE(r.dataSource, QStringLiteral("prom"));
    QVERIFY(!dialog.findChildren<QCheckBox *>().constFirst()->isEnabled());
    dialog.exampleBox()->setCurrentIndex(1); // back to a built-in example
    QVERIFY(dialog.request().templateResource.isEmpty());
    QVERIFY(dialog.findChildren<QCheckBox *>().constFirst()->isEnabled());
}

void TestEditor::selectorContext_data()
{
    using K = Core::CompletionContext::Kind;
    using T = Core::DataSourceType;
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("tail");
    const QString none;
    const QString quote = QStringLiteral("\"");
    QTest::addRow("metric") << int(T::Prometheus) << QStringLiteral("http_req") << int(K::Metric) << none << none
                            << none << none << QStringLiteral("http_req") << none;
    QTest::addRow("first label") << int(T::Prometheus) << QStringLiteral("up{jo") << int(K::LabelName) << none
                                 << QStringLiteral("up") << none << QStringLiteral("up{") << QStringLiteral("jo")
                                 << none;
    QTest::addRow("second label") << int(T::Recorded) << QStringLiteral("up{job=\"a\", ins") << int(K::LabelName)
                                  << none << QStringLiteral("up") << none << QStringLiteral("up{job=\"a\", ")
                                  << QStringLiteral("ins") << none;
    QTest::addRow("value") << int(T::Prometheus) << QStringLiteral("up{job=\"pro") << int(K::LabelValue) << none
                           << QStringLiteral("up") << QStringLiteral("job") << QStringLiteral("up{job=\"")
                           << QStringLiteral("pro") << quote;
    QTest::addRow("regex value") << int(T::Prometheus) << QStringLiteral("up{a=\"x\",code!~\"5") << int(K::LabelValue)
                                 << none << QStringLiteral("up") << QStringLiteral("code")
                                 << QStringLiteral("up{a=\"x\",code!~\"") << QStringLiteral("5") << quote;
    QTest::addRow("closed") << int(T::Prometheus) << QStringLiteral("up{a=\"x\"}") << int(K::None) << none << none
                            << none << none << none << none;
    QTest::addRow("datadog metric") << int(T::Datadog) << QStringLiteral("sum:trace.ht") << int(K::Metric) << none
                                    << none << none << QStringLiteral("sum:") << QStringLiteral("trace.ht") << none;
    QTest::addRow("datadog tag key") << int(T::Datadog) << QStringLiteral("trace.hits{env:prod, !ser")
                                     << int(K::LabelName) << none << QStringLiteral("trace.hits") << none
                                     << QStringLiteral("trace.hits{env:prod, !") << QStringLiteral("ser") << none;
    QTest::addRow("datadog tag value") << int(T::Datadog) << QStringLiteral("sum:trace.hits{env:pr")
                                       << int(K::LabelValue) << none << QStringLiteral("trace.hits")
                                       << QStringLiteral("env") << QStringLiteral("sum:trace.hits{env:")
                                       << QStringLiteral("pr") << none;
    QTest::addRow("datadog closed") << int(T::Datadog) << QStringLiteral("trace.hits{env:prod} by {ho") << int(K::None)
                                    << none << none << none << none << none << none;
    QTest::addRow("cloudwatch namespace")
        << int(T::CloudWatch) << QStringLiteral("{namespace: AWS/Sa") << int(K::Namespace) << none << none << none
        << QStringLiteral("{namespace: ") << QStringLiteral("AWS/Sa") << none;
    QTest::addRow("cloudwatch metric") << int(T::CloudWatch) << QStringLiteral("{namespace: AWS/SageMaker, metric: ")
                                       << int(K::Metric) << QStringLiteral("AWS/SageMaker") << none << none
                                       << QStringLiteral("{namespace: AWS/SageMaker, metric: ") << none << none;
    QTest::addRow("cloudwatch quoted metric")
        << int(T::CloudWatch) << QStringLiteral("{namespace: 'Custom/A,B', metric: 'Inv") << int(K::Metric)
        << QStringLiteral("Custom/A,B") << none << none << QStringLiteral("{namespace: 'Custom/A,B', metric: '")
        << QStringLiteral("Inv") << QStringLiteral("'");
    QTest::addRow("cloudwatch dimension")
        << int(T::CloudWatch) << QStringLiteral("{namespace: AWS/SageMaker, metric: Invocations, dimensions: {End")
        << int(K::LabelName) << QStringLiteral("AWS/SageMaker") << QStringLiteral("Invocations") << none
        << QStringLiteral("{namespace: AWS/SageMaker, metric: Invocations, dimensions: {") << QStringLiteral("End")
        << none;
    QTest::addRow("cloudwatch dimension value")
        << int(T::CloudWatch)
        << QStringLiteral("{namespace: AWS/SageMaker, metric: Invocations, dimensions: {Variant: a, EndpointName: fr")
        << int(K::LabelValue) << QStringLiteral("AWS/SageMaker") << QStringLiteral("Invocations")
        << QStringLiteral("EndpointName")
        << QStringLiteral("{namespace: AWS/SageMaker, metric: Invocations, dimensions: {Variant: a, EndpointName: ")
        << QStringLiteral("fr") << none;
    QTest::addRow("cloudwatch math input")
        << int(T::CloudWatch) << QStringLiteral("{expression: 'm1 / m2', metrics: {m1: {namespace: AWS/ELB, metric: Re")
        << int(K::Metric) << QStringLiteral("AWS/ELB") << none << none
        << QStringLiteral("{expression: 'm1 / m2', metrics: {m1: {namespace: AWS/ELB, metric: ") << QStringLiteral("Re")
        << none;
    QTest::addRow("cloudwatch after a value") << int(T::CloudWatch) << QStringLiteral("{namespace: 'AWS/ELB'")
                                              << int(K::None) << none << none << none << none << none << none;
    QTest::addRow("cloudwatch stat") << int(T::CloudWatch) << QStringLiteral("{namespace: AWS/ELB, stat: Su")
                                     << int(K::None) << none << none << none << none << none << none;
}

void TestEditor::selectorContext()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, nameSpace);
    QFETCH(QString, metric);
    QFETCH(QString, label);
    QFETCH(QString, head);
    QFETCH(QString, word);
    QFETCH(QString, tail);
    const Core::CompletionContext c = Core::completionContext(text, Core::DataSourceType(type));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.nameSpace, nameSpace);
    QCOMPARE(c.metric, metric);
    QCOMPARE(c.label, label);
    QCOMPARE(c.head, head);
    QCOMPARE(c.word, word);
    QCOMPARE(c.tail, tail);
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
