// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;

namespace Sla::Ui {

/// Chooses the time range of the detail charts: the last 1h, 6h, 24h, 7d, 30d or 90d, the
/// objective's SLA window, the current calendar month, or a custom range. Relative choices
/// move with the clock: range() is computed when asked, from `now`.
class TimeRangePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeRangePicker)

public:
    enum class Preset { Last1h, Last6h, Last24h, Last7d, Last30d, Last90d, SlaWindow, CalendarMonth, Custom };
    Q_ENUM(Preset)

    explicit TimeRangePicker(QWidget *parent = nullptr);
    ~TimeRangePicker() override;

    void setPreset(Preset preset);
    Preset preset() const;
    /// The SLA window used by Preset::SlaWindow.
    void setSlaWindow(const QDateTime &start, const QDateTime &end);
    /// Chooses a custom range; refused (false, nothing changes) unless `from` is at least a
    /// minute before `to`.
    bool setCustomRange(const QDateTime &from, const QDateTime &to);
    static constexpr int MinimumCustomSeconds = 60;

    /// [from, to] for the current choice, relative ones ending at `now` (invalid: the clock).
    std::pair<QDateTime, QDateTime> range(const QDateTime &now = {}) const;

    QComboBox *presetBox() const { return m_preset; }

Q_SIGNALS:
    void rangeChanged();

private:
    void updateCustomVisibility();
    void applyCustomLimits();

    QComboBox *m_preset = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
};

} // namespace Sla::Ui
