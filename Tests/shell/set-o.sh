# set -o and set +o (dash): the listing of every option, the commands that restore them,
# option names after -o/+o (also inside a cluster: -eo nounset), "Illegal option -o name"
# ending a non-interactive shell (not under `command`); sh -o name at startup.
set -o
set +o
set -o errexit -o noglob; echo "flags $-"
echo /*
set +o noglob +o errexit; echo "flags [$-]"
set -eo nounset; echo "flags $-"
set +o | while IFS= read -r line; do case $line in *-o*) echo "$line" ;; esac; done
set +eu
saved=$(set +o)
set -efux
eval "$saved"; echo "restored [$-]"
set -o xtrace; echo traced 2>&1; set +o xtrace 2>/dev/null
(set -o bogus; echo never); echo "unknown name: $?"
(set +o bogus; echo never); echo "unknown name with +o: $?"
(command set -o bogus; echo "under command: $?")
(set -o noglob,errexit; echo never); echo "a list: $?"
(set -z; echo never); echo "unknown letter: $?"
sh -o errexit -c 'echo "sh -o: $-"; false; echo never'; echo "status $?"
sh -c 'set -o | while read -r name state; do case $name in xtrace|nounset) echo "$name $state" ;; esac; done' -u
