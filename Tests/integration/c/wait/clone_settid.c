// clone(2) with CLONE_CHILD_SETTID and CLONE_PARENT_SETTID, as glibc's fork calls it: the
// child's tid lands in the child's copy of memory only (a copy-on-write page the kernel
// breaks for the child), the parent's tid word gets it in the parent, and both sides run
// on their own address space afterwards. Repeated, so a context switch in the middle of
// the kernel's write into the child gets its chance to go wrong.
#include "tap.h"
#include <sched.h>
#include <sys/syscall.h>

#define ROUNDS 200

static pid_t clone_settid(pid_t *parent_tid, pid_t *child_tid) {
    // x86_64 argument order: flags, stack, parent_tid, child_tid, tls.
    return (pid_t)syscall(SYS_clone, CLONE_CHILD_SETTID | CLONE_PARENT_SETTID | SIGCHLD, 0, parent_tid, child_tid, 0);
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    int child_saw_its_tid = 1, parent_word_untouched = 1, parent_got_tid = 1, children_ok = 1;
    for (int round = 0; round < ROUNDS; round++) {
        static pid_t child_tid, parent_tid;   // data pages, shared copy-on-write by the clone
        child_tid = 0; parent_tid = 0;
        pid_t pid = clone_settid(&parent_tid, &child_tid);
        if (pid == 0) _exit(child_tid == getpid() ? 0 : 1);
        if (pid < 0) { children_ok = 0; break; }
        if (child_tid != 0) parent_word_untouched = 0;
        if (parent_tid != pid) parent_got_tid = 0;
        int status;
        if (waitpid(pid, &status, 0) != pid || !tap_exited_with(status, 0)) child_saw_its_tid = 0;
    }
    CHECK(children_ok, "clone(CLONE_CHILD_SETTID | CLONE_PARENT_SETTID | SIGCHLD) made every child");
    CHECK(child_saw_its_tid, "each child found its own tid at child_tid");
    CHECK(parent_word_untouched, "the parent's child_tid word stayed 0 (the write went to the child's copy)");
    CHECK(parent_got_tid, "the parent's parent_tid word got the child's tid");
    return tap_done();
}
