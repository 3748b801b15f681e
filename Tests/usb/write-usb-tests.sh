#!/bin/sh
# Tests/usb/write-usb-tests.sh — tests Tools/usb/write-usb.sh (`make usb`) without a stick:
# a fake /sys and /proc describe a root disk, sticks that are fine, mounted, too small or
# not removable; a regular file stands in for the device. Prints TAP and "N passed, M failed".
# usage: write-usb-tests.sh PATH-TO-write-usb.sh
set -u
script=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sys=$work/sys
proc=$work/proc
passed=0
failed=0
n=0

# disk NAME REMOVABLE SECTORS [PARTITION...]
disk() {
    d=$sys/block/$1
    mkdir -p "$d/device"
    echo "$2" > "$d/removable"
    echo "$3" > "$d/size"
    echo "ACME    " > "$d/device/vendor"
    echo "Fake Stick $1   " > "$d/device/model"
    shift 3
    for p in "$@"; do
        mkdir -p "$d/$p"
        echo 1 > "$d/$p/partition"
    done
}
disk sda 0 500118192 sda1 sda2          # the host's disk, / on sda2
disk sdb 1 15728640 sdb1                # an 8 GB stick, nothing mounted
disk sdc 1 15728640 sdc1 sdc2           # a stick with sdc2 mounted
disk sdd 1 2048                         # a 1 MiB stick: too small
disk sde 0 15728640                     # a fixed disk
disk sdf 1 15728640                     # a stick used as swap
disk dm-0 0 1000000                     # device mapper on sdg1 (removable), mounted
mkdir -p "$sys/block/dm-0/slaves/sdg1"
disk sdg 1 15728640 sdg1
mkdir -p "$proc"
cat > "$proc/mounts" <<EOF
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
/dev/sdc2 /media/user/STICK vfat rw 0 0
/dev/mapper/dm-0 /mnt/crypt ext4 rw 0 0
EOF
printf 'Filename Type Size Used Priority\n/dev/sdf partition 1000 0 -2\n' > "$proc/swaps"

# An image whose length is not a multiple of the block size, and a larger stand-in
# device full of other bytes: the comparison must cover exactly the image.
image=$work/apus.img
head -c $((3 * 1048576 + 1234)) /dev/urandom > "$image"
stick=$work/stick
head -c $((8 * 1048576)) /dev/zero | tr '\0' 'x' > "$stick"

# check DESCRIPTION EXPECTED-STATUS EXPECTED-TEXT ANSWER ARGS...: runs the script with ANSWER
# on stdin ("<eof>": none), the stand-in $TARGET (default the stick file) and $YES_ENV.
check() {
    desc=$1 want_status=$2 want_text=$3 answer=$4
    shift 4
    n=$((n + 1))
    if [ "$answer" = "<eof>" ]; then feed=":"; else feed="printf %s\\n $answer"; fi
    out=$($feed | env APUS_USB_SYSFS="$sys" APUS_USB_PROC="$proc" \
          APUS_USB_TEST_TARGET="${TARGET-$stick}" ${YES_ENV:-} sh "$script" "$@" 2>&1)
    status=$?
    if [ "$status" -eq "$want_status" ] && printf '%s' "$out" | grep -qF -- "$want_text"; then
        echo "ok $n - $desc"
        passed=$((passed + 1))
    else
        echo "not ok $n - $desc"
        echo "#   wanted status $want_status and \"$want_text\"; got status $status:"
        printf '%s\n' "$out" | sed 's/^/#   /'
        failed=$((failed + 1))
    fi
}

check "no device: usage" 1 "no device given: make usb DEV=/dev/sdX" "" ""
check "missing image" 1 "$work/none.img: no image to write" "" /dev/sdb "$work/none.img"
check "a path that is not a device name" 1 "../etc: not a device name" "" ../etc "$image"
check "an unknown disk" 1 "/dev/sdz: no such disk" "" /dev/sdz "$image"
check "a partition" 1 "/dev/sdb1 is a partition; give the whole disk, /dev/sdb" "" /dev/sdb1 "$image"
check "the disk holding /" 1 "/dev/sda holds the root filesystem (/dev/sda2 on /)" "" /dev/sda "$image"
check "a fixed disk" 1 "/dev/sde is not a removable disk" "" sde "$image"
check "a mounted partition" 1 "/dev/sdc is in use (mounted or swap: /dev/sdc2)" "" /dev/sdc "$image"
check "a partition used as swap" 1 "/dev/sdf is in use (mounted or swap: /dev/sdf)" "" /dev/sdf "$image"
check "under a mounted device-mapper volume" 1 "/dev/sdg is in use (mounted or swap: /dev/mapper/dm-0)" "" /dev/sdg "$image"
check "too small" 1 "/dev/sdd is too small: 1048576 bytes, the image is 3146962" "" /dev/sdd "$image"
check "shows vendor, model and size" 1 "device: /dev/sdb — ACME Fake Stick sdb, 8053 MB (8053063680 bytes)" "no" /dev/sdb "$image"
check "a wrong answer writes nothing" 1 "not confirmed; nothing written" "sdc" /dev/sdb "$image"
n=$((n + 1))
if head -c 10 "$stick" | grep -q xxxxxxxxxx; then echo "ok $n - the stand-in is untouched"; passed=$((passed + 1));
else echo "not ok $n - the stand-in is untouched"; failed=$((failed + 1)); fi
check "no answer (end of input) writes nothing" 1 "not confirmed; nothing written" "<eof>" /dev/sdb "$image"
TARGET=/dev/full
check "a failing write is reported" 1 "writing /dev/full failed" "yes" /dev/sdb "$image"
unset TARGET
check "typing the device name writes and verifies" 0 "done: /dev/sdb holds $image, verified" "sdb" /dev/sdb "$image"

n=$((n + 1))
if cmp -s -n "$(wc -c < "$image")" "$image" "$stick" && [ "$(wc -c < "$stick")" -eq $((8 * 1048576)) ]; then
    echo "ok $n - the stand-in holds the image, the rest of it untouched"; passed=$((passed + 1))
else
    echo "not ok $n - the stand-in holds the image, the rest of it untouched"; failed=$((failed + 1))
fi
head -c $((8 * 1048576)) /dev/zero > "$stick"
YES_ENV="YES=1 APUS_USB_TEST_READBACK=$work/other"
head -c $((8 * 1048576)) /dev/zero > "$work/other"
check "a stick that reads back other bytes fails the verify" 1 "verify failed: $stick differs from $image" "" sdb "$image"
head -c $((8 * 1048576)) /dev/zero > "$stick"
YES_ENV=YES=1 check "YES=1 skips the question" 0 "verified" "" sdb "$image"
n=$((n + 1))
if cmp -s -n "$(wc -c < "$image")" "$image" "$stick"; then
    echo "ok $n - YES=1 wrote the image"; passed=$((passed + 1))
else
    echo "not ok $n - YES=1 wrote the image"; failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
