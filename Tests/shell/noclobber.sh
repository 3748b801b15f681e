# set -C / set -o noclobber (dash): `>` does not overwrite an existing regular file
# ("cannot create F: File exists", status 2), `>|` does, `>>` appends, a device such as
# /dev/null is still written; `$-` shows C; set +C turns it off.
D=/tmp/apus-sh-noclobber.$$
mkdir $D && cd $D || exit 1
F=file
set -C; echo "flags $-"
echo first > $F; echo "new file: $?"
echo second > $F 2>/dev/null; echo "existing file: $?"
cat $F
echo third > $F 2>&1 | cat
echo forced >| $F; cat $F
echo appended >> $F; cat $F
echo gone > /dev/null; echo "a device: $?"
(echo sub > $F; echo never); echo "in a subshell: $?"
set +o noclobber; echo "flags [$-]"
echo overwritten > $F; cat $F
cd / && rm -r $D
