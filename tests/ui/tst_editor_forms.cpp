// SPDX-License-Identifier: Apache-2.0
// The editor's forms for tier templates, data sources, and corrections and annotations
// (issue 9): each field typed or chosen is one minimal edit of the file (exactly the lines
// that change), one undo step, validation shown in the form, and a result that validates.
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"
#include "ui/editor/datasourceform.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/entriesform.h"
#include "ui/editor/tierform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Sla;

namespace {

const QByteArray kTier = R"(# Our own tier: this comment stays.
apiVersion: sladesk/v1
kind: TierTemplate
metadata:
  name: team-tier
spec:
  displayName: Team tier
  window: 30d
  minimums:
    ratio: {target: 0.99}
  alerts:
    - {burnRate: default}
  notify: [desktop]
)";

const QByteArray kProm = R"(apiVersion: openslo/v1
kind: DataSource
metadata: {name: prom}
spec:
  type: prometheus   # no connection details yet
)";

// Lines of `after` not in `before`, and the count of lines that went.
QStringList changedLines(const QByteArray &before, const QByteArray &after, int *removed)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList added;
    for (const QByteArray &line : b) {
        if (!a.contains(line))
            added << QString::fromUtf8(line);
    }
    *removed = 0;
    for (const QByteArray &line : a)
        *removed += b.contains(line) ? 0 : 1;
    return added;
}

bool validates(const Ui::EditorSession *session)
{
    // The session's diagnostics are the reader's and the validator's (slactl validate's).
    return !Core::hasErrors(session->result().diagnostics);
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

struct Fixture
{
    QTemporaryDir dir;
    Ui::EditorWidget w;

    bool open()
    {
        if (!Sla::Core::TestUtils::copyDemoYaml(dir.path()) ||
            !writeFile(dir.filePath(QStringLiteral("tiers.yaml")), kTier) ||
            !writeFile(dir.filePath(QStringLiteral("prom.yaml")), kProm))
            return false;
        w.resize(900, 600);
        w.show();
        return QTest::qWaitForWindowExposed(&w) && w.openWorkspace(dir.path());
    }
    QByteArray text(const QString &file) const { return w.session()->text(dir.filePath(file)); }
    int undoCount() const { return w.session()->undoStack()->index(); }
};

} // namespace

class TestEditorForms : public QObject
{
    Q_OBJECT
private slots:
    void tier_fieldsTypedAndUndone();
    void tier_minimumsWindowAndLists();
    void dataSource_recordedFileAndType();
    void dataSource_connectionDetailsAddedKeyByKey();
    void corrections_tableEdits();
    void annotations_addEditRemove();
};

void TestEditorForms::tier_fieldsTypedAndUndone()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("TierTemplate"), QStringLiteral("team-tier")));
    Ui::TierForm *form = f.w.tierForm();
    QVERIFY(form->isVisible());
    QCOMPARE(form->lineEdit(QStringLiteral("displayName"))->text(), QStringLiteral("Team tier"));
    QCOMPARE(form->windowMode()->currentIndex(), 1);
    QCOMPARE(form->lineEdit(QStringLiteral("rolling"))->text(), QStringLiteral("30d"));
    QCOMPARE(form->minimumsTable()->item(0, 0)->text(), QStringLiteral("0.99"));
    QCOMPARE(form->alertList()->count(), 1);
    QCOMPARE(form->notifyList()->count(), 1);
    QVERIFY(form->problems()->isHidden());
    const QByteArray original = f.text(QStringLiteral("tiers.yaml"));

    // Typed key by key: one undo step, one line changed.
    QLineEdit *name = form->lineEdit(QStringLiteral("displayName"));
    name->setFocus();
    name->selectAll();
    const int before = f.undoCount();
    QTest::keyClicks(name, QStringLiteral("Gold tier"));
    QCOMPARE(f.undoCount(), before + 1);
    int removed = 0;
    QCOMPARE(changedLines(original, f.text(QStringLiteral("tiers.yaml")), &removed),
             QStringList{QStringLiteral("  displayName: Gold tier")});
    QCOMPARE(removed, 1);
    QVERIFY(f.text(QStringLiteral("tiers.yaml")).startsWith("# Our own tier: this comment stays."));
    QCOMPARE(f.w.session()->result().workspace.findTier(QStringLiteral("team-tier"))->displayName,
             QStringLiteral("Gold tier"));
    QVERIFY(validates(f.w.session()));
    f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(QStringLiteral("tiers.yaml")), original);
    QCOMPARE(name->text(), QStringLiteral("Team tier"));
    f.w.session()->undoStack()->redo();
    QCOMPARE(name->text(), QStringLiteral("Gold tier"));

    // Tab leads from the display name to the description, and on to the window.
    QVERIFY(QTest::qWaitForWindowActive(&f.w));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->lineEdit(QStringLiteral("description")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), form->windowMode());

    // A number field: an at-risk level out of range is reported under the form.
    QLineEdit *atRisk = form->lineEdit(QStringLiteral("atRisk"));
    atRisk->setFocus();
    QTest::keyClicks(atRisk, QStringLiteral("1.5"));
    QVERIFY(!validates(f.w.session()));
    QVERIFY(!form->problems()->isHidden());
    QVERIFY2(form->problems()->text().contains(QLatin1String("atRisk")), qPrintable(form->problems()->text()));
    // Clearing the field takes the key away again, in the same undo step.
    const int typed = f.undoCount();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(atRisk, Qt::Key_Backspace);
    QCOMPARE(f.undoCount(), typed);
    QVERIFY(validates(f.w.session()));
    QVERIFY(form->problems()->isHidden());
    QVERIFY(!f.text(QStringLiteral("tiers.yaml")).contains("atRisk"));
}

void TestEditorForms::tier_minimumsWindowAndLists()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("TierTemplate"), QStringLiteral("team-tier")));
    Ui::TierForm *form = f.w.tierForm();
    const QByteArray original = f.text(QStringLiteral("tiers.yaml"));
    int removed = 0;

    // A new kind is one added line of the minimums mapping; its threshold goes into it.
    form->minimumsTable()->item(1, 0)->setText(QStringLiteral("0.95"));
    QCOMPARE(changedLines(original, f.text(QStringLiteral("tiers.yaml")), &removed),
             QStringList{QStringLiteral("    latency: {target: 0.95}")});
    QCOMPARE(removed, 0);
    form->minimumsTable()->item(1, 1)->setText(QStringLiteral("0.3"));
    QCOMPARE(changedLines(original, f.text(QStringLiteral("tiers.yaml")), &removed),
             QStringList{QStringLiteral("    latency: {target: 0.95, threshold: 0.3}")});
    const Core::TierTemplate *t = f.w.session()->result().workspace.findTier(QStringLiteral("team-tier"));
    QCOMPARE(t->minimums.value(Core::IndicatorKind::Latency).threshold, std::optional<double>(0.3));
    QVERIFY(validates(f.w.session()));
    // Ratio has no threshold the tier limits: that cell cannot be edited.
    QVERIFY(!(form->minimumsTable()->item(0, 1)->flags() & Qt::ItemIsEditable));

    // A target above 1 is an error, shown on its row and under the form.
    form->minimumsTable()->item(0, 0)->setText(QStringLiteral("1.5"));
    QVERIFY(!validates(f.w.session()));
    QVERIFY(!form->minimumsTable()->item(0, 0)->toolTip().isEmpty());
    QVERIFY(!form->problems()->isHidden());
    f.w.session()->undoStack()->undo();
    QVERIFY(validates(f.w.session()));
    QCOMPARE(form->minimumsTable()->item(0, 0)->text(), QStringLiteral("0.99"));

    // Emptying the ratio target takes the kind away (its only field).
    form->minimumsTable()->item(0, 0)->setText(QString());
    QVERIFY(!f.text(QStringLiteral("tiers.yaml")).contains("ratio:"));
    QVERIFY(f.text(QStringLiteral("tiers.yaml")).contains("    latency: {target: 0.95, threshold: 0.3}\n"));

    // The window: a calendar month replaces the rolling 30d on its line.
    const QByteArray beforeWindow = f.text(QStringLiteral("tiers.yaml"));
    form->windowMode()->setCurrentIndex(3);
    Q_EMIT form->windowMode()->activated(3);
    QCOMPARE(changedLines(beforeWindow, f.text(QStringLiteral("tiers.yaml")), &removed),
             QStringList{QStringLiteral("  window: {calendar: month}")});
    QCOMPARE(removed, 1);
    QVERIFY(!form->lineEdit(QStringLiteral("rolling"))->isEnabled());

    // Notify: a webhook appended to the flow list; alerts: the burn-rate set removed.
    const QByteArray beforeLists = f.text(QStringLiteral("tiers.yaml"));
    form->notifyKindBox()->setCurrentIndex(2);
    form->notifyUrlEdit()->setText(QStringLiteral("https://hooks.example.com/sla"));
    form->addNotify(form->notifyKindBox()->currentText(), form->notifyUrlEdit()->text());
    QCOMPARE(changedLines(beforeLists, f.text(QStringLiteral("tiers.yaml")), &removed),
             QStringList{QStringLiteral("  notify: [desktop, {webhook: https://hooks.example.com/sla}]")});
    QCOMPARE(form->notifyList()->count(), 2);
    QSignalSpy failed(form, &Ui::TierForm::editFailed);
    form->addNotify(QStringLiteral("alertmanager"), QString());
    QCOMPARE(failed.count(), 1);
    form->alertList()->setCurrentRow(0);
    form->removeAlert();
    QCOMPARE(form->alertList()->count(), 0);
    form->addBurnRateAlerts();
    QCOMPARE(form->alertList()->count(), 1);
    QVERIFY(validates(f.w.session()));
    // Every step undoes back to the file as it was written.
    while (f.w.session()->undoStack()->canUndo())
        f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(QStringLiteral("tiers.yaml")), original);
}

void TestEditorForms::dataSource_recordedFileAndType()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("DataSource"), QStringLiteral("demo-recording")));
    Ui::DataSourceForm *form = f.w.dataSourceForm();
    QVERIFY(form->isVisible());
    QCOMPARE(form->typeBox()->currentData().toInt(), int(Core::DataSourceType::Recorded));
    QCOMPARE(form->lineEdit(QStringLiteral("file"))->text(), QStringLiteral("data/demo.om.gz"));
    QVERIFY(form->alignToNowBox()->isChecked());
    QVERIFY(form->lineEdit(QStringLiteral("file"))->isVisible());
    QVERIFY(!form->lineEdit(QStringLiteral("url"))->isVisible());
    QVERIFY(!form->secretButton()->isVisible()); // a recording has no secret
    const QString file = QStringLiteral("data-sources.yaml");
    const QByteArray original = f.text(file);
    int removed = 0;

    // The picker's choice, inside the document's folder, is written relative to it.
    form->setRecordedFile(f.dir.filePath(QStringLiteral("data/other.om.gz")));
    QCOMPARE(changedLines(original, f.text(file), &removed), QStringList{QStringLiteral("    file: data/other.om.gz")});
    QCOMPARE(removed, 1);
    f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(file), original);

    // Unticking alignToNow removes its line.
    form->alignToNowBox()->click();
    QCOMPARE(changedLines(original, f.text(file), &removed), QStringList());
    QCOMPARE(removed, 1);
    QVERIFY(!f.w.session()->result().workspace.findDataSource(QStringLiteral("demo-recording"))->alignToNow);
    f.w.session()->undoStack()->undo();

    // CloudWatch: the type on its line, the dialog's inline checks on the fields.
    const int cw = form->typeBox()->findData(int(Core::DataSourceType::CloudWatch));
    form->typeBox()->setCurrentIndex(cw);
    Q_EMIT form->typeBox()->activated(cw);
    QCOMPARE(changedLines(original, f.text(file), &removed), QStringList{QStringLiteral("  type: cloudwatch")});
    QVERIFY(form->lineEdit(QStringLiteral("region"))->isVisible());
    QVERIFY(form->regionError()->isVisible());
    QVERIFY2(form->regionError()->text().contains(QLatin1String("region is required")),
             qPrintable(form->regionError()->text()));
    QVERIFY(!validates(f.w.session())); // a cloudwatch source needs a region; the file is not its field
    QVERIFY(!form->problems()->isHidden());
    QLineEdit *region = form->lineEdit(QStringLiteral("region"));
    region->setFocus();
    QTest::keyClicks(region, QStringLiteral("mars-1"));
    QVERIFY2(form->regionError()->text().contains(QLatin1String("not an AWS region")),
             qPrintable(form->regionError()->text()));
    region->selectAll();
    QTest::keyClicks(region, QStringLiteral("eu-west-1"));
    QVERIFY(!form->regionError()->isVisible());
    QVERIFY(f.text(file).contains("    region: eu-west-1\n"));
    QVERIFY(form->secretButton()->isVisible());
    QSignalSpy secret(&f.w, &Ui::EditorWidget::dataSourcesRequested);
    // Laid out and scrolled into view first: a click lands on whatever is on screen at its place.
    QTest::qWait(50);
    form->findChild<QScrollArea *>()->ensureWidgetVisible(form->secretButton());
    QTest::qWait(50);
    QVERIFY(!form->secretButton()->visibleRegion().isEmpty());
    QTest::mouseClick(form->secretButton(), Qt::LeftButton);
    QCOMPARE(secret.count(), 1);
    QCOMPARE(secret.at(0).at(0).toString(), QStringLiteral("demo-recording"));
    while (f.w.session()->undoStack()->canUndo())
        f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(file), original);
}

void TestEditorForms::dataSource_connectionDetailsAddedKeyByKey()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("DataSource"), QStringLiteral("prom")));
    Ui::DataSourceForm *form = f.w.dataSourceForm();
    QVERIFY(form->lineEdit(QStringLiteral("url"))->isVisible());
    QVERIFY(!form->problems()->isHidden()); // the reader's warning: no connectionDetails
    const QByteArray original = f.text(QStringLiteral("prom.yaml"));
    int removed = 0;
    QLineEdit *url = form->lineEdit(QStringLiteral("url"));
    url->setFocus();
    const int before = f.undoCount();
    QTest::keyClicks(url, QStringLiteral("https://prom.example.com"));
    QCOMPARE(f.undoCount(), before + 1); // the first keystroke added connectionDetails, in the same step
    QCOMPARE(changedLines(original, f.text(QStringLiteral("prom.yaml")), &removed),
             QStringList{QStringLiteral("  connectionDetails: {url: https://prom.example.com}")});
    QCOMPARE(removed, 0);
    QVERIFY(form->problems()->isHidden());
    const int basic = form->authBox()->findData(int(Core::AuthType::Basic));
    form->authBox()->setCurrentIndex(basic);
    Q_EMIT form->authBox()->activated(basic);
    QVERIFY(form->lineEdit(QStringLiteral("username"))->isVisible());
    QVERIFY(form->secretButton()->isVisible());
    QLineEdit *user = form->lineEdit(QStringLiteral("username"));
    user->setFocus();
    QTest::keyClicks(user, QStringLiteral("reader"));
    QCOMPARE(changedLines(original, f.text(QStringLiteral("prom.yaml")), &removed),
             QStringList{QStringLiteral("  connectionDetails: {url: https://prom.example.com, auth: basic, username: "
                                        "reader}")});
    QVERIFY(f.text(QStringLiteral("prom.yaml")).contains("  type: prometheus   # no connection details yet\n"));
    QVERIFY(validates(f.w.session()));
    // Secrets are never written: the form has no field for one.
    QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("secret")));
    f.w.session()->undoStack()->undo();
    f.w.session()->undoStack()->undo();
    f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(QStringLiteral("prom.yaml")), original);
}

void TestEditorForms::corrections_tableEdits()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("Correction"), QStringLiteral("recs-cache-upgrade")));
    Ui::EntriesForm *form = f.w.entriesForm();
    QVERIFY(form->isVisible());
    QTableWidget *table = form->table();
    QCOMPARE(table->rowCount(), 1);
    using C = Ui::EntriesForm;
    QCOMPARE(table->item(0, C::Name)->text(), QStringLiteral("recs-cache-upgrade"));
    QCOMPARE(table->item(0, C::Slas)->text(), QStringLiteral("recommendation-api"));
    QCOMPARE(table->item(0, C::Objectives)->text(), QStringLiteral("availability"));
    QCOMPARE(table->item(0, C::Start)->text(), QStringLiteral("2025-01-27T02:00:00Z"));
    QCOMPARE(table->item(0, C::End)->text(), QStringLiteral("1h30m"));
    QVERIFY(!table->isColumnHidden(C::Recurrence));
    const QString file = QStringLiteral("corrections.yaml");
    const QByteArray original = f.text(file);
    int removed = 0;

    table->item(0, C::End)->setText(QStringLiteral("2h"));
    QCOMPARE(changedLines(original, f.text(file), &removed), QStringList{QStringLiteral("  duration: 2h")});
    QCOMPARE(removed, 1);
    // An end instead of a duration: the duration goes, the end comes.
    table->item(0, C::End)->setText(QStringLiteral("2025-01-27T05:00:00Z"));
    QCOMPARE(changedLines(original, f.text(file), &removed),
             QStringList{QStringLiteral("  end: 2025-01-27T05:00:00Z")});
    QCOMPARE(removed, 1);
    QVERIFY(validates(f.w.session()));
    QCOMPARE(f.w.session()->result().workspace.corrections.at(0).lengthMs(), 3 * Core::Duration::Hour);

    const QByteArray beforeRule = f.text(file);
    table->item(0, C::Recurrence)->setText(QStringLiteral("FREQ=WEEKLY;BYDAY=SU"));
    QCOMPARE(changedLines(beforeRule, f.text(file), &removed),
             QStringList{QStringLiteral("  recurrence: FREQ=WEEKLY;BYDAY=SU")});
    QVERIFY(validates(f.w.session()));
    table->item(0, C::Recurrence)->setText(QStringLiteral("FREQ=HOURLY"));
    QVERIFY(!validates(f.w.session()));
    QVERIFY(!form->problems()->isHidden());
    QVERIFY2(!table->item(0, C::Name)->toolTip().isEmpty(), "the row says what is wrong");
    f.w.session()->undoStack()->undo();
    QVERIFY(validates(f.w.session()));
    QVERIFY(form->problems()->isHidden());

    // Objectives emptied: the key goes (every objective of the SLA).
    table->item(0, C::Objectives)->setText(QString());
    QVERIFY(!f.text(file).contains("objectives:"));
    QVERIFY(f.w.session()->result().workspace.corrections.at(0).objectives.isEmpty());
    while (f.w.session()->undoStack()->canUndo())
        f.w.session()->undoStack()->undo();
    QCOMPARE(f.text(file), original);
}

void TestEditorForms::annotations_addEditRemove()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.w.selectDocument(QStringLiteral("Annotation"), QStringLiteral("fraud-api-deploy-3-4-0")));
    Ui::EntriesForm *form = f.w.entriesForm();
    QTableWidget *table = form->table();
    using C = Ui::EntriesForm;
    QVERIFY(table->isColumnHidden(C::Recurrence));
    QCOMPARE(table->rowCount(), 1);
    const QString file = QStringLiteral("annotations.yaml");
    const QByteArray original = f.text(file);
    int removed = 0;

    table->item(0, C::Text)->setText(QStringLiteral("Deployed fraud-api 3.4.0"));
    QCOMPARE(changedLines(original, f.text(file), &removed),
             QStringList{QStringLiteral("  text: Deployed fraud-api 3.4.0")});
    QCOMPARE(removed, 1);
    table->item(0, C::Objectives)->setText(QStringLiteral("availability, latency"));
    QVERIFY(f.text(file).contains("  objectives: [availability, latency]\n"));
    QVERIFY(validates(f.w.session()));
    table->item(0, C::Objectives)->setText(QStringLiteral("availabilty"));
    QVERIFY(!validates(f.w.session())); // an unknown objective, with a "did you mean"
    QVERIFY2(form->problems()->text().contains(QLatin1String("availability")), qPrintable(form->problems()->text()));
    f.w.session()->undoStack()->undo();

    // Add: a new annotation document at the end of the file, selected; it validates.
    const QByteArray beforeAdd = f.text(file);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("addEntry")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, C::Name)->text(), QStringLiteral("annotation-1"));
    QVERIFY(f.text(file).startsWith(beforeAdd));
    QVERIFY(validates(f.w.session()));
    QCOMPARE(f.w.session()->result().workspace.annotations.size(), 2);
    QCOMPARE(table->currentRow(), 1);
    // Remove it again: the file is as before the add, in one undo step.
    const int steps = f.undoCount();
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("removeEntry")), Qt::LeftButton);
    QCOMPARE(f.undoCount(), steps + 1);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(f.text(file), beforeAdd);
    f.w.session()->undoStack()->undo();
    QCOMPARE(table->rowCount(), 2);
    f.w.session()->undoStack()->redo();
    QCOMPARE(table->rowCount(), 1);
    // Saved, the file reads back with the edit.
    QVERIFY(f.w.save());
    const Core::LoadResult back = Core::DocumentLoader::loadPaths({f.dir.path()});
    QVERIFY(!Core::hasErrors(back.diagnostics));
    QCOMPARE(back.workspace.annotations.at(0).text, QStringLiteral("Deployed fraud-api 3.4.0"));
}

QTEST_MAIN(TestEditorForms)
#include "tst_editor_forms.moc"
