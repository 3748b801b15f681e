# set -e (not in tests, on the left of && ||, or after !), set -x traces, set -f turns
# globbing off, set -- and options together, eval, return outside a function.
sh -c 'set -e; echo a; false; echo never'; echo "status $?"
sh -c 'set -e; false || echo "or saves"; false && echo no; echo "and-list left side"'
sh -c 'set -e; if false; then :; fi; while false; do :; done; ! true; echo "tests do not exit"'
sh -c 'set -e; f() { false; echo "in f after false"; }; f && echo and; echo "f in a test"'
sh -c 'set -e; f() { false; echo never; }; f; echo never'; echo "status $?"
sh -c 'set -e; (exit 3); echo never'; echo "status $?"
sh -e -c 'false; echo never'; echo "sh -e status $?"
sh -c 'set -x; x=1 echo traced $x; y=2; set +x; echo untraced' 2>&1
sh -c 'set -f; echo /*; set +f; echo /b*n' 2>&1
sh -c 'set -e -- a b; echo "$# args: $*"; false; echo never'
sh -c 'set -q'; echo "status $?"
sh -c 'eval "echo evaluated; x=\"a  b\""; echo "[$x]"'
sh -c 'eval "if"; echo never'; echo "status $?"
sh -c 'echo before; return 4; echo never'; echo "status $?"
