# zsh -f zdrive.zsh SCRIPT OUT LINE: types LINE and a TAB into an interactive zsh with compinit and
# SCRIPT loaded, and writes each completion offered to OUT, one a line.
zmodload zsh/zpty || exit 3
script=$1 out=$2 line=$3
: >| $out
zpty comp zsh -f -i
zpty -w comp "PS1='' PS2='' RPS1=''; unsetopt zle_bracketed_paste; LISTMAX=100000; autoload -Uz compinit; compinit -u -D"
zpty -w comp "source ${(q)script} || print -r -- __FAIL__ >> ${(q)out}"
zpty -w comp "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a __hits; builtin compadd -A __hits \"\$@\"; (( \$#__hits )) && print -rl -- \$__hits >> ${(q)out}; builtin compadd \"\$@\"; }"
zpty -w -n comp "$line"$'\t'
zpty -w -n comp $'\C-a\C-k'
zpty -w comp 'exit'
while zpty -r comp chunk; do :; done
zpty -d comp
