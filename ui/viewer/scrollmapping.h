#pragma once

#include <QtGlobal>

#include <cmath>

namespace lt::ui {

// Maps a top row (qint64, billions of rows possible) to a QScrollBar value (int) and back.
// Up to MaxScrollRange positions the mapping is the identity; above it the bar is scaled so its
// range stays bounded and every position still reaches both ends exactly. Shared by LogView and
// TimelineView.
struct ScrollMapping {
    static constexpr qint64 MaxScrollRange = qint64(1) << 24;

    static int rangeFor(qint64 maxTop) { return int(qMin(maxTop, MaxScrollRange)); }

    static int valueFor(qint64 top, qint64 maxTop)
    {
        if (maxTop <= MaxScrollRange)
            return int(top);
        return int(std::llround(double(top) / double(maxTop) * double(MaxScrollRange)));
    }

    static qint64 topFor(int value, qint64 maxTop)
    {
        if (maxTop <= MaxScrollRange)
            return value;
        return qBound<qint64>(0, std::llround(double(value) / double(MaxScrollRange) * double(maxTop)), maxTop);
    }
};

} // namespace lt::ui
