// SPDX-License-Identifier: Apache-2.0
#pragma once

// The editor's state: the text of every file of the workspace as it will be saved, the
// model read from that text, its diagnostics, and one undo stack for every change. The
// text is the truth: the form changes it through minimal edits (core/document/yamlpatch.h)
// and the YAML tab replaces it, so a save writes exactly what the YAML tab shows, and a
// file nobody touched is never rewritten.

#include "core/document/yamlpatch.h"
#include "core/exchange/loader.h"

#include <QObject>
#include <QStringList>

class QTimer;
class QUndoStack;

namespace Sla::Ui {

class EditorSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorSession)

public:
    explicit EditorSession(QObject *parent = nullptr);
    ~EditorSession() override;

    /// Reads every YAML file of a workspace folder (or one file); drops the undo history.
    bool open(const QString &path, QString *error = nullptr);
    QString workspacePath() const { return m_root; }
    QStringList files() const;
    QByteArray text(const QString &file) const;
    bool isDirty(const QString &file) const;
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

    /// The model and every diagnostic (reader and validator) of the current text.
    const Core::LoadResult &result() const { return m_result; }
    /// The file holding the document, or empty.
    QString fileOf(const Core::DocumentKey &doc) const;

    /// Replaces the text of `file` as one undoable step; consecutive steps with the same
    /// non-empty `mergeKey` merge into one (keystrokes in one field).
    void changeText(const QString &file, const QByteArray &text, const QString &description,
                    const QString &mergeKey = {});
    /// Sets one value of a document (YamlPatcher::setValue); false with *error on failure.
    bool setValue(const Core::DocumentKey &doc, const QStringList &path, const QString &value,
                  const QString &description, QString *error = nullptr);
    /// Any other minimal edit: `edit` changes the patcher of the document's file.
    bool patch(const Core::DocumentKey &doc, const QString &description,
               const std::function<bool(Core::YamlPatcher &)> &edit, QString *error = nullptr);
    /// Adds a new file (unsaved until save()) holding `yaml`, as one undoable step.
    void addFile(const QString &file, const QByteArray &yaml, const QString &description);

    /// Writes `file` atomically (QSaveFile); false with *error when it could not.
    bool save(const QString &file, QString *error = nullptr);
    /// Writes the text of `file` to `newPath` instead, which then replaces it in the workspace.
    bool saveAs(const QString &file, const QString &newPath, QString *error = nullptr);
    bool saveAll(QString *error = nullptr);
    /// Back to the saved text of `file` (undoable).
    void revert(const QString &file);
    /// Reads again the workspace's files another part of the app wrote (the Data Sources
    /// dialog): a file without unsaved edits takes the text on disk, a new file joins, and
    /// a file with unsaved edits keeps them. Returns the files that changed; when any did,
    /// the undo history goes, since its steps hold the texts from before.
    QStringList reloadFromDisk();

    /// Unsaved edits are written to a recovery file a few seconds after each change (and
    /// the file is removed once nothing is unsaved), so that a crash loses nothing: the
    /// next open() of the same workspace finds them (hasRecovery()) and may restore them.
    QString recoveryFile() const;
    /// Writes the recovery file now (or removes it when nothing is unsaved).
    bool writeRecovery();
    bool hasRecovery() const;
    /// Applies the recovered texts as one undoable step each, then removes the file.
    int restoreRecovery();
    void discardRecovery();

    /// Called by the undo commands: sets the text without a new undo step.
    void setTextDirect(const QString &file, const QByteArray &text);

Q_SIGNALS:
    /// The text (and so the model and diagnostics) changed; `file` is the changed one.
    void changed(const QString &file);
    /// A file was written.
    void saved(const QString &file);

private:
    struct File
    {
        QString path;
        QByteArray saved; ///< on disk (empty for a new file)
        QByteArray text;
        bool exists = true;
    };
    void reparse();
    File *find(const QString &file);
    const File *find(const QString &file) const;

    QString m_root;
    QList<File> m_files;
    Core::LoadResult m_result;
    QUndoStack *m_undo;
    QTimer *m_autosave;
    bool m_wroteRecovery = false; ///< a recovery file of a crashed run stays until restored or discarded
};

} // namespace Sla::Ui
