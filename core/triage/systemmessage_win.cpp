// FormatMessageW fallback for codes the catalog does not know (Windows builds only).
#include "systemmessage.h"

#include <qt_windows.h>

namespace lt::triage {

QString systemMessageFor(quint32 value)
{
    wchar_t *buffer = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM
                                            | FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, DWORD(value), 0, reinterpret_cast<LPWSTR>(&buffer), 0,
                                        nullptr);
    if (length == 0 || !buffer)
        return {};
    const QString text = QString::fromWCharArray(buffer, int(length)).trimmed();
    LocalFree(buffer);
    return text;
}

} // namespace lt::triage
