# export of a name that is not set (dash): it is exported but stays unset — out of a
# child's environment and `set`, "export NAME" in `export -p` — until it gets a value;
# `local` in a function puts it back as it was. export -p in dash's quoting.
mine() { while IFS= read -r line; do case $line in t_*|"export t_"*) printf '%s\n' "$line" ;; esac; done; }
export t_x
env | mine
export -p | mine
set | mine
echo "[${t_x-unset}] [${t_x:-empty}]"
f() { local t_x; t_x=in-f; env | mine; }
f
echo "after f [${t_x-unset}]"
export -p | mine
t_x=; env | mine
t_x="a'b c"; env | mine; export -p | mine
unset t_x; export -p | mine; echo "unset: [${t_x-unset}]"
export t_y; t_y=later; env | mine
export t_p=1 t_q; export -p | mine
(export 1x=2; echo never); echo "bad name: $?"
(export -z; echo never); echo "bad option: $?"
(unset 1x; echo never); echo "unset bad name: $?"
(command unset 1x; echo "command unset bad name: $?")
export t_w; t_w=1 true; export -p | mine; echo "after t_w=1 true [${t_w-unset}]"
g() { echo "in g [$t_w]"; env | while IFS= read -r line; do case $line in t_w=*) echo "$line" ;; esac; done; }; t_w=2 g; export -p | mine; echo "after t_w=2 g [${t_w-unset}]"
