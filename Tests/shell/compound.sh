# Compound commands: if/elif/else, while/until, for (with and without `in`), case with
# * ? [..] patterns, { } groups, break/continue [n], redirections and pipes on them.
for x in 1 2 3; do
    if [ $x = 1 ]; then
        echo "one"
    elif [ $x = 2 ]
    then
        echo "two"
    else
        echo "other $x"
    fi
done
if false; then echo no; fi; echo "if without match: $?"
if false; then :; else false; fi; echo "else status: $?"
i=0
while [ $i -lt 3 ]; do i=$((i + 1)); echo "while $i"; done
until [ $i -eq 0 ]; do echo "until $i"; i=$((i - 1)); done
while false; do :; done; echo "loop that never ran: $?"
for w in a 'b c' "d"; do echo "[$w]"; done
for w in; do echo never; done
set -- p1 "p 2"
for w; do echo "positional [$w]"; done
for w
do
    echo "newline form [$w]"
done
for f in apple banana cherry date x.c y.h '*' ''; do
    case $f in
        a*) echo "$f: starts with a" ;;
        b?????) echo "$f: b and five" ;;
        [cd]*) echo "$f: c or d" ;;
        *.c|*.h) echo "$f: C source" ;;
        '*') echo "star: quoted pattern" ;;
        "") echo "empty" ;;
    esac
done
case x in (x) echo "open paren pattern";; esac
case nothing in something) echo no;; esac; echo "no case matched: $?"
P='b*'; case bee in $P) echo "pattern from a variable";; esac
case 'b*' in "$P") echo "quoted variable is literal";; esac
case word in w*)
esac
{ echo group one; echo group two; } > /tmp/apus-sh-group
cat /tmp/apus-sh-group
{ echo in; echo braces; } | cat
for n in 1 2 3 4 5; do
    [ $n = 2 ] && continue
    [ $n = 4 ] && break
    echo "n=$n"
done
for a in 1 2; do
    for b in x y z; do
        [ $b = y ] && continue 2
        [ $a = 2 ] && break 2
        echo "$a$b"
    done
    echo "never after continue 2"
done
echo "after nested loops"
while :; do while :; do break 2; done; echo never; done; echo "break 2 left both"
break; echo "break outside a loop is ignored"
lines() { for l in first second third; do echo $l; done; }
lines | while read line; do echo "read [$line]"; done
for l in x y; do echo "loop $l"; done > /tmp/apus-sh-group
cat /tmp/apus-sh-group
while read a b; do echo "a=$a b=$b"; done < /tmp/apus-sh-group
rm -f /tmp/apus-sh-group
if { true; }; then echo "group as condition"; fi
! if false; then :; fi; echo "negated if: $?"
if true; then echo and; fi && echo "and-or after fi"
x=outer; { x=inner; }; echo "group runs in the shell: $x"
x=outer; (x=inner); echo "subshell does not: $x"
sh -c 'if true; then echo'; echo "status $?"
sh -c 'if true; echo x; fi'; echo "status $?"
sh -c 'while true; do'; echo "status $?"
sh -c 'for 1 in a; do :; done'; echo "status $?"
sh -c 'case x in a) echo'; echo "status $?"
sh -c '{ echo; } foo'; echo "status $?"
sh -c 'echo before; fi'; echo "status $?"
sh -c 'echo line one
echo line two
if true; then
echo never'; echo "status $?"
