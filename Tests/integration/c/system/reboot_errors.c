// reboot(2)'s refusals (issue 3 §4): without privilege EPERM (checked first, as Linux's
// CAP_SYS_BOOT), with bad magic numbers EINVAL, an unknown command EINVAL. Nothing here may
// actually stop the machine: every call is one Linux and Apus both refuse.
#include "tap.h"
// <linux/reboot.h>'s values (musl has no kernel headers).
#define LINUX_REBOOT_MAGIC1 0xfee1dead
#define LINUX_REBOOT_MAGIC2 672274793
#define LINUX_REBOOT_CMD_RESTART 0x01234567
#define LINUX_REBOOT_CMD_POWER_OFF 0x4321fedc

static int unprivileged(void *unused) {
    (void)unused;
    if (setuid(4321) != 0) return 2;
    errno = 0;
    long r = syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF, NULL);
    return r == -1 && errno == EPERM ? 0 : 1;
}

int main(int argc, char **argv) {
    tap_init(argc, argv);
    CHECK(tap_exited_with(tap_run_child(unprivileged, NULL), 0), "an unprivileged POWER_OFF is EPERM");
    if (getuid() == 0) {
        CHECK_ERRNO(syscall(SYS_reboot, 0x12345678, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF, NULL), EINVAL);
        CHECK_ERRNO(syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, 7, LINUX_REBOOT_CMD_RESTART, NULL), EINVAL);
        CHECK_ERRNO(syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, 0x0badc0de, NULL), EINVAL);
    }
    CHECK(getpid() > 0, "the machine is still running");
    return tap_done();
}
