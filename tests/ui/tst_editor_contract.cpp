// SPDX-License-Identifier: Apache-2.0
// The SLA form's contract and remediation group (issue 9): credit rows added and removed
// (the first brings the contract, the last takes it away), the contract period, the
// remediation fields typed key by key (one undo step per field), and each edit a minimal
// change of the file that validates.
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"
#include "ui/editor/contractform.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/slaform.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Sla;

namespace {
const QString kDemo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");

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
    // The session's diagnostics are the reader's and the validator's.
    return !Core::hasErrors(session->result().diagnostics);
}
} // namespace

class TestEditorContract : public QObject
{
    Q_OBJECT
private slots:
    void creditRows_addRemove_andPeriod()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("analytics-model")));
        Ui::ContractForm *form = w.form()->contractForm();
        QVERIFY(form->isEnabled());
        QCOMPARE(form->creditList()->count(), 0);
        QVERIFY(!form->periodBox()->isEnabled());
        const QString file = w.session()->fileOf({QStringLiteral("SLA"), QStringLiteral("analytics-model")});
        const QByteArray original = w.session()->text(file);

        form->addCredit(99.5, 10);
        const Core::Sla *s = w.session()->result().workspace.findSla(QStringLiteral("analytics-model"));
        QCOMPARE(s->contract.credits.size(), 1);
        QCOMPARE(s->contract.credits.at(0).below, 0.995);
        QCOMPARE(s->contract.credits.at(0).credit, 0.1);
        int removed = 0;
        QCOMPARE(changedLines(original, w.session()->text(file), &removed),
                 QStringList{QStringLiteral("  contract: {credits: [{below: 0.995, credit: 0.1}]}")});
        QCOMPARE(removed, 0);
        QVERIFY(validates(w.session()));

        form->addCredit(99, 25);
        s = w.session()->result().workspace.findSla(QStringLiteral("analytics-model"));
        QCOMPARE(s->contract.credits.size(), 2);
        QCOMPARE(s->contract.credits.at(1).below, 0.99);
        QCOMPARE(form->creditList()->count(), 2);
        QVERIFY(form->creditList()->item(1)->text().contains(QStringLiteral("99")));
        QVERIFY(form->periodBox()->isEnabled());
        form->periodBox()->setCurrentIndex(2);
        s = w.session()->result().workspace.findSla(QStringLiteral("analytics-model"));
        QCOMPARE(int(s->contract.period), int(Core::CalendarUnit::Quarter));
        QVERIFY(validates(w.session()));

        // Undo goes back step by step.
        w.session()->undoStack()->undo();
        QCOMPARE(int(w.session()->result().workspace.findSla(QStringLiteral("analytics-model"))->contract.period),
                 int(Core::CalendarUnit::Month));
        w.session()->undoStack()->redo();

        // The last row takes the contract with it: the file is as it was.
        form->creditList()->setCurrentRow(0);
        form->removeCredit();
        QCOMPARE(w.session()->result().workspace.findSla(QStringLiteral("analytics-model"))->contract.credits.size(),
                 1);
        form->creditList()->setCurrentRow(0);
        form->removeCredit();
        QVERIFY(w.session()->result().workspace.findSla(QStringLiteral("analytics-model"))->contract.isEmpty());
        QCOMPARE(w.session()->text(file), original);

        // A threshold of 100 % is refused with a message, the file unchanged.
        QSignalSpy failed(form, &Ui::ContractForm::editFailed);
        form->addCredit(100, 5);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(w.session()->text(file), original);
    }

    void creditRow_inABlockList_isOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
        Ui::ContractForm *form = w.form()->contractForm();
        QCOMPARE(form->creditList()->count(), 2);
        QCOMPARE(form->periodBox()->currentIndex(), 1);
        const QString file = w.session()->fileOf({QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")});
        const QByteArray original = w.session()->text(file);
        form->addCredit(99, 50);
        int removed = 0;
        QCOMPARE(changedLines(original, w.session()->text(file), &removed),
                 QStringList{QStringLiteral("      - {below: 0.99, credit: 0.5}")});
        QCOMPARE(removed, 0);
        QVERIFY(validates(w.session()));
    }

    void remediation_typedKeyByKey()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        w.show();
        QVERIFY(w.openWorkspace(dir.path()));
        QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("analytics-model")));
        Ui::ContractForm *form = w.form()->contractForm();
        const QString file = w.session()->fileOf({QStringLiteral("SLA"), QStringLiteral("analytics-model")});
        const QByteArray original = w.session()->text(file);
        const int steps = w.session()->undoStack()->count();

        QLineEdit *runbook = form->remediationField(QStringLiteral("runbook"));
        QVERIFY(runbook);
        runbook->setFocus();
        const QString url = QStringLiteral("https://wiki.example.com/analytics");
        QTest::keyClicks(runbook, url);
        const Core::Sla *s = w.session()->result().workspace.findSla(QStringLiteral("analytics-model"));
        QCOMPARE(s->remediation.runbook, url);
        QCOMPARE(runbook->text(), url); // the field kept its text and cursor while the form refreshed
        // The first key brings the mapping, the rest of the typing merges into one step.
        QCOMPARE(w.session()->undoStack()->count(), steps + 2);
        int removed = 0;
        QCOMPARE(changedLines(original, w.session()->text(file), &removed),
                 QStringList{QStringLiteral("  remediation: {runbook: %1}").arg(url)});
        QVERIFY(validates(w.session()));

        QLineEdit *fallback = form->remediationField(QStringLiteral("fallback"));
        fallback->setFocus();
        QTest::keyClicks(fallback, QStringLiteral("rules-v1"));
        s = w.session()->result().workspace.findSla(QStringLiteral("analytics-model"));
        QCOMPARE(s->remediation.fallback, QStringLiteral("rules-v1"));
        QCOMPARE(s->remediation.runbook, url);

        // Clearing both fields takes the remediation away again.
        fallback->selectAll();
        QTest::keyClick(fallback, Qt::Key_Backspace);
        runbook->setFocus();
        runbook->selectAll();
        QTest::keyClick(runbook, Qt::Key_Backspace);
        QVERIFY(w.session()->result().workspace.findSla(QStringLiteral("analytics-model"))->remediation.isEmpty());
        QCOMPARE(w.session()->text(file), original);
    }

    void remediation_ofAWrittenBlock_changesOneLine()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        w.show();
        QVERIFY(w.openWorkspace(dir.path()));
        QVERIFY(w.selectDocument(QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")));
        Ui::ContractForm *form = w.form()->contractForm();
        QLineEdit *webhook = form->remediationField(QStringLiteral("webhook"));
        QCOMPARE(webhook->text(), QStringLiteral("https://ci.example.com/hooks/retrain-fraud"));
        const QString file = w.session()->fileOf({QStringLiteral("SLA"), QStringLiteral("fraud-detection-api")});
        const QByteArray original = w.session()->text(file);
        webhook->setFocus();
        webhook->end(false);
        QTest::keyClicks(webhook, QStringLiteral("-v2"));
        int removed = 0;
        QCOMPARE(changedLines(original, w.session()->text(file), &removed),
                 QStringList{QStringLiteral("    webhook: https://ci.example.com/hooks/retrain-fraud-v2")});
        QCOMPARE(removed, 1);
        QVERIFY(validates(w.session()));
    }
};

QTEST_MAIN(TestEditorContract)
#include "tst_editor_contract.moc"
