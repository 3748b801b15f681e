# getopts: OPTIND/OPTARG, clusters and attached arguments, `--`, silent mode (leading ':'),
# dash's messages for a bad option or a missing argument, OPTIND=1 to start again.
set -- -a -b arg -c x y
while getopts ab:c opt; do echo "$opt [${OPTARG-unset}] $OPTIND"; done
echo "end $? $opt $OPTIND"; shift $((OPTIND - 1)); echo "rest: $*"
set -- -abfoo -- -a
while getopts ab: opt; do echo "$opt [${OPTARG-unset}] $OPTIND"; done
echo "end $? $opt $OPTIND"
set -- -xay -b
while getopts ab opt; do echo "$? $opt [${OPTARG-unset}] $OPTIND"; done
OPTIND=1
while getopts :ab opt; do echo "$? $opt [${OPTARG-unset}] $OPTIND"; done
set -- -b
getopts ab: opt; echo "$? $opt [${OPTARG-unset}]"
OPTIND=1; getopts :ab: opt; echo "$? $opt [${OPTARG-unset}]"
getopts ab opt -a -b; echo "$? $opt $OPTIND"
set -- operand; getopts ab opt; echo "$? $opt $OPTIND"
set -- -a -b; getopts ab opt
f() { getopts xy opt -y; echo "in f: $? $opt $OPTIND"; }
f; getopts ab opt; echo "after f: $? $opt $OPTIND"
getopts; echo "status $?"
getopts ab 1x -a; echo "status $?"
