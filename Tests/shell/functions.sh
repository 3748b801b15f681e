# Functions: definition forms, positional parameters inside and restored after, return
# [n], recursion, shift, set --, redirections on a call and on the body, read.
greet() { echo "hello $1 ($# args)"; }
greet world
greet "two words" extra
echo "outside: $# args"
two() {
    echo "first $1, all: $@"
    shift
    echo "after shift: $1, $# left"
}
two a b c
status() { return $1; }
status 3; echo "returned $?"
status 0; echo "returned $?"
early() { echo before; return 5; echo never; }
early; echo "early return $?"
loopret() { for i in 1 2 3; do [ $i = 2 ] && return 9; echo "i=$i"; done; }
loopret; echo "return from a loop: $?"
lastcmd() { false; }
lastcmd; echo "status of the last command: $?"
fact() {
    if [ $1 -le 1 ]; then echo 1; return; fi
    echo $(( $1 * $(fact $(( $1 - 1 ))) ))
}
echo "5! = $(fact 5)"
count() { n=0; for a; do n=$((n + 1)); done; echo "$n"; }
echo "count: $(count a 'b c' d)"
quoted() { for a in "$@"; do echo "[$a]"; done; }
quoted 'x y' z
body_redirect() { echo "into a file"; } > /tmp/apus-sh-fn
body_redirect
cat /tmp/apus-sh-fn
greet file > /tmp/apus-sh-fn
cat /tmp/apus-sh-fn
rm -f /tmp/apus-sh-fn
greet piped | cat
sub() ( x=in-subshell; echo "$x" )
x=outer; sub; echo "x=$x"
setvar() { x=set-by-function; }
setvar; echo "x=$x"
greet() { echo "redefined $1"; }
greet again
set -- one two three
echo "set --: $# $1 $3"
shift 2; echo "shift 2: $# $1"
set --; echo "set -- empty: $#"
v=1 greet with-assignment
echo "v after: [${v-unset}]"
echo 'alpha beta gamma' > /tmp/apus-sh-read
read first rest < /tmp/apus-sh-read; echo "first=$first rest=$rest"
read one < /tmp/apus-sh-read; echo "one=$one"
IFS=: read a b < /etc/passwd; echo "passwd: $a"
rm -f /tmp/apus-sh-read
sh -c 'f() { echo in f; }; f; g() ( echo in g ); g'
sh -c 'f() { echo'; echo "status $?"
