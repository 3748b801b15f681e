# Parameters, $?, ${...} forms, assignments before commands, export to a child.
X=1
echo "X=$X ${X}2 ${#X} ${UNSET:-default} ${X:+set} [${UNSET}]"
false; echo "status $?"
true; echo "status $?"
nosuchcommand 2>/dev/null; echo "status $?"
A=outer
A=inner sh -c 'echo child sees $A'
echo shell keeps $A
export E=exported
sh -c 'echo child sees $E'
unset E
sh -c 'echo after unset [$E]'
sh -c 'echo args $0 $1 $2 $#' name one two
set_in_sub=1 sh -c 'exit 7'; echo "sub status $?"
set -- "a b" c "" d
IFS=:; echo "joined by IFS: $*"; for w in $*; do echo "unquoted \$* [$w]"; done; for w in "$@"; do echo "\"\$@\" [$w]"; done
IFS=; echo "empty IFS joins tightly: $*"; unset IFS
set -- "x y"; for w in pre$*post; do echo "split [$w]"; done
cd /tmp; cd /; cd - ; echo "PWD=$PWD OLDPWD=$OLDPWD"
cd /nonexistent; echo "cd status $?"
