// SPDX-License-Identifier: Apache-2.0
#include "ui/editor/editorsession.h"

#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace Sla::Ui {

namespace {

/// One change of one file's text: undo puts the old text back.
class TextCommand final : public QUndoCommand
{
public:
    TextCommand(EditorSession *session, QString file, QByteArray before, QByteArray after, const QString &text,
                QString mergeKey)
        : QUndoCommand(text), m_session(session), m_file(std::move(file)), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_session->setTextDirect(m_file, m_before); }
    void redo() override { m_session->setTextDirect(m_file, m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TextCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_file != m_file)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    EditorSession *m_session;
    QString m_file;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
};

} // namespace

EditorSession::EditorSession(QObject *parent)
    : QObject(parent), m_undo(new QUndoStack(this)), m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &EditorSession::writeRecovery);
    connect(this, &EditorSession::changed, m_autosave, qOverload<>(&QTimer::start));
}

EditorSession::~EditorSession() = default;

bool EditorSession::open(const QString &path, QString *error)
{
    QList<File> files;
    for (const QString &f : Core::DocumentLoader::expandPath(path)) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(f), in.errorString());
            return false;
        }
        const QByteArray data = in.readAll();
        files.append(File{f, data, data, true});
    }
    m_root = path;
    m_files = files;
    m_wroteRecovery = false;
    m_undo->clear();
    m_undo->setClean();
    reparse();
    Q_EMIT changed({});
    return true;
}

QStringList EditorSession::files() const
{
    QStringList out;
    for (const File &f : m_files)
        out.append(f.path);
    return out;
}

EditorSession::File *EditorSession::find(const QString &file)
{
    for (File &f : m_files) {
        if (f.path == file)
            return &f;
    }
    return nullptr;
}

const EditorSession::File *EditorSession::find(const QString &file) const
{
    return const_cast<EditorSession *>(this)->find(file);
}

QByteArray EditorSession::text(const QString &file) const
{
    const File *f = find(file);
    return f ? f->text : QByteArray();
}

bool EditorSession::isDirty(const QString &file) const
{
    const File *f = find(file);
    // A new file whose creation was undone (empty, never written) has nothing to save.
    return f && (f->text != f->saved || (!f->exists && !f->text.isEmpty()));
}

bool EditorSession::isModified() const
{
    for (const File &f : m_files) {
        if (isDirty(f.path))
            return true;
    }
    return false;
}

QString EditorSession::fileOf(const Core::DocumentKey &doc) const
{
    const Core::Workspace &ws = m_result.workspace;
    auto search = [&doc](const auto &list, const char *kind) -> QString {
        if (doc.kind != QLatin1String(kind))
            return {};
        for (const auto &d : list) {
            if (d.metadata.name == doc.name)
                return d.origin.self.file;
        }
        return {};
    };
    QString file = search(ws.slas, "SLA");
    for (const QString &f : {search(ws.tiers, "TierTemplate"), search(ws.dataSources, "DataSource"),
                             search(ws.corrections, "Correction"), search(ws.annotations, "Annotation")}) {
        if (file.isEmpty())
            file = f;
    }
    return file;
}

void EditorSession::reparse()
{
    QList<QPair<QString, QByteArray>> inputs;
    for (const File &f : m_files)
        inputs.append({f.path, f.text});
    m_result = Core::DocumentLoader::loadFiles(inputs);
    m_result.diagnostics += Core::validateWorkspace(m_result.workspace);
    Core::sortDiagnostics(m_result.diagnostics);
}

void EditorSession::setTextDirect(const QString &file, const QByteArray &text)
{
    File *f = find(file);
    if (!f || f->text == text)
        return;
    f->text = text;
    reparse();
    Q_EMIT changed(file);
}

void EditorSession::changeText(const QString &file, const QByteArray &text, const QString &description,
                               const QString &mergeKey)
{
    const File *f = find(file);
    if (!f || f->text == text)
        return;
    m_undo->push(new TextCommand(this, file, f->text, text, description, mergeKey));
}

bool EditorSession::patch(const Core::DocumentKey &doc, const QString &description,
                          const std::function<bool(Core::YamlPatcher &)> &edit, QString *error)
{
    const QString file = fileOf(doc);
    if (file.isEmpty()) {
        if (error)
            *error = tr("No %1 '%2' in the workspace").arg(doc.kind, doc.name);
        return false;
    }
    Core::YamlPatcher patcher(text(file));
    if (!edit(patcher)) {
        if (error)
            *error = patcher.error();
        return false;
    }
    changeText(file, patcher.text(), description);
    return true;
}

bool EditorSession::setValue(const Core::DocumentKey &doc, const QStringList &path, const QString &value,
                             const QString &description, QString *error)
{
    const QString file = fileOf(doc);
    Core::YamlPatcher patcher(text(file));
    if (file.isEmpty() || !patcher.setValue(doc, path, value)) {
        if (error)
            *error = file.isEmpty() ? tr("No %1 '%2' in the workspace").arg(doc.kind, doc.name) : patcher.error();
        return false;
    }
    // Keystrokes in one field merge into one undo step.
    changeText(file, patcher.text(), description, doc.kind + doc.name + path.join(QLatin1Char('.')));
    return true;
}

void EditorSession::addFile(const QString &file, const QByteArray &yaml, const QString &description)
{
    if (!find(file))
        m_files.append(File{file, {}, {}, false});
    changeText(file, yaml, description);
}

bool EditorSession::save(const QString &file, QString *error)
{
    File *f = find(file);
    if (!f)
        return false;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(f->text) != f->text.size() || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    f->saved = f->text;
    f->exists = true;
    writeRecovery();
    Q_EMIT saved(file);
    Q_EMIT changed(file);
    return true;
}

bool EditorSession::saveAs(const QString &file, const QString &newPath, QString *error)
{
    File *f = find(file);
    if (!f || find(newPath))
        return false;
    m_files.append(File{newPath, {}, f->text, false});
    if (!save(newPath, error)) {
        m_files.removeLast();
        return false;
    }
    // The old file stays on disk as it was; the workspace now reads the new one.
    m_files.removeIf([&file](const File &x) { return x.path == file; });
    m_undo->clear();
    reparse();
    Q_EMIT changed(newPath);
    return true;
}

bool EditorSession::saveAll(QString *error)
{
    for (const File &f : std::as_const(m_files)) {
        if (isDirty(f.path) && !save(f.path, error))
            return false;
    }
    return true;
}

void EditorSession::revert(const QString &file)
{
    if (const File *f = find(file))
        changeText(file, f->saved, tr("Revert %1").arg(QFileInfo(file).fileName()));
}

QStringList EditorSession::reloadFromDisk()
{
    if (m_root.isEmpty())
        return {};
    QStringList updated;
    for (const QString &path : Core::DocumentLoader::expandPath(m_root)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = in.readAll();
        File *f = find(path);
        if (!f) {
            m_files.append(File{path, data, data, true});
            updated.append(path);
        } else if (!isDirty(path) && f->text != data) {
            f->saved = data;
            f->text = data;
            f->exists = true;
            updated.append(path);
        }
    }
    if (updated.isEmpty())
        return updated;
    m_undo->clear();
    reparse();
    Q_EMIT changed({});
    return updated;
}

QString EditorSession::recoveryFile() const
{
    if (m_root.isEmpty())
        return {};
    const QByteArray id = QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery/") +
           QString::fromLatin1(id) + QStringLiteral(".json");
}

bool EditorSession::writeRecovery()
{
    const QString path = recoveryFile();
    if (path.isEmpty())
        return false;
    QJsonObject files;
    for (const File &f : std::as_const(m_files)) {
        if (isDirty(f.path))
            files.insert(f.path, QString::fromUtf8(f.text));
    }
    if (files.isEmpty()) {
        if (m_wroteRecovery)
            QFile::remove(path);
        m_wroteRecovery = false;
        return true;
    }
    m_wroteRecovery = true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("workspace"), m_root}, {QStringLiteral("files"), files}})
            .toJson(QJsonDocument::Compact);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit();
}

bool EditorSession::hasRecovery() const
{
    return QFileInfo::exists(recoveryFile());
}

int EditorSession::restoreRecovery()
{
    QFile in(recoveryFile());
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    const QJsonObject files = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("files")).toObject();
    in.close();
    m_wroteRecovery = true; // the file is this session's now: a save removes it
    int restored = 0;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QByteArray text = it.value().toString().toUtf8();
        if (find(it.key()))
            changeText(it.key(), text, tr("Restore unsaved edits"));
        else
            addFile(it.key(), text, tr("Restore unsaved edits"));
        ++restored;
    }
    return restored;
}

void EditorSession::discardRecovery()
{
    QFile::remove(recoveryFile());
}

} // namespace Sla::Ui
