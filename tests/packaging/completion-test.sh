#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# usage: completion-test.sh DIR
# Sources the generated bash completions DIR/slactl (and DIR/sladesk) and checks COMPREPLY as
# bash's programmable completion would fill it for a command line with the cursor at its end.
set -u
dir=$1
fail=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# shellcheck source=/dev/null
source "$dir/slactl" || { echo "FAIL: cannot source $dir/slactl"; exit 1; }
# shellcheck source=/dev/null
[ -e "$dir/sladesk" ] && source "$dir/sladesk"

# complete LINE: runs the completion function of LINE's first word with the cursor at the end,
# splitting the words as readline does (blanks, and "=" as a word of its own).
complete_line() {
    local line=$1
    COMP_LINE=$line
    COMP_POINT=${#line}
    local spaced=${line//=/ = }
    read -r -a COMP_WORDS <<<"$spaced"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    local fn
    fn=$(complete -p "${COMP_WORDS[0]}" | sed -E 's/.*-F ([^ ]+).*/\1/')
    "$fn" "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]:-}"
}

# expect LINE WORD...: COMPREPLY is exactly the WORDs (in any order).
expect() {
    local line=$1; shift
    complete_line "$line"
    local got want
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ')
    want=$(printf '%s\n' "$@" | sort | tr '\n' ' ')
    if [[ $got == "$want" ]]; then
        echo "ok   '$line' -> $got"
    else
        echo "FAIL '$line' -> '$got', expected '$want'"; fail=1
    fi
}

# expect_has LINE WORD...: COMPREPLY contains every WORD.
expect_has() {
    local line=$1; shift
    complete_line "$line"
    local w missing=()
    for w in "$@"; do
        printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$w" || missing+=("$w")
    done
    if ((${#missing[@]})); then
        echo "FAIL '$line' -> '${COMPREPLY[*]}', missing '${missing[*]}'"; fail=1
    else
        echo "ok   '$line' has $*"
    fi
}

mkdir -p "$scratch/ws/data" "$scratch/other dir"
touch "$scratch/ws/sla.yaml" "$scratch/junit.xml" "$scratch/jobs.txt"
cd "$scratch" || exit 1

expect 'slactl va' validate
expect 'slactl ev' evaluate
expect 'slactl --verbose ga' gate
expect_has 'slactl ' validate convert evaluate gate explain credentials datadog-slos annotate \
    watch rules backtest report
expect 'slactl --ver' --verbose --version
expect_has 'slactl report --' --from --to --period --tz --sla --history --output --paper --help
expect 'slactl report --pa' --paper
expect 'slactl report ws --paper ' a4 letter
expect 'slactl report ws --paper=' a4 letter
expect 'slactl evaluate ws --format j' json
expect 'slactl convert --to ' sladesk openslo
expect 'slactl watch ws --log-format ' text json
expect 'slactl annotate ws --kind ' deploy incident note
expect 'slactl credentials ' set delete
expect 'slactl credentials --workspace ws ' set delete
# Files for options whose value is a FILE, folders for a DIR, nothing for other values.
expect 'slactl gate --junit ' junit.xml jobs.txt ws 'other dir'
expect 'slactl gate --junit j' junit.xml jobs.txt
expect 'slactl gate ws --junit=ju' junit.xml
expect 'slactl gate ws -x --junit ju' junit.xml
expect 'slactl watch ws --state ' ws 'other dir'
expect 'slactl evaluate ws --at ' 
expect 'slactl report ws -o ju' junit.xml
# Positional arguments: paths where they name files or folders, nothing for names.
expect 'slactl validate w' ws
expect 'slactl validate ws/sla.yaml ju' junit.xml
expect 'slactl validate ws/' ws/data ws/sla.yaml
expect 'slactl evaluate --format json w' ws
expect 'slactl explain ws ' 
expect 'slactl datadog-slos ' 
expect 'slactl datadog-slos prod w' ws
if declare -F _sladesk >/dev/null; then
    expect 'sladesk --sele' --select
    expect_has 'sladesk --' --demo --new-instance --self-test-dump --help --version
    expect 'sladesk w' ws
    expect 'sladesk --select ' 
fi
exit $fail
