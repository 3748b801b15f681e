# Here-documents: expansions in the body unless the delimiter is quoted, <<- strips tabs,
# two on one line, into loops, pipes, functions and command substitutions.
x=value
cat <<EOF
plain $x and $(echo sub) and `echo bq`
  indented \$x \\ back\
slash joined
EOF
cat <<'EOF'
quoted $x `no`
EOF
cat <<-EOF
	tab stripped $x
	EOF
cat <<A; cat <<B
first doc
A
second doc
B
while read l; do echo "line: $l"; done <<EOF
one
two
EOF
cat <<EOF | cat
piped $x
EOF
f() { cat; }; f <<EOF
to a function
EOF
echo "after: $(cat <<EOF
in a substitution
EOF
)"
cat <<EOF
EOF
echo done
