# bash bash-complete.sh SCRIPT WORD...: sources SCRIPT, sets the words of a command line as bash
# does before it calls a completion function (the last word is the one under the cursor, at its
# end), calls the function that 'complete -p heatmap' names, and prints what it offers, one a line.
source "$1" || exit 3
shift
spec=$(complete -p heatmap) || exit 4
fn=${spec#*-F }
fn=${fn%% *}
COMP_WORDS=("$@")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
COMP_LINE="${COMP_WORDS[*]}"
COMP_POINT=${#COMP_LINE}
COMPREPLY=()
"$fn" heatmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" || exit 5
printf '%s\n' "${COMPREPLY[@]}"
