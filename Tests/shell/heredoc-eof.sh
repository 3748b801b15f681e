# A here-document without its delimiter line ends at the end of the input, as in dash
# (the last line keeps its newline only if it had one); this script itself ends in one.
sh -c 'cat <<EOF
one
two'; echo "[status $?]"
sh -c 'y=value; cat <<EOF
line $y'; echo "[status $?]"
sh -c 'cat <<"EOF"
$x
EO'; echo "[status $?]"
sh -c 'cat <<EOF'; echo "[status $?]"
sh -c 'cat <<A <<B
a
A
b'; echo "[status $?]"
eval 'cat <<E
from eval'; echo "[status $?]"
sh -c 'if true; then cat <<E
inside if
'; echo "[status $?]"
echo 'cat <<E
from a pipe' | sh; echo "[status $?]"
x=last
cat <<EOF
the script's last here-document: $x
EOF-not-quite
