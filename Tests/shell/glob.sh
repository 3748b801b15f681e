# Pathname expansion: * ? [...] [!...] on unquoted words, sorted bytewise (C locale),
# leading dots only matched explicitly, no match leaves the word, quoting turns it off.
D=/tmp/apus-sh-glob
rm -rf $D
mkdir $D $D/sub $D/sub/deeper
cd $D
for f in b.txt a.txt C.txt .hidden a1 a2 ab 'sp ace' sub/x.c sub/y.c sub/deeper/z; do : > "$f"; done
echo *
echo *.txt
echo a?
echo a[12]
echo a[!1]*
echo [[:upper:]]*
echo .*
echo .h*
echo sub/*.c
echo */*.c
echo */*/z
echo s*/
echo $D/sub/*.c
echo nomatch*
echo "no*quote" 'a*' a\*
P='*.txt'; echo $P
echo "$P"
for f in *; do echo "file [$f]"; done
set -- a*; echo "$# matches, first $1"
case a1 in a[0-9]) echo "case uses patterns too";; esac
echo sp*
echo [a
cd /
rm -rf $D
