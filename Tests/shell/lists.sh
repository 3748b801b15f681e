# ; && || pipelines, subshells, background jobs and wait.
true && echo and-runs
false && echo and-skipped
false || echo or-runs
true || echo or-skipped
false || false && echo never; echo after
! false && echo negated
echo piped | sh -c 'read line; echo got $line'
echo one | sh -c 'read a; echo $a two' | sh -c 'read b; echo $b three'
(echo in-subshell; exit 4); echo "subshell status $?"
sh -c 'exit 3' & wait $!; echo "waited status $?"
sh -c 'echo bg1' & wait
echo done
sh -c 'exit 3' & p=$!; sleep 1; wait $p; echo "status of a job reaped during another wait: $?"
sh -c 'exit 4' & sleep 1; wait %1; echo "wait %1 after it ended: $?"
