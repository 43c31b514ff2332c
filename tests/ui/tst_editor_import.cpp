// SPDX-License-Identifier: Apache-2.0
// File → Import… and drag and drop in Edit mode (issue 9): a Pyrra file becomes a new
// sladesk/v1 file of the workspace (one undo step, saved with the rest), SLA Desk's own
// files come in byte for byte, a file with errors is refused with its file:line:column,
// names never overwrite, and files dropped on the editor or the main window are imported.
#include "core/exchange/loader.h"
#include "tests/support/testutils.h"
#include "ui/editor/editorsession.h"
#include "ui/editor/editorwidget.h"
#include "ui/editor/workspaceimport.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace Sla;

namespace {
const QString kDemo = QStringLiteral(SLA_SOURCE_DIR "/resources/demo/workspace");
const QString kData = QStringLiteral(SLA_SOURCE_DIR "/tests/data");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Drops `paths` on `target` as a file manager would.
void drop(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    QVERIFY(dropped.isAccepted());
}
} // namespace

class TestEditorImport : public QObject
{
    Q_OBJECT
private slots:
    void nativeYaml_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<bool>("native");
        QTest::newRow("sladesk") << QByteArray("apiVersion: sladesk/v1\nkind: SLA\n") << true;
        QTest::newRow("quoted, two documents")
            << QByteArray("# c\napiVersion: 'sladesk/v1'\nkind: SLA\n---\napiVersion: openslo/v1\nkind: DataSource\n")
            << true;
        QTest::newRow("an OpenSLO SLO") << QByteArray("apiVersion: openslo/v1\nkind: SLO\n") << false;
        QTest::newRow("ours and Pyrra") << QByteArray("apiVersion: sladesk/v1\nkind: SLA\n---\napiVersion: "
                                                      "pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n")
                                        << false;
        QTest::newRow("Sloth") << QByteArray("version: prometheus/v1\nservice: x\n") << false;
        QTest::newRow("JSON") << QByteArray("{\"apiVersion\": \"sladesk/v1\"}") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void nativeYaml()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, native);
        QCOMPARE(Ui::isNativeYaml(yaml), native);
    }

    void pyrraFile_becomesOneUndoableSladeskFile()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        const int slasBefore = int(w.session()->result().workspace.slas.size());
        QSignalSpy done(&w, &Ui::EditorWidget::importFinished);
        w.importFiles({kData + QStringLiteral("/pyrra/slos.yaml")});
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toInt(), 1);
        const QString target = dir.filePath(QStringLiteral("slos.yaml"));
        QVERIFY(w.session()->files().contains(target));
        QVERIFY(w.session()->isDirty(target));
        QVERIFY(w.session()->text(target).contains("\napiVersion: sladesk/v1\nkind: SLA\n"));
        QVERIFY(!w.session()->text(target).contains("apiVersion: pyrra.dev"));
        const Core::Workspace &ws = w.session()->result().workspace;
        QCOMPARE(int(ws.slas.size()), slasBefore + 5); // Pyrra's five objectives: one SLA each
        QVERIFY(ws.findSla(QStringLiteral("api-errors")));
        QVERIFY2(w.statusLine()->text().contains(QStringLiteral("1 converted")), qPrintable(w.statusLine()->text()));
        QCOMPARE(w.currentFile(), target);

        // One step undoes it; redo brings it back; save writes it.
        w.session()->undoStack()->undo();
        QVERIFY(w.session()->text(target).isEmpty()); // a new file emptied is not written
        QVERIFY(!w.session()->isModified());
        QVERIFY(w.save());
        QVERIFY(!QFile::exists(target)); // and nothing is written for it
        QCOMPARE(int(w.session()->result().workspace.slas.size()), slasBefore);
        w.session()->undoStack()->redo();
        QVERIFY(w.save());
        const Core::LoadResult back = Core::DocumentLoader::loadPaths({dir.path()});
        QVERIFY(back.ok());
        QVERIFY(back.workspace.findSla(QStringLiteral("api-errors")));
        QCOMPARE(readFile(target), w.session()->text(target));
    }

    void ownFile_comesInByteForByte_andNeverOverwrites()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        QTemporaryDir outside;
        // A file named like one of the workspace's, with a comment.
        const QString name = QDir(kDemo).entryList({QStringLiteral("*.yaml")}, QDir::Files).first();
        QByteArray own = readFile(kDemo + QLatin1Char('/') + name);
        own.prepend("# brought in from another workspace\n");
        const QString source = outside.filePath(name);
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(own);
        f.close();

        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        QSignalSpy done(&w, &Ui::EditorWidget::importFinished);
        w.importFiles({source});
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toInt(), 1);
        const QString target = dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral("-2.yaml"));
        QVERIFY2(w.session()->files().contains(target), qPrintable(w.session()->files().join(u',')));
        QCOMPARE(w.session()->text(target), own);
        QCOMPARE(readFile(dir.filePath(name)), readFile(kDemo + QLatin1Char('/') + name)); // untouched
        QVERIFY(w.statusLine()->text().contains(QStringLiteral("0 converted")));
    }

    void brokenFile_isRefusedWithItsPlace()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        QVERIFY(w.openWorkspace(dir.path()));
        const QStringList before = w.session()->files();
        QSignalSpy done(&w, &Ui::EditorWidget::importFinished);
        w.importFiles({kData + QStringLiteral("/pyrra/invalid.yaml")});
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toInt(), 0);
        QCOMPARE(w.session()->files(), before);
        const QString status = w.statusLine()->text();
        QVERIFY2(status.contains(QStringLiteral("Not imported")) &&
                     status.contains(QStringLiteral("invalid.yaml:7:11")),
                 qPrintable(status));
        QVERIFY(!w.session()->isModified());
    }

    void droppedFiles_areImported()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::EditorWidget w;
        w.resize(800, 600);
        QVERIFY(w.openWorkspace(dir.path()));
        QSignalSpy done(&w, &Ui::EditorWidget::importFinished);
        drop(&w, {kData + QStringLiteral("/pyrra/slos.yaml")});
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toInt(), 1);
        QVERIFY(w.session()->files().contains(dir.filePath(QStringLiteral("slos.yaml"))));

        // Other files are not taken.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kData + QStringLiteral("/datadog/evaluate.om"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void fileMenuAndDashboardDrop_switchToEditMode()
    {
        QTemporaryDir dir;
        QVERIFY(Sla::Core::TestUtils::copyDemoYaml(dir.path()));
        Ui::MainWindow window;
        window.openWorkspace(dir.path());
        auto *editor = window.findChild<Ui::EditorWidget *>();
        QVERIFY(editor);
        QTRY_COMPARE(editor->session()->workspacePath(), QDir(dir.path()).absolutePath());
        // The action is in the File menu with its shortcut.
        QAction *import = editor->importAction();
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QCOMPARE(import->shortcutContext(), Qt::WindowShortcut);
        QVERIFY(!import->associatedObjects().isEmpty());
        auto *modes = window.findChild<QTabWidget *>(QStringLiteral("modes"));
        QVERIFY(modes);
        QVERIFY(modes->currentWidget() != editor);
        QSignalSpy done(editor, &Ui::EditorWidget::importFinished);
        drop(&window, {kData + QStringLiteral("/pyrra/slos.yaml")});
        QVERIFY(done.wait(20000));
        QCOMPARE(modes->currentWidget(), editor);
        QVERIFY(editor->session()->files().contains(dir.filePath(QStringLiteral("slos.yaml"))));
        editor->session()->undoStack()->undo(); // no question on close
    }
};

QTEST_MAIN(TestEditorImport)
#include "tst_editor_import.moc"
