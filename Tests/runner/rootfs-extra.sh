#!/bin/sh
# Builds a second image with a static musl program merged in through ROOTFS_EXTRA and boots
# it with init= pointing at that program (README: adding your own programs). Arguments:
# apus-run path, build directory, and how the program ends the run: poweroff (default;
# reboot(2) POWER_OFF, the exit device reports the pass status) or restart (reboot(2)
# RESTART: a machine reset, which ends QEMU under -no-reboot) or acpi-poweroff (POWER_OFF
# without testexit, so the kernel turns the machine off through ACPI S5, which also ends
# QEMU with status 0). Prints TAP and the runner's summary.
set -eu
runner=$1; build=$2; ending=${3:-poweroff}
extra=$build/extra-root
mkdir -p "$extra/opt/extra"
musl-gcc -static -O2 -std=gnu11 -Wall -Wextra -Werror -I Tests/integration/c/include \
    -o "$extra/opt/extra/extra_init" Tests/rootfs-extra/extra_init.c
chmod 0755 "$extra/opt/extra/extra_init"
make --no-print-directory image ROOTFS_EXTRA="$extra" IMAGE="$build/extra/apus.img" INITRD="$build/extra/initrd.cpio" >/dev/null
case $ending in
poweroff)
    exec "$runner" --image "$build/extra/apus.img" --timeout 240 --silence 90 \
        --cmdline "testexit init=/opt/extra/extra_init" --log "$build/extra/serial.log" \
        --expect-output "reboot: power off requested by pid 1" ;;
restart)
    exec "$runner" --image "$build/extra/apus.img" --timeout 240 --silence 90 --expect-reset \
        --cmdline "testexit init=/opt/extra/extra_init EXTRA_END=restart" --log "$build/extra/serial-restart.log" \
        --expect-output "reboot: restart requested by pid 1" ;;
acpi-poweroff)
    exec "$runner" --image "$build/extra/apus.img" --timeout 240 --silence 90 --expect-poweroff \
        --cmdline "init=/opt/extra/extra_init" --log "$build/extra/serial-acpi.log" \
        --expect-output "acpi: S5 through PM1a" --expect-output "power off: ACPI S5" ;;
*)
    echo "rootfs-extra.sh: unknown ending '$ending' (poweroff, restart or acpi-poweroff)" >&2; exit 2 ;;
esac
