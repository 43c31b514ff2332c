#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that no source file includes a header of a higher layer.

    python3 tests/tools/check_layers.py ROOT     check the tree at ROOT
    python3 tests/tools/check_layers.py --self-test

The layers and what each may use are read from ROOT/core/CMakeLists.txt, the one place they
are declared: every `sla_add_layer(LIB DIR PUBLIC ... PRIVATE ...)` call makes core/DIR the
library LIB, which may include the folders of the sla* libraries it links, transitively.
ui/ may include any of core/, app/ anything; core/ never includes ui/ or app/, and ui/ never
includes app/. Exit code 1 and one `file:line: ...` line per upward include when any stands.
The link checks (cmake/SlaHelpers.cmake, sla_link_check) prove the same for calls.
"""
import os
import re
import sys
import tempfile

LAYER_CALL = re.compile(r'^\s*sla_add_layer\(\s*(\w+)\s+([\w/]+)(.*?)\)', re.S | re.M)
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"((core|ui|app)/[^"]+)"', re.M)


def read_layers(cmake_text):
    """{folder: set of folders it may include} from the sla_add_layer calls."""
    libs = {}  # library -> (folder, direct sla* dependencies)
    for lib, folder, rest in LAYER_CALL.findall(cmake_text):
        deps = {w for w in rest.split() if w.startswith('sla') and w != lib}
        libs[lib] = (folder, deps)
    allowed = {}
    for lib, (folder, _) in libs.items():
        seen, todo = set(), [lib]
        while todo:
            current = todo.pop()
            if current in seen or current not in libs:
                continue
            seen.add(current)
            todo.extend(libs[current][1])
        allowed[folder] = {libs[name][0] for name in seen}
    return allowed


def top_folder(path):
    """`core/metrics` for core/metrics/datadog/x.h, `ui` for ui/charts/y.h, else the root folder."""
    parts = path.split('/')
    if parts[0] == 'core' and len(parts) > 2:
        return 'core/' + parts[1]
    return parts[0]


def violations(root):
    with open(os.path.join(root, 'core', 'CMakeLists.txt'), encoding='utf-8') as f:
        layers = read_layers(f.read())
    if not layers:
        return ['core/CMakeLists.txt: no sla_add_layer() calls found']
    out = []
    for area in ('core', 'ui', 'app'):
        for dirpath, _, files in os.walk(os.path.join(root, area)):
            for name in sorted(files):
                if name.endswith(('.h', '.cpp')):
                    path = os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, '/')
                    out += file_violations(root, path, layers)
    return out


def file_violations(root, path, layers):
    with open(os.path.join(root, path), encoding='utf-8', errors='replace') as f:
        text = f.read()
    source = top_folder(path)
    out = []
    for m in INCLUDE.finditer(text):
        target = top_folder(m.group(1))
        line = text.count('\n', 0, m.start()) + 1
        if source.startswith('core/'):
            folder = source[len('core/'):]
            if folder not in layers:
                out.append(f'{path}:{line}: core/{folder} is no layer of core/CMakeLists.txt')
                break
            ok = target.startswith('core/') and target[len('core/'):] in layers[folder]
        elif source == 'ui':
            ok = target != 'app'
        else:
            ok = True
        if not ok:
            out.append(f'{path}:{line}: {source} may not include {m.group(1)} (a higher layer)')
    return out


def self_test():
    """The checker finds an upward include and a folder that is no layer, and passes a clean tree."""
    cmake = ('sla_add_layer(slalow low)\n'
             'sla_add_layer(slamid mid PUBLIC slalow)\n'
             'sla_add_layer(slahigh high\n    PUBLIC slamid PRIVATE Qt6::Core)\n')
    files = {
        'core/CMakeLists.txt': cmake,
        'core/low/a.h': '#include "core/low/b.h"\n',
        'core/mid/m.cpp': '#include "core/low/a.h"\n#include "core/mid/m.h"\n',
        'core/high/deep/h.cpp': '#include "core/low/a.h"\n#include "core/mid/m.h"\n',
        'ui/w.cpp': '#include "core/high/deep/h.h"\n',
        'app/main.cpp': '#include "ui/w.h"\n',
    }
    with tempfile.TemporaryDirectory() as root:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), 'w', encoding='utf-8') as f:
                f.write(text)

        for rel, text in files.items():
            write(rel, text)
        clean = violations(root)
        write('core/low/a.h', '// ok\n\n#include "core/mid/m.h"\n')
        write('core/other/x.cpp', '#include "core/low/a.h"\n')
        write('ui/w.cpp', '#include "app/main.h"\n')
        found = violations(root)
    expected = ['core/low/a.h:3: core/low may not include core/mid/m.h (a higher layer)',
                'core/other/x.cpp:1: core/other is no layer of core/CMakeLists.txt',
                'ui/w.cpp:1: ui may not include app/main.h (a higher layer)']
    if clean or sorted(found) != expected:
        print(f'self-test failed: clean tree gave {clean}, broken tree gave {sorted(found)}')
        return 1
    print('self-test passed: 3 planted upward includes found, clean tree passes')
    return 0


def main(argv):
    if argv == ['--self-test']:
        return self_test()
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    found = violations(argv[0])
    for line in found:
        print(line)
    if found:
        print(f'{len(found)} include(s) of a higher layer')
        return 1
    print('no file includes a header of a higher layer')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
