#!/bin/sh
# The shell driven as a person drives it: every Tests/console/*.session transcript is
# replayed over the serial console of a normal boot (init starts /bin/sh on the console)
# by `apus-run --session` — wait for the prompt, type a command, check its echo and its
# output up to the next prompt. One boot per transcript; its TAP lines are prefixed with
# the transcript's name. A <name>.args file next to a transcript adds apus-run options
# (e.g. --keys, typed on the PS/2 keyboard through QEMU's monitor).
# Usage: console-sessions.sh APUS_RUN BUILD_DIR
set -u
run=$1
build=$2
passed=0; failed=0; n=0
# Lines of a failed session's serial log shown with its result.
log_tail_lines=25
for session in Tests/console/*.session; do
    name=$(basename "$session" .session)
    log=$build/console-$name.log
    out=$build/console-$name.out
    extra=""
    [ -f "Tests/console/$name.args" ] && extra=$(cat "Tests/console/$name.args")
    eval "\"\$run\" --image \"\$build/apus.img\" --timeout 600 --silence 120 --session \"\$session\" --log \"\$log\" $extra" > "$out" 2>&1
    status=$?
    summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
    grep -E '^(ok|not ok) [0-9]+ - ' "$out" | awk -v base="$n" -v name="$name" '{
        ok = ($1 == "ok"); sub(/^(ok|not ok) [0-9]+ - /, "")
        print (ok ? "ok " : "not ok ") (base + NR) " - " name ": " $0 }'
    n=$((n + $(grep -cE '^(ok|not ok) [0-9]+ - ' "$out")))
    grep -E '^#   ' "$out"
    grep -E '^apus-run: (FAIL|ERROR)' "$out"
    # A stalled session ends with the kernel's thread dump (sent for by NMI): show it.
    sed -n '/^apus-run: the guest stopped answering/,/^thread dump: end/p' "$out" | sed 's/^/# /'
    p=${summary%% passed*}; f=${summary#*passed, }; f=${f%% failed}
    [ -n "$summary" ] || { p=0; f=1; echo "# $name: no summary from the runner"; }
    [ "$status" -eq 0 ] || [ "$f" -gt 0 ] || f=1
    # A failed session also shows the end of what the guest printed (a panic, a respawned
    # shell, a kernel message in the middle of a line), which the step diagnostics do not.
    if [ "$f" -gt 0 ] && [ -f "$log" ]; then
        echo "#   $name: the serial log ends:"
        tail -n "$log_tail_lines" "$log" | sed 's/^/#     /'
    fi
    passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
