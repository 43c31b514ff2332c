#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Lists C++ function bodies longer than a limit (lines from the signature to the closing brace).

    python3 tests/tools/funclen.py [--max N] [--top K] DIR...

A function is a brace block at namespace or class scope whose head ends like a function
signature; lambdas and blocks inside a function count towards that function. Exit code 1
when any function is longer than --max (default 100).
"""
import argparse
import os
import re
import sys

CONTAINER = re.compile(r'\b(namespace|class|struct|union|enum)\b[^()]*$|extern\s+"C"\s*$')


def strip(text):
    """Blanks out comments, string and character literals, keeping line breaks."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(''.join(ch if ch == '\n' else ' ' for ch in text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ')' + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append(''.join(ch if ch == '\n' else ' ' for ch in text[i:j]))
            i = j
        elif c in '"\'':
            if (c == "'" and i > 0 and text[i - 1].isdigit() and i + 2 < n and text[i + 1].isalnum()
                    and text[i + 2] != "'"):  # digit separator 1'000
                out.append(' ')
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(' ' * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def functions(path):
    with open(path, encoding='utf-8', errors='replace') as f:
        text = strip(f.read())
    text = re.sub(r'^\s*#.*$', lambda m: ' ' * len(m.group(0)), text, flags=re.M)
    stack = []  # 'container' | 'function' | 'other'
    head_start = 0  # index where the current head (text since the last ; { }) starts
    result = []
    line_of = lambda idx: text.count('\n', 0, idx) + 1
    for i, c in enumerate(text):
        if c == '{':
            inside_function = any(k[0] == 'function' for k in stack)
            head = text[head_start:i].strip()
            kind = 'other'
            if not inside_function:
                if CONTAINER.search(head) or head.endswith('='):
                    kind = 'container' if CONTAINER.search(head) else 'other'
                elif re.search(r'\)\s*(const|override|final|noexcept|mutable|&|&&|\s|->\s*[\w:<>,\s*&]+)*$', head) \
                        or re.search(r'\)\s*:\s*[\s\S]*$', head):
                    kind = 'function'
            start = head_start + (len(text[head_start:i]) - len(text[head_start:i].lstrip()))
            stack.append((kind, start))
            head_start = i + 1
        elif c == '}':
            if stack:
                kind, start = stack.pop()
                if kind == 'function' and not any(k[0] == 'function' for k in stack):
                    name = re.sub(r'\s+', ' ', text[start:text.find('(', start)]).strip().split(' ')[-1]
                    first, last = line_of(start), line_of(i)
                    result.append((last - first + 1, path, first, name))
            head_start = i + 1
        elif c == ';':
            head_start = i + 1
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--max', type=int, default=100)
    ap.add_argument('--top', type=int, default=10)
    ap.add_argument('dirs', nargs='+')
    args = ap.parse_args()
    found = []
    for d in args.dirs:
        for root, _, files in os.walk(d):
            for name in files:
                if name.endswith(('.cpp', '.h')):
                    found += functions(os.path.join(root, name))
    found.sort(reverse=True)
    total = sum(f[0] for f in found)
    print(f'{len(found)} functions, {total} lines in function bodies; longest:')
    for length, path, line, name in found[:args.top]:
        print(f'  {length:4d}  {path}:{line}  {name}')
    over = [f for f in found if f[0] > args.max]
    print(f'{len(over)} longer than {args.max} lines')
    return 1 if over else 0


if __name__ == '__main__':
    sys.exit(main())
