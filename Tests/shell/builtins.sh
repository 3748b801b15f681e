# exec (replacing the shell; redirections that stay), . (a file's commands in this
# shell), test/[ forms, read -r, and a loop fed by a file through exec.
F=/tmp/apus-sh-builtins
echo 'sourced=yes; echo "sourcing sees $1"' > $F
set -- outer-arg
. $F; echo "sourced=$sourced"
sh -c 'exec echo "exec replaced the shell"; echo never'
sh -c 'exec nosuchprogram; echo never'; echo "status $?"
sh -c '. /nonexistent; echo never'; echo "status $?"
exec 3> $F; echo "to fd 3" >&3; exec 3>&-; cat $F
sh -c 'exec > '$F'; echo "into the file"'; cat $F
for t in "-n x" "-z x" "-z ''" "a = a" "a != a" "3 -lt 10" "10 -le 3" "7 -ge 7" "1 -ne 2" "-d /tmp" "-f /tmp" "-e /nonexistent" "! -e /nonexistent"; do
    eval "[ $t ]"; echo "[ $t ] -> $?"
done
test; echo "empty test: $?"
test abc; echo "one word: $?"
cat > $F <<'END'
a\tb \\ c \
continued
END
read -r raw < $F; read cooked < $F
cat <<END
read -r [$raw], read [$cooked]
END
exec 4< $F; read line <&4; exec 4<&-; echo "read from fd 4: done"
rm -f $F
printf '%s\n' "printf is a builtin" two
printf '[%5s|%-4s|%.2s] [%04d|%+d|%x|%o|%c]\n' ab cd efgh 42 7 255 8 xyz
printf '%s=%d\n' a 1 b 2 c
printf 'no newline'; printf '\n'
printf '%b|%s\n' 'tab\there' 'tab\there'
printf '%d\n' notanumber; echo "status $?"
type echo; type nosuch; echo "type status $?"
lookup() { :; }; type lookup; type if; type cd lookup
command -v echo; command -v nosuch; echo "command -v status $?"; command -v lookup; command -v /bin/sh; command -V cd
lookup() { echo "the function"; }; command lookup; echo "command skips functions: $?"
echo() { :; }; command echo "command runs the builtin"; unset -f echo 2>/dev/null; unset echo
printf 'partial' > $F; read x < $F; echo "last line without newline: $? [$x]"
printf 'a\nb' > $F; while read l; do echo "got $l"; done < $F; echo "after the loop [$l]"
rm -f $F
