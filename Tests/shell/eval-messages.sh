# Messages from commands that eval and `.` run name them, as dash does
# ("NAME: LINE: eval: MESSAGE"); a builtin run by them names only itself.
eval 'nosuch'; echo "status $?"
eval 'cd /nonexistent'; echo "status $?"
eval 'eval "nosuch2"'; echo "status $?"
f() { eval 'nosuch3'; }; f; echo "status $?"
sh -c 'eval "if"'; echo "syntax status $?"
D=/tmp/apus-sh-dot
printf 'nosuch4\necho "in dot $?"\ncd /nonexistent\n' > $D
. $D; echo "status $?"
sh -c 'x=1; readonly x; eval "x=2"'; echo "readonly status $?"
nosuch5; echo "after: status $?"
rm -f $D
