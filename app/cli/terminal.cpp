#include "terminal.h"

#include <QtGlobal>

#include <cstdlib>

#ifdef Q_OS_WIN
#include <io.h>
#include <qt_windows.h>
#else
#include <unistd.h>
#endif

namespace lt::cli::terminal {

#ifdef Q_OS_WIN

namespace {

UINT previousOutputCodePage = 0;

void restoreCodePage()
{
    SetConsoleOutputCP(previousOutputCodePage);
}

// The console behind `stream`, or nullptr when it goes to a file, a pipe or NUL (which
// _isatty() counts as a terminal, being a character device).
HANDLE consoleOf(std::FILE *stream)
{
    const intptr_t handle = _get_osfhandle(_fileno(stream));
    if (handle == -1)
        return nullptr;
    DWORD mode = 0;
    return GetConsoleMode(reinterpret_cast<HANDLE>(handle), &mode) ? reinterpret_cast<HANDLE>(handle) : nullptr;
}

} // namespace

void setUp()
{
    // The console's code page outlives us (it belongs to the cmd.exe window): put it back.
    const UINT current = GetConsoleOutputCP();
    if (current != 0 && current != CP_UTF8 && SetConsoleOutputCP(CP_UTF8)) {
        previousOutputCodePage = current;
        std::atexit(restoreCodePage);
    }
}

bool isTerminal(std::FILE *stream)
{
    return consoleOf(stream) != nullptr;
}

bool supportsColour(std::FILE *stream)
{
    const HANDLE console = consoleOf(stream);
    DWORD mode = 0;
    if (!console || !GetConsoleMode(console, &mode))
        return false;
    return (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0
           || SetConsoleMode(console, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

#else

void setUp() {}

bool isTerminal(std::FILE *stream)
{
    return ::isatty(fileno(stream)) != 0;
}

bool supportsColour(std::FILE *stream)
{
    return isTerminal(stream);
}

#endif

} // namespace lt::cli::terminal
