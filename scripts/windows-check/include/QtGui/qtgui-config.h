// Linux QtGui features that a Windows Qt lacks, switched off for the Windows check
// (scripts/check-windows-sources): X11, Wayland, fontconfig, AT-SPI and EGL.
#include_next <QtGui/qtgui-config.h>

#undef QT_FEATURE_xcb
#define QT_FEATURE_xcb -1
#undef QT_FEATURE_xcb_glx_plugin
#define QT_FEATURE_xcb_glx_plugin -1
#undef QT_FEATURE_wayland
#define QT_FEATURE_wayland -1
#undef QT_FEATURE_fontconfig
#define QT_FEATURE_fontconfig -1
#undef QT_FEATURE_accessibility_atspi_bridge
#define QT_FEATURE_accessibility_atspi_bridge -1
#undef QT_FEATURE_egl
#define QT_FEATURE_egl -1
