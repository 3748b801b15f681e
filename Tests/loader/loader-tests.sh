#!/bin/sh
# Tests/loader/loader-tests.sh — the loader on less friendly firmware (issue 5 part 6), one
# QEMU boot per check, each running a small case as PID 1 so "reaches user space" means the
# case passed: quiet by default, verbose on the firmware console (OVMF mirrors ConOut to
# serial), no GOP (-vga none), a map buffer too small at first, ExitBootServices failing once.
# Prints TAP and "N passed, M failed". usage: loader-tests.sh APUS-RUN BUILD-DIR
set -u
run=$1
build=$2
log=$build/loader-test.log
case_init="init=/usr/libexec/apus-tests/cases/pipe.roundtrip"
passed=0
failed=0
n=0

result() { # result OK DESCRIPTION
    n=$((n + 1))
    if [ "$1" = 0 ]; then
        echo "ok $n - $2"; passed=$((passed + 1))
    else
        echo "not ok $n - $2"; failed=$((failed + 1))
        sed 's/^/#   /' "$log" | tail -25
    fi
}

# boot DESCRIPTION CMDLINE [apus-run options...]: passes if the case passes as PID 1.
boot() {
    desc=$1 cmdline=$2
    shift 2
    "$run" --image "$build/apus.img" --timeout 120 --silence 60 --log "$log" \
        --cmdline "testexit $cmdline $case_init" "$@" > "$log.out" 2>&1
    result $? "$desc"
}

boot "a quiet boot reaches user space" ""
! grep -q '^apus: ' "$log"
result $? "a quiet boot prints no loader messages"

boot "verbose: the loader's steps on the firmware console" "verbose" \
    --expect-output '^apus: cmdline: "testexit verbose' \
    --expect-output '^apus: framebuffer: [0-9]+x[0-9]+' \
    --expect-output '^apus: memory map: [0-9]+ descriptors' \
    --expect-output '^apus: exiting boot services$'

boot "no GOP (-vga none): the loader says so and the boot reaches user space" "verbose" \
    --qemu-arg -vga --qemu-arg none --expect-output '^apus: no GOP framebuffer$'

boot "a memory map larger than the buffer: grown and fetched again (loader.small_map)" \
    "verbose loader.small_map" --expect-output '^apus: memory map: [0-9]+ bytes needed, the buffer holds 48: growing it$'

boot "ExitBootServices fails once with a stale key, the retry succeeds (loader.stale_key)" \
    "loader.stale_key" --expect-output 'command line: ".*loader.stale_key.* loader.exit_tries=2"'

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
