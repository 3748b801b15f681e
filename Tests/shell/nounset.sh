# set -u: an unset parameter is an error ("x: parameter not set") that ends a
# non-interactive shell with status 2; the - + = ? forms, $@ $* $# and $(( )) names are not.
set -u
echo "[${x-default}] [${x:-colon}] [${x+alt}] [$#] [$*] [$@]" "$@"
echo "$((n + 1))"
empty=; echo "[$empty]"
echo "flags $-"
set +u; echo "off [$x]"; set -u
(echo "$x"); echo "subshell $?"
echo "[`echo $y`]"; echo "after command substitution $?"
sh -c 'set -u; echo $1'; echo "status $?"
sh -u -c 'echo ${#x}; echo not here'; echo "status $?"
sh -c 'set -u; f() { echo "$1"; }; f'; echo "status $?"
sh -c 'set -u; echo $!'; echo "status $?"
sh -c 'set -u; x=$y; echo not here'; echo "status $?"
echo "$z"
echo "not reached"
