#!/bin/sh
# Boots the real /sbin/init with a test /etc/rc and a stand-in /bin/sh (Tests/init-test/)
# merged in through ROOTFS_EXTRA: the stand-in checks that rc ran, that init respawned it,
# reaped an orphan and gave it a session on the console, then sends init SIGTERM; the run
# passes when the checks pass and init powers the machine off. Arguments: apus-run path,
# build directory. Prints TAP and the runner's summary.
set -eu
runner=$1; build=$2
extra=$build/init-root
rm -rf "$extra"
mkdir -p "$extra/bin" "$extra/etc"
musl-gcc -static -O2 -std=gnu11 -Wall -Wextra -Werror -Wno-unused-result -I Tests/integration/c/include \
    -o "$extra/bin/sh" Tests/init-test/fake_sh.c
chmod 0755 "$extra/bin/sh"
cp Tests/init-test/rc "$extra/etc/rc"
make --no-print-directory image ROOTFS_EXTRA="$extra" IMAGE="$build/init/apus.img" INITRD="$build/init/initrd.cpio" >/dev/null
exec "$runner" --image "$build/init/apus.img" --timeout 240 --silence 90 \
    --cmdline "testexit apus_init_test=1" --log "$build/init/serial.log" \
    --expect-output "init: poweroff: sending SIGTERM to all processes" \
    --expect-output "reboot: power off requested by pid 1"
