# The other ${...} forms: = := (assign), ? :? (fail), # ## % %% (strip a pattern), also
# inside double quotes and with quoted or variable patterns.
f=dir/sub/file.tar.gz
echo "${f%.*} ${f%%.*} ${f#*/} ${f##*/}"
echo "${f%"."*}" "${f%'.*'}" ${f%x} ${f#} ${#f}
p='*/'; echo "${f#$p}" "${f##$p}"
echo "${f%?}" "${f%%*}" "[${nothing%x}]"
for script in a.sh b.sh c.txt; do echo "${script%.sh}"; done
echo "${new=assigned value}"; echo "new is now [$new]"
empty=; echo "${empty:=filled}" "[$empty]"; echo "${empty=not used}"
echo ${words=one two}; for w in ${words}; do echo "[$w]"; done
echo "${f?}" "${f:?}"
sh -c 'echo ${missing?}; echo never'; echo "status $?"
sh -c 'e=; echo ${e:?}; echo never'; echo "status $?"
sh -c 'echo ${missing?it is gone}; echo never'; echo "status $?"
sh -c 'echo ${1=x}'; echo "status $?"
