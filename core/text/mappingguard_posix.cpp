#include "mappingguard.h"

#include <atomic>
#include <csignal>
#include <cstdint>
#include <mutex>

#include <sys/mman.h>
#include <unistd.h>

namespace lt::text::mappingguard {
namespace {

struct Slot {
    std::atomic<std::uintptr_t> start{0};
    std::atomic<std::uintptr_t> end{0};
};

constexpr int SlotCount = 256;
Slot g_slots[SlotCount];
std::uintptr_t g_pageSize = 4096;
struct sigaction g_previous {};

// Async-signal context: only atomics and raw system calls.
void onSigbus(int sig, siginfo_t *info, void *context)
{
    const auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
    for (const Slot &slot : g_slots) {
        const std::uintptr_t start = slot.start.load(std::memory_order_acquire);
        if (start != 0 && addr >= start && addr < slot.end.load(std::memory_order_acquire)) {
            void *page = reinterpret_cast<void *>(addr & ~(g_pageSize - 1));
            if (::mmap(page, g_pageSize, PROT_READ, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                != MAP_FAILED)
                return;   // the faulting read is retried and sees zeros
            break;
        }
    }
    // Not ours (or no remedy): behave as if we had never been there.
    if (g_previous.sa_flags & SA_SIGINFO) {
        if (g_previous.sa_sigaction) {
            g_previous.sa_sigaction(sig, info, context);
            return;
        }
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(sig);
        return;
    }
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void installOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
        struct sigaction action {};
        action.sa_sigaction = &onSigbus;
        action.sa_flags = SA_SIGINFO | SA_NODEFER;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGBUS, &action, &g_previous);
    });
}

} // namespace

void protect(const void *start, qint64 length)
{
    if (!start || length <= 0)
        return;
    installOnce();
    const auto s = reinterpret_cast<std::uintptr_t>(start);
    for (Slot &slot : g_slots) {
        std::uintptr_t expected = 0;
        // Claim a free slot: end first, so the handler never sees a start without its end.
        if (slot.start.load(std::memory_order_acquire) == 0) {
            slot.end.store(s + std::uintptr_t(length), std::memory_order_release);
            if (slot.start.compare_exchange_strong(expected, s, std::memory_order_acq_rel))
                return;
        }
    }
}

void unprotect(const void *start)
{
    const auto s = reinterpret_cast<std::uintptr_t>(start);
    for (Slot &slot : g_slots) {
        std::uintptr_t expected = s;
        if (s != 0 && slot.start.compare_exchange_strong(expected, 0, std::memory_order_acq_rel))
            return;
    }
}

} // namespace lt::text::mappingguard
