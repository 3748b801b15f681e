# Command substitution $(...) and `...` (trailing newlines removed, unquoted results split
# on IFS), its status in $?, nesting, and arithmetic $(( )).
echo "[$(echo hello)]"
echo "[`echo backquoted`]"
x=$(echo "a  b"); echo "[$x]"
echo [$(echo "a  b")]
for w in $(echo one two; echo three); do echo "field [$w]"; done
echo "[$(echo trailing; echo; echo)]"
echo "[$(echo)]" "[$(true)]"
echo "nested [$(echo outer $(echo inner))]"
echo "backquotes nested [`echo a \`echo b\``]"
echo "quotes inside [$(echo "it's )")]"
echo "case inside [$(case x in x) echo matched;; esac)]"
echo "pipeline inside [$(echo piped | cat)]"
x=$(false); echo "status of a lone substitution: $?"
x=$(exit 7); echo "status: $?"
echo $(false); echo "status after echo: $?"
y=outer; z=$(y=inner; echo $y); echo "y=$y z=$z"
n=$(echo 3); echo "count $n $(($n + 1))"
IFS=:; for w in $(echo a:b:c); do echo "IFS field [$w]"; done; IFS=' 	
'
echo $((1 + 2 * 3)) $(( (1 + 2) * 3 )) $((7 / 2)) $((-7 % 3)) $((2 > 1)) $((1 == 2))
i=5; echo $((i * 2)) $(($i - 1))
echo $((0x10 + 010)) $((1 << 4)) $((6 & 3)) $((6 | 3)) $((!0)) $((1 ? 10 : 20))
j=0; while [ $j -lt 3 ]; do j=$((j + 1)); done; echo "j=$j"
echo "unset counts as zero: $((nosuch + 1))"
sh -c 'echo $((1 / 0)); echo not reached'; echo "status $?"
sh -c 'echo $(echo'; echo "status $?"
sh -c 'echo `echo'; echo "status $?"
sh -c 'echo $((1 + 2'; echo "status $?"
i=0; while [ $((i += 1)) -le 3 ]; do echo "assigning loop $i"; done; echo "end $i"
echo $((a = 5)) $a $((a *= 2)) $a $((b = c = 7)) $b $c
x=3; : $((x -= 1)); echo "x=$x"
