#!/bin/sh
# Builds a second image with a static musl program merged in through ROOTFS_EXTRA and boots
# it with init= pointing at that program (README: adding your own programs). Arguments:
# apus-run path, build directory. Prints TAP and the runner's summary.
set -eu
runner=$1; build=$2
extra=$build/extra-root
mkdir -p "$extra/opt/extra"
musl-gcc -static -O2 -std=gnu11 -Wall -Wextra -Werror -I Tests/integration/c/include \
    -o "$extra/opt/extra/extra_init" Tests/rootfs-extra/extra_init.c
chmod 0755 "$extra/opt/extra/extra_init"
make --no-print-directory image ROOTFS_EXTRA="$extra" IMAGE="$build/extra/apus.img" INITRD="$build/extra/initrd.cpio" >/dev/null
exec "$runner" --image "$build/extra/apus.img" --timeout 240 --silence 90 \
    --cmdline "testexit init=/opt/extra/extra_init" --log "$build/extra/serial.log" \
    --expect-output "reboot: power off requested by pid 1"
