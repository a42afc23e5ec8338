#pragma once

#include <QIcon>
#include <QList>

namespace lt::ui {

// The LogTriage application icon (window, taskbar, about box), built from the PNGs that
// scripts/render-icons.sh renders into resources/icons/hicolor/ and lt_ui_main embeds under
// ":/icons". PNGs rather than the SVG: Qt's SVG icon engine (qt6-svg) is not a dependency,
// and the 16 px PNG comes from a pixel-aligned variant that a scaled SVG would blur.
// The installed copies in share/icons/hicolor are for the desktop's launcher; the window
// uses the embedded ones, so a portable or uninstalled binary shows the same icon.
QIcon applicationIcon();

// The pixel sizes applicationIcon() carries, smallest first.
QList<int> applicationIconSizes();

} // namespace lt::ui
