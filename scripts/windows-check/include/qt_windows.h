// Stand-in for Qt's <qt_windows.h>, which only a Windows Qt installs. Used solely by
// scripts/check-windows-sources (the Linux compile check of the Windows code); real
// Windows builds get Qt's own header. It does what Qt's does for our code: target
// Windows 10 when MinGW leaves the version open, keep min()/max() macros out, and
// include <windows.h>.
#pragma once

#ifndef WINVER
#  define WINVER 0x0A00          // _WIN32_WINNT_WIN10: Qt 6 supports Windows 10 and later
#endif
#ifndef _WIN32_WINNT
#  define _WIN32_WINNT 0x0A00
#endif
#ifndef NOMINMAX
#  define NOMINMAX
#endif
#include <windows.h>
