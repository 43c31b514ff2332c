// SPDX-License-Identifier: Apache-2.0
#include "timerangepicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace Sla::Ui {

TimeRangePicker::TimeRangePicker(QWidget *parent) : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("timeRangePreset"));
    m_preset->addItem(tr("Last hour"), int(Preset::Last1h));
    m_preset->addItem(tr("Last 6 hours"), int(Preset::Last6h));
    m_preset->addItem(tr("Last 24 hours"), int(Preset::Last24h));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7d));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30d));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90d));
    m_preset->addItem(tr("SLA window"), int(Preset::SlaWindow));
    m_preset->addItem(tr("This calendar month"), int(Preset::CalendarMonth));
    m_preset->addItem(tr("Custom…"), int(Preset::Custom));
    m_preset->setToolTip(tr("Time range of the charts"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(12);

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-7), this);
    m_to = new QDateTimeEdit(now, this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            applyCustomLimits();
            if (preset() == Preset::Custom)
                Q_EMIT rangeChanged();
        });
    }
    m_from->setObjectName(QStringLiteral("timeRangeFrom"));
    m_to->setObjectName(QStringLiteral("timeRangeTo"));
    m_from->setToolTip(tr("Start of the custom range (before its end)"));
    m_to->setToolTip(tr("End of the custom range (after its start)"));
    applyCustomLimits();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Range:"), this);
    label->setBuddy(m_preset);
    layout->addWidget(label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomVisibility();
        Q_EMIT rangeChanged();
    });
    setPreset(Preset::SlaWindow);
    updateCustomVisibility();
}

TimeRangePicker::~TimeRangePicker() = default;

void TimeRangePicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

TimeRangePicker::Preset TimeRangePicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void TimeRangePicker::setSlaWindow(const QDateTime &start, const QDateTime &end)
{
    const bool changed = start != m_windowStart || end != m_windowEnd;
    m_windowStart = start;
    m_windowEnd = end;
    if (changed && preset() == Preset::SlaWindow)
        Q_EMIT rangeChanged();
}

bool TimeRangePicker::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from.secsTo(to) < MinimumCustomSeconds)
        return false; // a range that ends before it starts draws nothing true
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->clearMaximumDateTime();
        m_to->clearMinimumDateTime();
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
        applyCustomLimits();
    }
    setPreset(Preset::Custom);
    Q_EMIT rangeChanged();
    return true;
}

void TimeRangePicker::applyCustomLimits()
{
    // The editors cannot be set to a start after the end: each bounds the other.
    const QSignalBlocker b1(m_from), b2(m_to);
    m_to->setMinimumDateTime(m_from->dateTime().addSecs(MinimumCustomSeconds));
    m_from->setMaximumDateTime(m_to->dateTime().addSecs(-MinimumCustomSeconds));
}

void TimeRangePicker::updateCustomVisibility()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

std::pair<QDateTime, QDateTime> TimeRangePicker::range(const QDateTime &nowIn) const
{
    const QDateTime now = nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc();
    switch (preset()) {
    case Preset::Last1h:
        return {now.addSecs(-3600), now};
    case Preset::Last6h:
        return {now.addSecs(-6 * 3600), now};
    case Preset::Last24h:
        return {now.addDays(-1), now};
    case Preset::Last7d:
        return {now.addDays(-7), now};
    case Preset::Last30d:
        return {now.addDays(-30), now};
    case Preset::Last90d:
        return {now.addDays(-90), now};
    case Preset::SlaWindow:
        if (m_windowStart.isValid() && m_windowEnd.isValid())
            return {m_windowStart, m_windowEnd};
        return {now.addDays(-30), now};
    case Preset::CalendarMonth: {
        const QDateTime local = now.toLocalTime();
        const QDateTime start(QDate(local.date().year(), local.date().month(), 1), QTime(0, 0));
        return {start.toUTC(), now};
    }
    case Preset::Custom:
        return {m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    }
    return {now.addDays(-30), now};
}

} // namespace Sla::Ui
