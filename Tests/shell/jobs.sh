# The job builtins' errors, as dash words them: no such job, no current job, a bad
# option or number; each is status 2 and the script goes on.
jobs %9; echo "status $?"
jobs -x; echo "status $?"
fg %3; echo "status $?"
bg %2; echo "status $?"
fg; echo "status $?"
wait %4; echo "status $?"
wait %x; echo "status $?"
wait abc; echo "status $?"
kill %5; echo "status $?"
