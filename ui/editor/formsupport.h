// SPDX-License-Identifier: Apache-2.0
#pragma once

// Pieces the editor's forms share: how an alert rule and a notification target read in a
// list (the SLA form and the tier form show the same rules), the YAML of a new notify item,
// and the diagnostics that belong to one document, shown inline under its form.

#include "core/document/diagnostic.h"
#include "core/document/model.h"

#include <QString>
#include <QStringList>

#include <functional>

class QLabel;
class QListWidget;
class QWidget;

namespace Sla::Core {
struct DocumentKey;
struct LoadResult;
class YamlPatcher;
} // namespace Sla::Core

namespace Sla::Ui {
class EditorSession;
}

namespace Sla::Ui::FormSupport {

/// One minimal edit of a document as one undo step; consecutive edits with the same
/// non-empty `mergeKey` merge into one (the keystrokes of one field, including the first,
/// which may add the key, and the last, which may remove it). False and *error on failure.
bool editDocument(EditorSession *session, const Core::DocumentKey &doc, const QString &description,
                  const QString &mergeKey, const std::function<bool(Core::YamlPatcher &)> &op, QString *error);
/// Sets the value at `path`; an empty `value` removes the key instead. `present` is how
/// many leading keys of `path` name mappings that exist (spec: 1; -1: every parent): the
/// missing ones are added with the value, as flow text (`minimums: {ratio: {target: 0.99}}`).
bool setOrRemove(Core::YamlPatcher &patcher, const Core::DocumentKey &doc, const QStringList &path,
                 const QString &value, int present = -1);
/// A number as typed when it reads as one, else the text as a YAML scalar (the validator
/// then says what is wrong with it).
QString numberOrScalar(const QString &text);

/// "burn rate: SRE workbook defaults", "name: objective below 0.99 for 15m (page)", ...
QString alertText(const Core::AlertRule &alert);
/// "desktop", "Alertmanager URL", "webhook URL".
QString notifyText(const Core::NotifyTarget &target);
/// Adds `text` to `list` in grey italics as inherited from `tier` (its UserRole is -1).
void addInherited(QListWidget *list, const QString &text, const QString &tier);
/// The YAML of a notify item of `kind` (desktop, alertmanager, webhook), or an empty
/// string with *error when a URL is needed and missing.
QString notifyItem(const QString &kind, const QString &url, QString *error);
/// The kinds offered when adding a notify target, as written in documents.
QStringList notifyKinds();
/// The YAML of the SRE-workbook burn-rate alert set.
QString burnRateDefaultItem();

/// The diagnostics whose place lies inside the document that starts at `self` (up to the
/// next document of the same file).
Core::Diagnostics documentDiagnostics(const Core::LoadResult &result, const Core::SourceLocation &self);
/// Makes `label` a form's title: bold, 1.3 times the size of the text.
void makeTitle(QLabel *label);
/// Puts `content` into a frameless scroll area filling `form` (a form taller or wider than
/// the editor scrolls instead of squeezing).
void scrollContent(QWidget *form, QWidget *content);
/// A word-wrapped label for a form's validation messages (hidden while there are none).
QLabel *problemsLabel(QWidget *parent);
/// Shows `diagnostics` in `label` ("line 12: message"), errors in red; hides it when empty.
void showProblems(QLabel *label, const Core::Diagnostics &diagnostics);

} // namespace Sla::Ui::FormSupport
