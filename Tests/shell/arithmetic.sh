# $(( )): the unused operand of && || ?: is parsed but not evaluated (no assignment, no
# division by zero, no bad number); no ++/-- and no comma operator, as in dash.
x=0
echo $((1 || (x = 5))) $x
echo $((0 && (x = 5))) $x
echo $((0 || (x = 5))) $x
x=0; y=0
echo $((1 ? (x = 2) : (y = 3))) $x $y
echo $((0 ? (x = 7) : (y = 3))) $x $y
x=0
echo $((0 ? x = 3 : 4)) $x
echo $((1 ? x = 3 : 4)) $x
echo $((0 && 1 / 0)) $((1 || 1 % 0)) $((1 ? 1 : 1 / 0))
bad=abc
echo $((0 && bad)) $((0 ? bad : 2))
x=0
echo $((0 || 0 && (x = 1))) $x
echo $((1 && 0 || (x = 3))) $x
echo $((0 ? 2 : 0 ? 4 : 5)) $((1 ? 2 : 3 ? 4 : 5))
x=3
echo $((++x)) $((--x)) $((x+++1)) $((- -x)) $x
sh -c 'x=1; echo $((x++))'; echo "status $?"
sh -c 'x=1; echo $((x--))'; echo "status $?"
sh -c 'echo $((1, 2))'; echo "status $?"
sh -c 'echo $((0 && 1 + ))'; echo "status $?"
sh -c 'bad=abc; echo $((1 && bad))'; echo "status $?"
sh -c 'echo $((1 / 0))'; echo "status $?"
