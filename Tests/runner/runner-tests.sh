#!/bin/sh
# Tests of the QEMU runner and of what failures look like, each a real boot of the image:
#  1. a self-test that fails on purpose (`selftest-fail`) makes the runner exit non-zero;
#  2. a deliberate kernel page fault (`crash=pagefault`) prints the vector, CR2, registers
#     and a backtrace with function names, and the runner reports failure;
#  3. a deliberate stack overflow is caught by the guard page and reported as a double
#     fault on its own stack;
#  4. a kernel panic is reported as failure;
#  5. typing on the serial console (--send) reaches a program reading the console TTY:
#     canonical editing, EOF, raw mode (Tests/integration/interactive/console_line.c);
#  6. ^C, ^\\ and ^Z typed on the console signal the foreground process group
#     (Tests/integration/interactive/console_intr.c);
#  7. a console session that stops answering (Tests/runner/stall.session) fails, and the
#     NMI the runner then sends makes the kernel print every thread's state.
# Usage: runner-tests.sh APUS_RUN BUILD_DIR
set -u
run=$1
build=$2
image=$build/apus.img
n=0; passed=0; failed=0

check() { # name, then the command; the command's exit status is the verdict
    name=$1; shift
    n=$((n + 1))
    log=$build/runner-test-$n.log
    if "$@" > "$log" 2>&1; then
        passed=$((passed + 1)); echo "ok $n - $name"
    else
        failed=$((failed + 1)); echo "not ok $n - $name"
        sed 's/^/# /' "$log" | tail -n 25
    fi
}

# The runner must fail this boot: run it plainly and invert its exit status here, so the
# check does not depend on --expect-fail being right.
failing_selftest() {
    "$run" --image "$image" --cmdline "selftest selftest-fail" --timeout 240 --silence 90 \
        --log "$build/selftest-fail.log"
    status=$?
    [ $status -ne 0 ] || { echo "runner exited 0 on a failing self-test"; return 1; }
    grep -q '^not ok .*deliberate failure' "$build/selftest-fail.log" || { echo "no 'not ok' line"; return 1; }
    grep -Eq '^[0-9]+ passed, 1 failed' "$build/selftest-fail.log" || { echo "guest summary missing"; return 1; }
}
check "a self-test failing on purpose makes the runner exit non-zero" failing_selftest

check "a kernel page fault prints vector, CR2, registers and a named backtrace" \
    "$run" --image "$image" --cmdline "crash=pagefault selftest" --timeout 240 --silence 90 --expect-fail \
    --log "$build/crash-pagefault.log" \
    --expect-output 'EXCEPTION #PF page fault \(vector 14\)' \
    --expect-output 'CR2 0x0000000000000008' \
    --expect-output 'RIP 0x00007fff8' \
    --expect-output 'RAX 0x[0-9a-f]{16}' \
    --expect-output 'R15 0x[0-9a-f]{16}' \
    --expect-output '#[0-9]+ 0x00007fff8[0-9a-f]+ .*deliberatePageFault' \
    --expect-output '#[0-9]+ 0x00007fff8[0-9a-f]+ .*kernelMain'

check "a kernel stack overflow hits the guard page and is reported as a double fault" \
    "$run" --image "$image" --cmdline "crash=stackoverflow selftest" --timeout 240 --silence 90 --expect-fail \
    --log "$build/crash-stack.log" \
    --expect-output 'EXCEPTION #DF double fault' \
    --expect-output 'kernel stack overflow: RSP is in the guard page below the boot stack' \
    --expect-output 'CrashTest.recurse'

check "a kernel panic is reported with a backtrace and fails the run" \
    "$run" --image "$image" --cmdline "crash=panic selftest" --timeout 240 --silence 90 --expect-fail \
    --log "$build/crash-panic.log" \
    --expect-output 'PANIC: deliberate panic' \
    --expect-output 'backtrace:'

interactive=/usr/libexec/apus-tests/interactive
check "typed input reaches the console TTY: editing, ^U, ^D, raw mode" \
    "$run" --image "$image" --cmdline "testexit init=$interactive/console_line" --timeout 120 --silence 60 \
    --log "$build/console-line.log" \
    --send '# tty: type hello=>hello\r' \
    --send '# tty: type with erase=>cax\x7ft\rca\x08at\r' \
    --send '# tty: type with kill=>rm -rf /\x15ls\r' \
    --send '# tty: type partial eof=>abc\x04' \
    --send '# tty: type eof=>\x04' \
    --send '# tty: type two lines=>one\rtwo\r' \
    --send '# tty: raw press x=>x' \
    --send '# tty: raw press DEL=>\x7f' \
    --send '# tty: raw timer press q=>q' \
    --expect-output '^hello$'

check "^C, ^\\ and ^Z on the console signal the foreground process group" \
    "$run" --image "$image" --cmdline "testexit init=$interactive/console_intr" --timeout 120 --silence 60 \
    --log "$build/console-intr.log" \
    --send '# tty: press ctrl-c=>partial\x03' \
    --send '# tty: type after interrupt=>after\r' \
    --send '# tty: press quit and suspend=>\x1c\x1alast\r'

# The runner must fail the stalled session; the dump must show the shell waiting for its
# child and the child asleep in nanosleep, each with the kernel backtrace it sleeps in.
stalled_session() {
    out=$build/stall.out
    "$run" --image "$image" --timeout 300 --silence 120 --session Tests/runner/stall.session > "$out" 2>&1
    status=$?
    cat "$out"
    [ $status -ne 0 ] || { echo "runner exited 0 on a stalled session"; return 1; }
    grep -q '^apus-run: the guest stopped answering; sending an NMI' "$out" || { echo "no NMI sent"; return 1; }
    grep -q '^NMI: in ' "$out" || { echo "the kernel did not report the NMI"; return 1; }
    grep -Eq "^thread [0-9]+ 'sh' pid [0-9]+ pgid [0-9]+ sid [0-9]+ blocked .*in syscall 61 " "$out" \
        || { echo "no shell blocked in wait4 (61)"; return 1; }
    grep -Eq "^thread [0-9]+ 'sleep' pid [0-9]+ .* blocked timer in [0-9]+ ms in syscall 35 " "$out" \
        || { echo "no sleep blocked in nanosleep (35) with its timer"; return 1; }
    grep -Eq '^    0x[0-9a-f]+ .*SystemSyscalls\.nanosleep' "$out" || { echo "no backtrace through nanosleep"; return 1; }
    grep -q '^thread dump: end' "$out" || { echo "the dump did not finish"; return 1; }
}
check "a stalled console session ends with an NMI and the kernel's thread dump" stalled_session

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
