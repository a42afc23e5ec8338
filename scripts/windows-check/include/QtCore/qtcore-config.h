// Linux Qt's feature list with the features a Windows Qt cannot have switched off, so the
// Windows check (scripts/check-windows-sources) sees Qt's headers as a MinGW Qt would.
// No include guard, like the real file (Qt includes it more than once).
#include_next <QtCore/qtcore-config.h>

#undef QT_FEATURE_glib
#define QT_FEATURE_glib -1
#undef QT_FEATURE_inotify
#define QT_FEATURE_inotify -1
#undef QT_THREADSAFE_CLOEXEC
