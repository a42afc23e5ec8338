#pragma once

#include "text/logfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTest>

namespace lt::text::testing {

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline bool appendFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(bytes) == bytes.size();
}

// Opens `path` and waits for the index; true when it finished successfully.
inline bool openAndWait(LogFile &file, const QString &path)
{
    QSignalSpy finished(&file, &LogFile::indexingFinished);
    file.open(path);
    if (!finished.wait(30000))
        return false;
    return finished.constLast().at(0).toBool();
}

inline QStringList allLines(const LogFile &file)
{
    return file.lines(LineNumber(0), file.lineCount());
}

// The reference split: LF, CRLF or CR-only (decided per file as LogFile does), a last line
// without terminator counts, a final terminator does not start a new line.
inline QStringList referenceLines(const QString &text, bool crOnly)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    lines = text.split(crOnly ? u'\r' : u'\n');
    if (lines.constLast().isEmpty())
        lines.removeLast();
    if (!crOnly) {
        for (QString &l : lines)
            if (l.endsWith(u'\r')) l.chop(1);
    }
    return lines;
}

inline QByteArray encode(const QString &text, const char *codec, bool bom = false)
{
    QStringEncoder enc(codec, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc.encode(text);
}

} // namespace lt::text::testing
