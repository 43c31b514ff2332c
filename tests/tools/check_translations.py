#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that the committed catalogues are complete and up to date with the sources.

    check_translations.py PROJECT_CMAKE LUPDATE -- LUPDATE_OPTIONS...

PROJECT_CMAKE is the lupdate project qt_add_translations writes at configure time
(build/.../app/.lupdate/sladesk_project.cmake: the sources, include paths and .ts files).
lupdate runs over copies of the .ts files with the options the build uses; the check
fails when a copy differs from the committed file (a string was added, changed or
vanished in the sources and the catalogue was not updated: run the sladesk_lupdate
target), or when a committed catalogue has an unfinished or vanished message.
"""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


def read_project(path):
    values = {}
    with open(path, encoding='utf-8') as f:
        for name, value in re.findall(r'set\((\w+) "([^"]*)"\)', f.read()):
            values[name] = [v for v in value.split(';') if v]
    return values


def main(argv):
    if len(argv) < 3 or '--' not in argv:
        print(__doc__, file=sys.stderr)
        return 2
    project_cmake, lupdate = argv[1], argv[2]
    options = argv[argv.index('--') + 1:]
    project = read_project(project_cmake)
    translations = project.get('lupdate_translations', [])
    if not translations:
        print(f'{project_cmake}: no translations listed', file=sys.stderr)
        return 2
    failures = []
    for ts in translations:
        with open(ts, encoding='utf-8') as f:
            text = f.read()
        for kind in ('unfinished', 'vanished', 'obsolete'):
            count = text.count(f'type="{kind}"')
            if count:
                failures.append(f'{ts}: {count} {kind} message(s)')
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in translations:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        json_path = os.path.join(tmp, 'project.json')
        with open(json_path, 'w', encoding='utf-8') as f:
            json.dump({'projectFile': project.get('lupdate_project_file', [''])[0],
                       'includePaths': project.get('lupdate_include_paths', []),
                       'sources': project.get('lupdate_sources', []),
                       'translations': copies}, f)
        run = subprocess.run([lupdate, '-project', json_path] + options, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 1
        for ts, copy in zip(translations, copies):
            with open(ts, encoding='utf-8') as a, open(copy, encoding='utf-8') as b:
                old, new = a.read().splitlines(), b.read().splitlines()
            if old != new:
                diff = list(difflib.unified_diff(old, new, ts, 'lupdate', lineterm='', n=1))
                failures.append(f'{ts} is out of date with the sources (build the sladesk_lupdate target, '
                                f'then translate):\n' + '\n'.join(diff[:40]))
    for failure in failures:
        print(failure, file=sys.stderr)
    if not failures:
        print(f'{len(translations)} catalogue(s) complete and up to date')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
