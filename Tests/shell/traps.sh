# trap: EXIT commands when the shell ends (exit, end of script, with $? kept), a signal
# caught between commands, '' ignoring one, - resetting, and subshells' own traps.
sh -c 'trap "echo exit trap runs, status \$?" EXIT; echo body; exit 3'; echo "status $?"
sh -c 'trap "echo at the end" EXIT; echo last command'
sh -c 'trap "echo caught USR1" USR1; kill -USR1 $$; echo after the signal'
sh -c 'trap "" TERM; kill -TERM $$; echo TERM ignored'
sh -c 'trap "echo never" USR1; trap - USR1; kill -USR1 $$; echo not reached'; echo "status $?"
sh -c 'trap "echo parent exit" EXIT; (trap "echo subshell exit" EXIT; echo in subshell); echo parent goes on'
sh -c 'trap "echo x" INT EXIT; trap'
sh -c 'trap "echo bad" NOSUCH'; echo "status $?"
sh -c 'f() { trap "echo from function" EXIT; }; f; echo before exit'
