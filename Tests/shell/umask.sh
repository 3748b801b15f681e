# umask: printed as 0022 or (-S) the permissions kept; set from octal (kept to 0777) or
# symbolic clauses relative to the mask before; dash's errors; new files get the mask.
umask 022; umask; umask -S
umask 027; umask; umask -S
umask 0; umask -S
umask 1234567; umask
umask 7777; umask -S
umask 022; umask u=x,g=w; umask; umask -S
umask 077; umask +w; umask
umask 022; umask o=u; umask
umask 022; umask u=r,g=u; umask
umask 022; umask a-x,o=X; umask
umask 022; umask g=u-w,o=g+u; umask
umask 022; umask =; umask
umask 022; umask a=r,; umask
umask -S 077; echo "set with -S: $? $(umask)"
umask -- 033; umask
umask 8; echo "status $?"
umask 0x; echo "status $?"
umask u; echo "status $?"
umask u+t; echo "status $?"
umask ,u=r; echo "status $?"
umask -p; echo "status $?"
umask; type umask
umask 027
D=/tmp/apus-sh-umask.$$
rm -rf $D; mkdir $D; : > $D/file
set -- $(ls -ld $D); echo "$1"
set -- $(ls -l $D/file); echo "$1"
rm -rf $D
(umask 0; umask); umask
