#!/bin/sh
# Runs named test suites one after another (arguments: name command name command ...).
# Each suite prints TAP and ends with "N passed, M failed"; this adds them up, prints one
# TAP line per suite and the overall summary as the last line, and exits non-zero if any
# suite failed or printed no summary. A failed suite's "not ok" lines and diagnostics are
# printed again just before the summary, so the end of a long log (all a CI page may show)
# says what failed and why.
set -u
# Lines of a failed suite's report repeated at the end.
failure_lines=60
total_passed=0
total_failed=0
index=0
results=""
failures=""
while [ $# -ge 2 ]; do
    name=$1; command=$2; shift 2
    index=$((index + 1))
    log=$(mktemp)
    echo "# suite: $name"
    { sh -c "$command"; echo $? > "$log.status"; } 2>&1 | tee "$log"
    status=$(cat "$log.status"); rm -f "$log.status"
    summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
    report=$(grep -E '^(not ok [0-9]+|#   |apus-run: (FAIL|ERROR)|# .*(no summary|stopped answering))' "$log" | head -n "$failure_lines")
    rm -f "$log"
    if [ -z "$summary" ]; then
        failures="$failures
# $name: no summary line${report:+
$report}"
        echo "# suite '$name' printed no summary line (exit status $status)"
        total_failed=$((total_failed + 1))
        results="$results
not ok $index - $name (no summary line)"
        continue
    fi
    passed=${summary%% passed*}
    failed=${summary#*passed, }; failed=${failed%% failed}
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    # A suite that exits non-zero failed, whatever its counts say.
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
        failed=1; total_failed=$((total_failed + 1))
        summary="$summary, but exit status $status"
    fi
    if [ "$failed" -eq 0 ]; then
        results="$results
ok $index - $name ($summary)"
    else
        results="$results
not ok $index - $name ($summary)"
        failures="$failures
# $name:${report:+
$report}"
    fi
done
[ -z "$failures" ] || echo "# what failed (repeated from above):$failures"
echo "# all suites:$results"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
