#pragma once

#include <QMetaType>
#include <QString>

namespace lt::text {

struct SearchOptions {
    QString pattern;
    bool regex = false;          // false: `pattern` is plain text
    bool caseSensitive = true;
    bool wholeWord = false;

    bool operator==(const SearchOptions &) const = default;
};

enum class SearchStatus {
    Finished,
    Cancelled,
    Failed,   // e.g. an invalid regular expression; see the error text
};

} // namespace lt::text

Q_DECLARE_METATYPE(lt::text::SearchStatus)
