// Stand-in for QtGui/qwindowdefs_win.h, which only a Windows Qt installs; used by
// scripts/check-windows-sources. Like Qt's header it names the Win32 handle types without
// including <windows.h> (so code that needs the Win32 API must include it itself, exactly
// as in a real Windows build), declared the way <windows.h> does with STRICT.
#pragma once

#include <QtCore/qglobal.h>

#if !defined(STRICT)
#  define STRICT
#endif
#define Q_DECLARE_HANDLE(name) struct name##__; typedef struct name##__ *name

Q_DECLARE_HANDLE(HINSTANCE);
Q_DECLARE_HANDLE(HDC);
Q_DECLARE_HANDLE(HWND);
Q_DECLARE_HANDLE(HFONT);
Q_DECLARE_HANDLE(HPEN);
Q_DECLARE_HANDLE(HBRUSH);
Q_DECLARE_HANDLE(HBITMAP);
Q_DECLARE_HANDLE(HICON);
typedef HICON HCURSOR;
Q_DECLARE_HANDLE(HPALETTE);
Q_DECLARE_HANDLE(HRGN);
Q_DECLARE_HANDLE(HMONITOR);
#ifndef _HRESULT_DEFINED
typedef long HRESULT;
#endif
typedef struct tagMSG MSG;
