#!/bin/sh
# Runs every Tests/shell/<name>.sh under our sh (argument 1: its path) with the output
# and errors merged, and compares with <name>.expected; TAP, then "N passed, M failed".
# PATH starts with our sh's folder, so `sh` inside the scripts is ours too.
set -u
SH=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
DIR=$(cd "$(dirname "$0")" && pwd)
cd "$DIR" || exit 1
PATH=$(dirname "$SH"):/bin:/usr/bin; export PATH
n=0; failed=0
for script in *.sh; do
    case $script in run.sh|helper-*) continue ;; esac
    name=${script%.sh}
    n=$((n + 1))
    actual=$("$SH" "$script" 2>&1)
    if [ "$actual" = "$(cat "$name.expected")" ]; then
        echo "ok $n - shell script $name"
    else
        failed=$((failed + 1))
        echo "not ok $n - shell script $name"
        printf '%s\n' "$actual" | diff "$name.expected" - | sed 's/^/#   /'
    fi
done
echo "1..$n"
echo "$((n - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
