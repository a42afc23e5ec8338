#pragma once

#include <QString>
#include <QStringView>

namespace lt::triage {

// The message with its volatile parts replaced, so repeats of one failure compare equal:
//   GUIDs                        {7A967290-323C-...}      -> {guid}
//   paths                        C:\..., \\?\..., %windir%\... (to the next blank or ][,;"'<>|) -> <path>
//   CBS identities               ~31bf3856ad364e35~amd64~~ -> ~<id>
//   numbers                      whole words of hex digits holding a decimal digit, "0x" too -> #
// then blanks collapsed (QString::simplified). The passes run in that order, each on the
// previous one's output. It is the spec of the regex chain
//   \{?H{8}-H{4}-H{4}-H{4}-H{12}\}?   (?:\\\\\?\\|\\\?\?\\|[A-Za-z]:\\|%\w+%\\)[^\s\]\[,;"'<>|]*
//   ~[0-9a-f]{16}~[^\s\]\[,;]*        \b(?:0x)?[0-9A-Fa-f]*\d[0-9A-Fa-f]*\b
// (QRegularExpression's defaults: \w, \d, \b and \s are ASCII), written as plain loops:
// it runs once per failure line, and the regexes were a third of the triage time of a busy
// CBS log. tst_messagenormalizer checks it against those regexes on generated text.
QString normalizeMessage(QStringView message);

} // namespace lt::triage
