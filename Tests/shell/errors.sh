# Not found, permission denied, scripts as `sh script` and as #! executables, syntax errors.
nosuch; echo "status $?"
./nosuch; echo "status $?"
F=/tmp/apus-sh-noexec
echo 'echo never' > $F
$F; echo "status $?"
sh $F; echo "sh script status $?"
sh ./helper-script.sh arg1 'arg 2'; echo "status $?"
./helper-script.sh arg1 'arg 2'; echo "status $?"
sh -c 'echo "open'; echo "status $?"
sh -c 'echo a | | b'; echo "status $?"
sh -c 'exit 300'; echo "status $?"
rm -f $F
