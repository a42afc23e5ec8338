#include "sha256.h"

#include <cstring>

#if (defined(__GNUC__) || defined(__clang__)) && (defined(__x86_64__) || defined(__i386__))
#define LT_SHA_NI 1
#include <immintrin.h>
#endif

namespace lt::bundle {

namespace {

#ifdef LT_SHA_NI
alignas(16) constexpr quint32 K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// Compresses `blocks` 64-byte blocks into `state` with the SHA-NI instructions. The state is
// kept as ABEF / CDGH register pairs, as the instructions want it.
__attribute__((target("sha,sse4.1,ssse3")))
void compressBlocks(quint32 *state, const unsigned char *data, qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    abcd = _mm_shuffle_epi32(abcd, 0xB1);                // CDAB
    efgh = _mm_shuffle_epi32(efgh, 0x1B);                // EFGH
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);       // ABEF
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);    // CDGH
    for (qsizetype b = 0; b < blocks; ++b, data += 64) {
        const __m128i savedAbef = abef;
        const __m128i savedCdgh = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int g = 0; g < 16; ++g) {
            __m128i msg = _mm_add_epi32(w[g & 3], _mm_load_si128(reinterpret_cast<const __m128i *>(K + 4 * g)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, msg);
            if (g < 12) {
                // W[t..t+3] from W[t-16..t-1]: msg1 (sigma0 part), + W[t-7..t-4], msg2 (sigma1 part).
                const __m128i x0 = w[g & 3], x1 = w[(g + 1) & 3], x2 = w[(g + 2) & 3], x3 = w[(g + 3) & 3];
                w[g & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(x0, x1), _mm_alignr_epi8(x3, x2, 4)), x3);
            }
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(feba, dchg, 0xF0));      // DCBA
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(dchg, feba, 8));     // HGFE
}
#endif

} // namespace

bool Sha256::hardwareAccelerated()
{
#ifdef LT_SHA_NI
    static const bool has = __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1");
    return has;
#else
    return false;
#endif
}

Sha256::Sha256()
    : m_hardware(hardwareAccelerated())
    , m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
{
}

void Sha256::addData(QByteArrayView data)
{
    if (!m_hardware) {
        m_fallback.addData(data);
        return;
    }
#ifdef LT_SHA_NI
    m_length += quint64(data.size());
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    if (m_buffered > 0) {
        const qsizetype take = qMin<qsizetype>(64 - m_buffered, n);
        std::memcpy(m_buffer.data() + m_buffered, p, size_t(take));
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < 64)
            return;
        compressBlocks(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compressBlocks(m_state.data(), p, n / 64);
        p += n / 64 * 64;
        n %= 64;
    }
    std::memcpy(m_buffer.data(), p, size_t(n));
    m_buffered = n;
#endif
}

QByteArray Sha256::result()
{
    if (!m_hardware)
        return m_fallback.result();
#ifdef LT_SHA_NI
    const quint64 bits = m_length * 8;
    unsigned char pad[72] = {0x80};
    const qsizetype padLength = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        pad[padLength + i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    const quint64 length = m_length;
    addData(QByteArrayView(reinterpret_cast<const char *>(pad), padLength + 8));
    m_length = length;
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(m_state[size_t(i)] >> (24 - 8 * j));
    }
    return digest;
#else
    return {};
#endif
}

} // namespace lt::bundle
