# Every redirection: < > >> 2> 2>&1 n>&m, n< and >&- , on builtins and children.
F=/tmp/apus-sh-redir.$$
echo first > $F
echo second >> $F
read a < $F; echo "read: $a"
sh -c 'read a; read b; echo "child read: $a $b"' < $F
sh -c 'echo to-stderr 1>&2' 2> $F; read e < $F; echo "stderr went to file: $e"
sh -c 'echo both; echo err 1>&2' > $F 2>&1; sh -c 'read x; read y; echo "$x+$y"' < $F
echo via-fd3 3> $F 1>&3; read v < $F; echo "fd3: $v"
exec_test=1 sh -c 'read z 0<&4; echo "fd4: $z"' 4< $F
sh -c 'echo closed 2>&-; echo $?'
echo x > /nonexistent/dir/file; echo "status $?"
read q < /nonexistent; echo "status $?"
: > $F; read w < $F; echo "empty: $? [$w]"
rm -f $F
