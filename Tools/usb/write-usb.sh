#!/bin/sh
# Tools/usb/write-usb.sh — `make usb DEV=/dev/sdX`: writes the Apus image to a USB stick,
# then reads it back and compares. Refuses anything but a removable whole disk that holds
# no mounted filesystem and not the root filesystem (issue 5 part 5; README "Flashing a
# USB stick"). Tests: Tests/usb/write-usb-tests.sh, against a fake sysfs/proc tree.
#
# usage: write-usb.sh DEV [IMAGE]     DEV as /dev/sdX or sdX; IMAGE defaults to build/apus.img
# YES=1 skips the confirmation. Test-only: APUS_USB_SYSFS and APUS_USB_PROC replace /sys
# and /proc; APUS_USB_TEST_TARGET names a file (or /dev/full) written instead of /dev/DEV,
# APUS_USB_TEST_READBACK a file read back instead of it (a stick that lost the data).
set -u

SYSFS=${APUS_USB_SYSFS:-/sys}
PROC=${APUS_USB_PROC:-/proc}
SECTOR=512 # /sys/block/<dev>/size counts 512-byte sectors whatever the device's own size

refuse() {
    echo "make usb: $*" >&2
    exit 1
}

[ $# -ge 1 ] && [ -n "$1" ] || refuse "no device given: make usb DEV=/dev/sdX (see README, \"Flashing a USB stick\")"
IMAGE=${2:-build/apus.img}
[ -f "$IMAGE" ] && [ -s "$IMAGE" ] || refuse "$IMAGE: no image to write (run make image first)"
image_bytes=$(wc -c < "$IMAGE" | tr -d ' ')

name=${1#/dev/}
case $name in
    ''|*/*|.*|*[!A-Za-z0-9_-]*) refuse "$1: not a device name like /dev/sdb" ;;
esac

# The disk a block device belongs to: itself if it is a whole disk, else its parent
# (partitions appear as /sys/block/<disk>/<part>/ with a `partition` file).
disk_of() {
    if [ -d "$SYSFS/block/$1" ]; then
        echo "$1"
        return
    fi
    for part in "$SYSFS"/block/*/"$1"; do
        if [ -f "$part/partition" ]; then
            basename "$(dirname "$part")"
            return
        fi
    done
}

# Device names behind a mount source: /dev/X (symlinks resolved) and, for device-mapper
# or md devices, the devices they are built on (/sys/block/<dev>/slaves).
devices_of_source() {
    case $1 in /dev/*) ;; *) return ;; esac
    src=$1
    [ "$PROC" = /proc ] && src=$(readlink -f "$1" 2>/dev/null || echo "$1")
    dev=$(basename "$src")
    echo "$dev"
    disk=$(disk_of "$dev")
    [ -n "$disk" ] && [ -d "$SYSFS/block/$disk/slaves" ] && ls "$SYSFS/block/$disk/slaves"
}

if [ ! -d "$SYSFS/block/$name" ]; then
    parent=$(disk_of "$name")
    [ -n "$parent" ] && refuse "/dev/$name is a partition; give the whole disk, /dev/$parent"
    refuse "/dev/$name: no such disk (not in $SYSFS/block; lsblk lists the disks)"
fi

# The disk holding / is never a target, removable or not.
root_source=$(awk '$2 == "/" { s = $1 } END { print s }' "$PROC/mounts")
for dev in $(devices_of_source "$root_source"); do
    [ "$(disk_of "$dev")" = "$name" ] && refuse "/dev/$name holds the root filesystem ($root_source on /)"
done

[ "$(cat "$SYSFS/block/$name/removable" 2>/dev/null)" = 1 ] ||
    refuse "/dev/$name is not a removable disk ($SYSFS/block/$name/removable is not 1)"

# Any partition of the disk (or the disk itself) mounted or used as swap.
busy=""
for source in $(awk '{ print $1 }' "$PROC/mounts") $(awk 'NR > 1 { print $1 }' "$PROC/swaps" 2>/dev/null); do
    for dev in $(devices_of_source "$source"); do
        [ "$(disk_of "$dev")" = "$name" ] && busy="$busy $source"
    done
done
[ -z "$busy" ] || refuse "/dev/$name is in use (mounted or swap:$busy); unmount it first (udisksctl unmount -b ...)"

sectors=$(cat "$SYSFS/block/$name/size" 2>/dev/null || echo 0)
disk_bytes=$((sectors * SECTOR))
[ "$disk_bytes" -ge "$image_bytes" ] ||
    refuse "/dev/$name is too small: $disk_bytes bytes, the image is $image_bytes"

# sysfs pads vendor and model with blanks.
trim() { cat "$1" 2>/dev/null | tr -s ' ' | sed 's/^ //; s/ $//'; }
vendor=$(trim "$SYSFS/block/$name/device/vendor")
model=$(trim "$SYSFS/block/$name/device/model")
echo "device: /dev/$name — ${vendor:+$vendor }${model:-unknown model}, $((disk_bytes / 1000000)) MB ($disk_bytes bytes)"
echo "image:  $IMAGE ($image_bytes bytes); everything on /dev/$name will be lost"
if [ "${YES:-}" != 1 ]; then
    printf 'type %s or yes to write: ' "$name"
    read -r answer || answer=""
    [ "$answer" = "$name" ] || [ "$answer" = yes ] || refuse "not confirmed; nothing written"
fi

if [ -n "${APUS_USB_TEST_TARGET:-}" ]; then
    target=$APUS_USB_TEST_TARGET
    [ -f "$target" ] || [ -c "$target" ] || refuse "$target: the test target must be a file or character device"
else
    target=/dev/$name
    [ -b "$target" ] || refuse "$target is not a block device"
fi
SUDO=""
if [ ! -w "$target" ]; then
    command -v sudo >/dev/null 2>&1 || refuse "$target is not writable; run as root"
    SUDO=sudo
fi

echo "writing $IMAGE to $target"
$SUDO dd if="$IMAGE" of="$target" bs=4M conv=fsync,notrunc status=progress || refuse "writing $target failed"
sync

# Read back from the device, not the page cache: flush the buffer cache and read O_DIRECT.
echo "verifying: reading $image_bytes bytes back"
if [ -b "$target" ]; then
    $SUDO blockdev --flushbufs "$target" 2>/dev/null || true
    mib=$(((image_bytes + 1048575) / 1048576))
    read_back() { $SUDO dd if="$target" bs=1M count="$mib" iflag=direct status=none; }
else
    read_back() { $SUDO cat "${APUS_USB_TEST_READBACK:-$target}"; }
fi
read_back | cmp -n "$image_bytes" "$IMAGE" - ||
    refuse "verify failed: $target differs from $IMAGE (bad stick or write?)"
echo "done: /dev/$name holds $IMAGE, verified; remove it and boot it"
