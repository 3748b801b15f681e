# set -a / set -o allexport (dash): every variable assigned while it is on is exported —
# plain assignments, read, for, getopts, ${x=} — while earlier ones stay as they were.
only() { env | while IFS= read -r line; do case $line in t_*) printf '%s\n' "$line" ;; esac; done; }
t_before=0
set -a; echo "flags $-"
t_plain=1
only
unset t_plain
echo 2 | { read t_read; only; }
unset t_read
for t_for in 3; do only; done
unset t_for
: ${t_default=4}; only
unset t_default
set +o allexport; echo "flags [$-]"
t_after=5; only; echo "t_before $t_before"
