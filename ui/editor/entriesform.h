// SPDX-License-Identifier: Apache-2.0
#pragma once

// The corrections or annotations of one file as an editable table: one row per document
// (name, SLAs, objectives, start or time, end or duration, recurrence for corrections,
// category or kind, description or text). Editing a cell is one minimal edit of its
// document (one undo step); Add appends a document to the file, Remove takes the selected
// one out. The validator's messages about a row are shown on it and under the table.

#include "core/document/model.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace Sla::Ui {

class EditorSession;

class EntriesForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntriesForm)

public:
    /// The columns, in order; corrections have no Text, annotations no Recurrence.
    enum Column { Name, Slas, Objectives, Start, End, Recurrence, Kind, Text, ColumnCount };

    explicit EntriesForm(EditorSession *session, QWidget *parent = nullptr);

    /// Shows the documents of `kind` ("Correction" or "Annotation") in `file`, with `name` selected.
    void showEntries(const QString &kind, const QString &file, const QString &name);
    QString kind() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    QLabel *problems() const { return m_problems; }

    /// Sets cell (`row`, `column`) as typed: one minimal edit of that row's document.
    void setCell(int row, int column, const QString &text);
    /// Appends a new entry for the first SLA of the workspace (now, one hour) and selects it.
    void addEntry();
    /// Removes the document of the selected row.
    void removeEntry();

Q_SIGNALS:
    void editFailed(const QString &message);
    /// A row was selected: the tree follows it.
    void entrySelected(const QString &kind, const QString &name);

private:
    void refresh();
    void fillRow(int row, const QStringList &cells, const Core::SourceLocation &self);
    QStringList names() const;
    QString newEntryYaml(const QString &name) const;

    EditorSession *m_session;
    QString m_kind;
    QString m_file;
    QString m_selected;
    bool m_refreshing = false;
    QLabel *m_title;
    QTableWidget *m_table;
    QLabel *m_problems;
};

} // namespace Sla::Ui
