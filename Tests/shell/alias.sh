# alias and unalias (dash): definitions listed as name='value' in dash's quoting, "not found"
# messages (no line number) with status 1; an alias is expanded where a command starts when
# the line is read, so one defined on a line holds from the next line; the word after an
# alias ending in a blank is expanded too; quoting a word keeps it from being an alias.
alias t_ll='echo ll:' t_e='echo ' t_w=world
t_ll a
alias
alias t_ll
alias t_nosuch; echo "status $?"
alias t_ll t_nosuch t_w; echo "status $?"
alias t_a=echo; t_a on the same line
t_a on the next line
t_e t_w
t_e t_e t_w
t_ll t_w
x=1 t_ll after an assignment
\t_ll escaped
't_ll' quoted
echo t_ll as an argument
alias t_q="echo 'it''s'"
t_q
alias t_q
alias t_ls='t_ls -x' t_ls2='t_ls '; t_ls() { echo "function t_ls: $*"; }
t_ls not expanded inside itself
t_ls2 t_w
alias t_begin='{' t_end='}' t_if='if true; then'
t_begin echo in braces; t_end
t_if echo in an if; fi
f() { t_e t_w; }
f
echo "$(t_ll in a substitution)" `t_ll in backquotes`
t_ll piped | cat
true && t_ll after and
alias t_lines='echo one
echo two'
t_lines
alias t_empty=''
t_empty echo after an empty alias
type t_ll
command -v t_q
eval 'alias t_ev="echo from eval"
t_ev'
unalias t_ll; echo "status $?"
unalias t_ll; echo "status $?"
unalias t_nosuch t_w; echo "status $?"
t_ll gone
unalias -a; alias; echo "alias after -a: $?"
unalias -x; echo "status $?"
unalias; echo "status $?"
alias t_c='echo before a comment #'
t_c the rest of the line is a comment; echo not run either
echo next line
