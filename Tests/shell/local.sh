# local in functions (dash): dynamic scoping, restored on return with the export flag;
# `local x` keeps the outer value; `local -` saves the options; special builtins keep
# the assignments before them; export/local operands are assignments (not split).
x=outer
f() { local x; echo "in [${x-unset}]"; x=inner; echo "in $x"; }
f; echo "out $x"
unset x
f; echo "out [${x-unset}]"
x=outer
g() { echo "g sees $x"; x=set-by-g; }
h() { local x=1 y=2; echo $x $y; g; echo "h now $x"; }
h; echo "out $x [${y-unset}]"
a() { local v=a; b; echo "a: $v"; }
b() { local v=b; echo "b: $v"; v=bb; }
a; echo "[${v-unset}]"
export E=outer
child() { sh -c "echo \"$1 in a child: [\${$1-unset}]\""; }
e() { local E=in; child E; }
e; child E
n() { local N=in; export N; child N; }
n; child N; echo "N [${N-unset}]"
x=o
u() { local x=in; unset x; echo "u [${x-unset}]"; }
u; echo "x [${x-unset}]"
r() { local x=1; return 3; }
r; echo "status $? x $x"
t() { local x; echo "t [${x-u}]"; }
x=prefix t; echo "x $x"
o() { local -; set -f; echo "o [$-]"; }
o; echo "after o [$-]"
s="1 2"
w() { local y=$s z=~; echo "[$y] [$z]"; }
HOME=/home/h w
export X=$s; echo "[$X]"
p() { q=1 local m=2; echo "$q $m"; }
p; echo "[$q] [${m-unset}]"
z=1 :; echo "z $z"
type local :
sub() { ( local x=sub; echo "$x" ); local x=1 | cat; echo "sub [$x]"; }
sub
sh -c 'local x=1; echo after'; echo "status $?"
sh -c 'f() { local 1x=2 y=3; echo "in $? $y"; }; f; echo after'; echo "status $?"
sh -c 'f() { local x=1; exit 3; }; trap "echo trap x \$x" EXIT; f'; echo "status $?"
