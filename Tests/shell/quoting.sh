# Quoting, escapes and quote removal.
echo 'single  $HOME "x"'
echo "double  \$HOME \"x\" \\ \z"
echo a\ b\;c \# not-a-comment # a comment
echo "" '' end
echo "multi
line"
X='a  b'
echo $X "$X" ${X}c
echo "echo escapes: tab[\t] newline[\n] octal[\0101] backslash[\\\\]"
echo "stops here\c and not here"; echo " <- the next echo"
echo -n "no newline "; echo "then one"
