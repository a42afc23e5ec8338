#pragma once

// GUI tests double as the screenshot generator: with LT_SCREENSHOT_DIR set
// (scripts/lt screenshots does that), each named state is saved as a PNG.
#include <QDir>
#include <QImage>
#include <QWidget>

namespace lt::test {

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return false;
    QDir().mkpath(dir);
    const QImage image = widget->grab().toImage();
    return image.save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace lt::test
