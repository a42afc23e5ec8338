// regex-engines: how fast can each candidate engine count the lines of a log matching a regex?
// Not part of the CMake build (RE2 and Vectorscan are not in the sysroot); built on a Debian
// host by bench/text/regex-engines.sh. Single-threaded, CPU time, file read into memory first.
// Modes: per line (what a line-oriented engine must do without a prefilter), whole buffer
// (the engine scans the file once and reports match ends, which are mapped to lines).
#define PCRE2_CODE_UNIT_WIDTH 8
#include <hs/hs.h>
#include <pcre2.h>
#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace {

double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

template <typename F>
void forEachLine(const std::string &buf, F &&f)
{
    const char *p = buf.data(), *end = p + buf.size();
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const char *contentEnd = (lineEnd > p && lineEnd[-1] == '\r') ? lineEnd - 1 : lineEnd;
        f(p, size_t(contentEnd - p));
        p = nl ? nl + 1 : end;
    }
}

void report(const char *name, double seconds, long count, double mib)
{
    std::printf("%-44s %7.3f s CPU  %7.0f MiB/s  %ld lines\n", name, seconds, mib / seconds, count);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: regex-engines FILE PATTERN\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string buf = ss.str();
    const std::string pattern = argv[2];
    const double mib = buf.size() / 1048576.0;
    std::printf("%s: %.0f MiB, pattern %s\n", argv[1], mib, pattern.c_str());

    {   // PCRE2 8-bit + JIT, per line (QRegularExpression is the 16-bit flavour of this)
        int err = 0;
        PCRE2_SIZE off = 0;
        pcre2_code *re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.c_str()), pattern.size(),
                                       PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &err, &off, nullptr);
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
        pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, nullptr);
        long count = 0;
        const double t = cpuSeconds();
        forEachLine(buf, [&](const char *p, size_t n) {
            if (pcre2_jit_match(re, reinterpret_cast<PCRE2_SPTR>(p), n, 0, 0, md, nullptr) >= 0) ++count;
        });
        report("PCRE2-8 JIT, per line", cpuSeconds() - t, count, mib);
        pcre2_match_data_free(md);
        pcre2_code_free(re);
    }
    {   // RE2, per line
        RE2 re(pattern);
        long count = 0;
        const double t = cpuSeconds();
        forEachLine(buf, [&](const char *p, size_t n) {
            if (RE2::PartialMatch(re2::StringPiece(p, n), re)) ++count;
        });
        report("RE2, per line", cpuSeconds() - t, count, mib);
    }
    {   // RE2 on the whole buffer: find a match, count its line, continue at the next line
        RE2::Options opt;
        opt.set_never_nl(true);   // '.' and classes never cross a line
        RE2 re(pattern, opt);
        long count = 0;
        const double t = cpuSeconds();
        re2::StringPiece rest(buf);
        re2::StringPiece m;
        size_t pos = 0;
        while (pos < buf.size() && re.Match(buf, pos, buf.size(), RE2::UNANCHORED, &m, 1)) {
            ++count;
            const char *nl = static_cast<const char *>(std::memchr(m.data() + m.size(), '\n', buf.size() - size_t(m.data() + m.size() - buf.data())));
            pos = nl ? size_t(nl - buf.data()) + 1 : buf.size();
        }
        report("RE2, whole buffer", cpuSeconds() - t, count, mib);
    }
    {   // Vectorscan (Hyperscan) block mode over the whole buffer; match ends -> lines
        hs_database_t *db = nullptr;
        hs_compile_error_t *cerr = nullptr;
        if (hs_compile(pattern.c_str(), HS_FLAG_SINGLEMATCH | 0, HS_MODE_BLOCK, nullptr, &db, &cerr) != HS_SUCCESS) {
            std::printf("Vectorscan: cannot compile: %s\n", cerr->message);
        } else {
            // SINGLEMATCH reports a pattern once per scan, so scan line by line would be
            // needed for counting; instead compile without it and dedupe by line.
            hs_free_database(db);
            hs_compile(pattern.c_str(), 0, HS_MODE_BLOCK, nullptr, &db, &cerr);
            hs_scratch_t *scratch = nullptr;
            hs_alloc_scratch(db, &scratch);
            struct Ctx { const std::string *buf; long count; size_t lastLineEnd; } ctx{&buf, 0, 0};
            const double t = cpuSeconds();
            hs_scan(db, buf.data(), unsigned(std::min<size_t>(buf.size(), 0xFFFFFFFFu)), 0, scratch,
                [](unsigned, unsigned long long, unsigned long long to, unsigned, void *c) -> int {
                    auto *x = static_cast<Ctx *>(c);
                    if (to <= x->lastLineEnd)
                        return 0;   // another match on a line already counted
                    const char *nl = static_cast<const char *>(std::memchr(x->buf->data() + to - 1, '\n', x->buf->size() - to + 1));
                    x->lastLineEnd = nl ? size_t(nl - x->buf->data()) + 1 : x->buf->size();
                    ++x->count;
                    return 0;
                }, &ctx);
            report("Vectorscan, whole buffer", cpuSeconds() - t, ctx.count, mib);
            hs_free_scratch(scratch);
            hs_free_database(db);
        }
    }
    return 0;
}
