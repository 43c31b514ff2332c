// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/evaluation/explanation.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Sla::Core {
class Evaluator;
}

namespace Sla::Ui {

/// The Explain view of the detail pane: how one objective's figure comes about, from
/// Evaluator::explain() off the GUI thread — the arithmetic as a table (figure, value,
/// formula, the formula with the figures put in), the burn rates with their windows, the
/// corrections left out, and the queries sent with their answers in monospace text that
/// can be selected and copied. A busy bar shows while the explanation is computed; a
/// failing source is shown as an error above what could be read. An answer that a newer
/// request has overtaken is dropped.
class ExplainWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainWidget)

public:
    explicit ExplainWidget(Core::Evaluator *evaluator, QWidget *parent = nullptr);
    ~ExplainWidget() override;

    /// Explains `objective` of `sla` at `at` (invalid: now).
    void explain(const QString &sla, const QString &objective, const QDateTime &at);
    void clear();

    bool isBusy() const { return m_busy; }
    const Core::Explanation &explanation() const { return m_explanation; }
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *queries() const { return m_queries; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *busyBar() const { return m_busyBar; }

Q_SIGNALS:
    /// An explanation was shown (or its error).
    void explained();

private:
    void present(const Core::Explanation &x);
    void createTable();
    void fillTable(const Core::Explanation &x);
    void setBusy(bool busy);

    Core::Evaluator *m_evaluator = nullptr;
    Core::Explanation m_explanation;
    quint64 m_generation = 0;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_corrections = nullptr;
    QPlainTextEdit *m_queries = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace Sla::Ui
