#!/usr/bin/env bash
# Builds and runs regex-engines.cpp on a Debian host with libre2-dev, libvectorscan-dev and
# libpcre2-dev installed (not needed by the project itself), side by side with rg.
#   bench/text/regex-engines.sh /var/cache/logtriage/bench/cbs-1024mb.log 'Error.*0x800f08[0-9a-f]{2}'
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${TMPDIR:-/tmp}/lt-regex-engines
g++ -O2 -std=c++17 -o "$out" "$here/regex-engines.cpp" $(pkg-config --cflags --libs re2 libhs libpcre2-8)
file=$1; shift
for pattern in "$@"; do
    "$out" "$file" "$pattern"
    if command -v rg >/dev/null; then
        /usr/bin/time -f "rg -c (-j1, wall %e s, user %U s)" rg -j1 -c "$pattern" "$file"
    fi
done
