#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# usage: manpages-lint.sh DIR
# Every DIR/*.1 formats without a roff warning (the check lintian runs), has the sections a
# page needs, and its .1.gz holds the same bytes without a name or time stamp (gzip -n).
set -u
dir=$1
fail=0
found=0
for page in "$dir"/*.1; do
    [ -e "$page" ] || continue
    found=$((found + 1))
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    if [ -n "$warnings" ]; then
        echo "FAIL $page: roff warnings:"; echo "$warnings"; fail=1
    fi
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS '"SEE ALSO"'; do
        grep -q "^\.SH $section\$" "$page" || { echo "FAIL $page: no section $section"; fail=1; }
    done
    if ! gzip -dc "$page.gz" | cmp -s - "$page"; then
        echo "FAIL $page.gz: not the page's bytes"; fail=1
    fi
    # Bytes 4-7 of a gzip header are the time stamp, byte 3 the flags (8: a file name).
    header=$(od -An -tu1 -N8 "$page.gz" | tr -s ' ')
    case $header in
        " 31 139 8 0 0 0 0 0"*) ;;
        *) echo "FAIL $page.gz: gzip header with a name or a time: $header"; fail=1 ;;
    esac
    # A line starting with ' or . that is not a request would be eaten by roff.
    if grep -n "^'" "$page"; then echo "FAIL $page: a line starts with '"; fail=1; fi
    echo "checked $page"
done
[ "$found" -gt 0 ] || { echo "FAIL: no page in $dir"; exit 1; }
exit $fail
