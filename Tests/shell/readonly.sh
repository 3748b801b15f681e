# readonly (a special builtin, as dash has it): readonly NAME[=value], readonly -p in dash's
# quoting; every way of assigning or unsetting a readonly variable fails with
# "x: is read only" — a plain assignment, or one before any command, `for`, `${x=}`,
# `$((x=))`, export, readonly, unset and `local x=` end a non-interactive shell (status 2),
# read and getopts only fail (status 2), `command` keeps a special builtin's error from
# ending the shell. The environment differs between host and guest: lines are filtered.
mine() { while IFS= read -r line; do case $line in t_*|"export t_"*|"readonly t_"*) printf '%s\n' "$line" ;; esac; done; }
readonly t_a=1 t_b t_c="it's"
readonly -p | mine
readonly | mine
set | mine
echo "t_b [${t_b-unset}] t_c [$t_c]"
(t_a=2; echo never); echo "plain assignment: $?"
(t_a=2 true; echo never); echo "before a builtin: $?"
(t_a=2 env true; echo never); echo "before a program: $?"
(t_a=2 command export t_z; echo never); echo "before command export: $?"
(for t_a in x; do echo never; done; echo never); echo "for: $?"
(echo "${t_a=2}"; echo "\${t_a=} kept it"; : "${t_b=2}"; echo never); echo "\${t_b=}: $?"
(: $((t_a = 3)); echo never); echo "arithmetic: $?"
(export t_a=3; echo never); echo "export: $?"
(readonly t_a=3; echo never); echo "readonly: $?"
(unset t_a; echo never); echo "unset: $?"
(unset -f t_a; echo "unset -f: $?")
(f() { local t_a; echo "local t_a: [$t_a]"; local t_a=2; echo never; }; f; echo never); echo "local t_a=2: $?"
(command unset t_a; echo "command unset: $?"; command readonly t_a=4; echo "command readonly: $?")
echo x | (read t_a; echo "read: $? [$t_a]")
(getopts a t_a -a; echo "getopts: $? [$t_a]")
(readonly OPTIND; getopts a t_o -a; echo "getopts with OPTIND readonly: $?")
(readonly t_d=1; readonly t_d; echo "again without a value: $? [$t_d]")
export t_e=exported; readonly t_e
export -p | mine
readonly -p | mine
(readonly 1x=2; echo never); echo "bad name: $?"
(readonly -x; echo never); echo "bad option: $?"
t_a=2
echo never
