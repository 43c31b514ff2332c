#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Self-test of packaging/gen-from-help.py on a fake slactl and sladesk with awkward help.

    python3 tests/packaging/gen-from-help-selftest.py

The fakes print help texts with a line starting with "." and with "'", backslashes, quotes,
options inside running text and code, an environment variable, a file, wrapped option texts
and a build path as argv[0]. The pages are rendered with man(1); what a reader sees must be
the help's text, unchanged. Also: the output is the same bytes on a second run (and the
date follows SOURCE_DATE_EPOCH), and the completion offers the parsed choices.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEN = os.path.join(ROOT, 'packaging', 'gen-from-help.py')

MAIN = """Usage: slactl COMMAND [OPTIONS] [ARGS...]

Fake tool: a stand-in for the test.

Commands:
  frob          Frobnicate things
  two-words     The second command

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Exit codes: 0 success, 1 failure, 2 usage error.
"""
FROB = r"""Usage: /some/build/tree/app/slactl [options] FILE...
.starts with a dot, has a backslash C:\temp\x and "double" quotes
'starts with a quote; uses --long-opt and -s; see `slactl two-words --dry-run`.
Keys: FAKE_TOKEN_VAR or SLADESK_SECRET_<SOURCE> (e.g. for tests).
Exit code 0 on success.

Options:
  -o, --output <FILE>  Write to FILE. A long description that wraps onto a
                       second line.
  --mode <MODE>        Speed: fast (default) or slow.
  --state <DIR>        Keep the state in DIR.
  -h, --help           Show this help.

Arguments:
  FILE                 Files to frob.
"""
TWO = """Usage: /some/build/tree/app/slactl [options] NAME
Writes WORKSPACE/notes.txt for NAME.

Options:
  --dry-run  Print only.

Arguments:
  NAME       A name.
"""
DESK = """Usage: ./app/sladesk [options] [PATH]
Fake desk

Options:
  -h, --help  Displays help.
  --demo      Open the demo.

Arguments:
  workspace   Workspace folder or file to open.
"""
METAINFO = """<?xml version="1.0" encoding="UTF-8"?>
<component><releases><release version="9.8.7" date="2031-02-03"/></releases></component>
"""


def fake(path, texts):
    with open(path, 'w') as f:
        f.write('#!%s\nimport sys\nT = %r\n' % (sys.executable, texts))
        f.write("a = [x for x in sys.argv[1:] if x != '--help']\n")
        f.write("print(T['--version'] if '--version' in sys.argv else T[a[0] if a else ''], end='')\n")
    os.chmod(path, 0o755)


def generate(tmp, out, env_extra=None):
    env = dict(os.environ)
    env.pop('SOURCE_DATE_EPOCH', None)
    env.update(env_extra or {})
    subprocess.run([sys.executable, '-B', GEN, '--slactl', os.path.join(tmp, 'slactl'),
                    '--sladesk', os.path.join(tmp, 'sladesk'),
                    '--metainfo', os.path.join(tmp, 'metainfo.xml'), '--out-dir', out],
                   check=True, env=env)


def render(page):
    env = dict(os.environ, LC_ALL='C.UTF-8', MANWIDTH='250', MANROFFSEQ='')
    res = subprocess.run(['man', '--warnings', '-E', 'UTF-8', '-l', '-Tutf8', page],
                         capture_output=True, text=True, env=env)
    if res.returncode or res.stderr.strip():
        raise SystemExit('FAIL man %s: rc %d %s' % (page, res.returncode, res.stderr))
    text = re.sub(r'.\x08', '', res.stdout)  # no bold or underline by overstrike
    return ' '.join(text.split())


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def main():
    failures = []

    def check(cond, what):
        print(('ok   ' if cond else 'FAIL ') + what)
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        fake(os.path.join(tmp, 'slactl'),
             {'': MAIN, 'frob': FROB, 'two-words': TWO, '--version': 'slactl 9.8.7\n'})
        fake(os.path.join(tmp, 'sladesk'), {'': DESK, '--version': 'sladesk 9.8.7\n'})
        with open(os.path.join(tmp, 'metainfo.xml'), 'w') as f:
            f.write(METAINFO)
        out1, out2, out3 = (os.path.join(tmp, d) for d in ('one', 'two', 'three'))
        generate(tmp, out1)
        generate(tmp, out2)
        generate(tmp, out3, {'SOURCE_DATE_EPOCH': '1700000000'})

        page = os.path.join(out1, 'man', 'slactl.1')
        roff = read(page).decode()
        text = render(page)
        for want in ['.starts with a dot, has a backslash C:\\temp\\x and "double" quotes',
                     "'starts with a quote; uses --long-opt and -s; see slactl two-words --dry-run.",
                     '-o, --output FILE Write to FILE. A long description that wraps onto a second line.',
                     'slactl frob [options] FILE...', 'slactl two-words [options] NAME',
                     'slactl - Fake tool', 'EXIT STATUS 0 Success. 1 Failure. 2 Usage error.',
                     'ENVIRONMENT FAKE_TOKEN_VAR, SLADESK_SECRET_<SOURCE> Keys:',
                     'FILES WORKSPACE/notes.txt Writes WORKSPACE/notes.txt for NAME.',
                     'SEE ALSO sladesk(1)', '2031-02-03', 'SLA Desk 9.8.7']:
            check(want in text, 'the page shows %r' % want)
        check('/some/build/tree' not in roff, 'no build path in the page')
        stray = [line for line in roff.splitlines() if line[:1] in ('.', "'")
                 and not re.match(r'\.(\\"|TH|SH|SS|PP|TP|RS|RE|br|B|I|BR|nh)( |$)', line)]
        check(not stray, 'every line starting with . is a request %r' % stray)
        check('\\-\\-long\\-opt' in roff and '\\-\\-dry\\-run' in roff, 'option dashes are \\-')
        check('\u2212' not in text and '\u2010' not in text, 'dashes render as ASCII hyphen-minus')
        for name in ('man/slactl.1', 'man/slactl.1.gz', 'man/sladesk.1.gz', 'completions/slactl'):
            check(read(os.path.join(out1, name)) == read(os.path.join(out2, name)),
                  '%s is the same bytes on a second run' % name)
        check('2023-11-14' in read(os.path.join(out3, 'man', 'slactl.1')).decode(),
              'SOURCE_DATE_EPOCH sets the date')
        desk = render(os.path.join(out1, 'man', 'sladesk.1'))
        check('sladesk [options] [PATH]' in desk and '--demo Open the demo.' in desk,
              'the sladesk page has its synopsis and options')

        comp = os.path.join(out1, 'completions', 'slactl')
        script = ('source %s; COMP_WORDS=(slactl frob --mode ""); COMP_CWORD=3; _slactl; '
                  'echo "${COMPREPLY[*]}"; COMP_WORDS=(slactl two); COMP_CWORD=1; _slactl; '
                  'echo "${COMPREPLY[*]}"') % comp
        res = subprocess.run(['bash', '-c', script], capture_output=True, text=True)
        check(res.stdout.split('\n')[:2] == ['fast slow', 'two-words'],
              'completion: --mode offers fast slow, "two" gives two-words (%r)' % res.stdout)
    if failures:
        print('%d failed' % len(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
