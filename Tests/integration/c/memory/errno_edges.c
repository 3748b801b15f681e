// The errno cases of mmap, munmap, mprotect and mremap at edge values: zero lengths,
// unaligned addresses, lengths that wrap, ranges that are not mapped, unknown flags.
#include "tap.h"

int main(int argc, char **argv) {
    tap_init(argc, argv);
    long page = sysconf(_SC_PAGESIZE);
    const int anon = MAP_PRIVATE | MAP_ANONYMOUS;
    char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    CHECK(p != MAP_FAILED, "mmap 2 pages");
    munmap(p + page, page);
    char *hole = p + page;

    CHECK_ERRNO(mmap(NULL, 0, PROT_READ, anon, -1, 0), EINVAL);
    CHECK_ERRNO(mmap(NULL, page, PROT_READ, MAP_ANONYMOUS, -1, 0), EINVAL);
    CHECK_ERRNO(mmap(NULL, (size_t)-1, PROT_READ, anon, -1, 0), ENOMEM);
    CHECK_ERRNO(mmap(NULL, page, PROT_READ, MAP_PRIVATE, -1, 0), EBADF);
    CHECK_ERRNO(mmap(NULL, page, PROT_READ, MAP_PRIVATE, 999, 0), EBADF);
    CHECK_ERRNO(mmap(NULL, page, PROT_READ, anon, -1, 1), EINVAL);
    CHECK_ERRNO(mmap((void *)-page, 2 * page, PROT_READ, anon | MAP_FIXED, -1, 0), ENOMEM);

    CHECK_ERRNO(munmap(p + 1, page), EINVAL);
    CHECK_ERRNO(munmap(p, 0), EINVAL);
    CHECK_ERRNO(munmap((void *)-page, page), EINVAL);
    CHECK_ERRNO(munmap(p, (size_t)-page), EINVAL);

    CHECK_ERRNO(syscall(SYS_mprotect, p + 1, page, PROT_READ), EINVAL);
    CHECK(syscall(SYS_mprotect, p, 0, PROT_READ) == 0, "mprotect of zero bytes succeeds");
    CHECK_ERRNO(syscall(SYS_mprotect, p, page, 0x10), EINVAL);
    CHECK_ERRNO(syscall(SYS_mprotect, p, 2 * page, PROT_READ), ENOMEM);
    CHECK_ERRNO(syscall(SYS_mprotect, hole, page, PROT_READ), ENOMEM);
    CHECK_ERRNO(syscall(SYS_mprotect, p, (size_t)-1, PROT_READ), ENOMEM);

    CHECK_ERRNO(syscall(SYS_mremap, p, page, 2 * page, 0x80, 0), EINVAL);
    CHECK_ERRNO(syscall(SYS_mremap, p, page, 2 * page, MREMAP_FIXED, p + 8 * page), EINVAL);
    CHECK_ERRNO(syscall(SYS_mremap, p + 1, page, 2 * page, MREMAP_MAYMOVE, 0), EINVAL);
    CHECK_ERRNO(syscall(SYS_mremap, p, page, 0, MREMAP_MAYMOVE, 0), EINVAL);
    CHECK_ERRNO(syscall(SYS_mremap, hole, page, 2 * page, MREMAP_MAYMOVE, 0), EFAULT);
    CHECK_ERRNO(syscall(SYS_mremap, p, 2 * page, 3 * page, MREMAP_MAYMOVE, 0), EFAULT);
    // A fixed move whose dropped tail would run past user space (the target lies below,
    // so the overlap check does not catch it first).
    char *q = mmap(NULL, 4 * page, PROT_READ | PROT_WRITE, anon, -1, 0);
    q[2 * page] = 'k';
    CHECK_ERRNO(syscall(SYS_mremap, q + 2 * page, 1UL << 62, page, MREMAP_MAYMOVE | MREMAP_FIXED, q), EINVAL);
    CHECK(q[2 * page] == 'k', "the source of the refused move keeps its data");

    CHECK_ERRNO(madvise(p + 1, page, MADV_DONTNEED), EINVAL);
    CHECK_ERRNO(madvise(p, page, 12345), EINVAL);
    CHECK_ERRNO(madvise(p, 2 * page, MADV_DONTNEED), ENOMEM);

    // W^X: Apus refuses writable+executable memory on purpose (Kernel/README.md); Linux allows it.
    void *wx = mmap(NULL, page, PROT_READ | PROT_WRITE | PROT_EXEC, anon, -1, 0);
    if (tap_is_apus()) {
        CHECK(wx == MAP_FAILED && errno == EACCES, "Apus: PROT_WRITE|PROT_EXEC is refused with EACCES (W^X)");
        CHECK_ERRNO(syscall(SYS_mprotect, p, page, PROT_READ | PROT_WRITE | PROT_EXEC), EACCES);
    } else {
        CHECK(wx != MAP_FAILED, "Linux: PROT_WRITE|PROT_EXEC is allowed");
    }
    return tap_done();
}
