#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the man pages and the bash completions of slactl and sladesk from their --help.

    gen-from-help.py --slactl BIN [--sladesk BIN] --metainfo FILE --out-dir DIR

The programs' own help texts are the one source: `slactl --help` names the commands,
`slactl COMMAND --help` gives each command's usage, description, options and arguments,
and `sladesk --help` the GUI's. Written to DIR:

    man/slactl.1, man/slactl.1.gz, man/sladesk.1, man/sladesk.1.gz   (section 1, roff)
    completions/slactl, completions/sladesk                          (bash)

The help is read with LC_ALL=C.UTF-8 (the English texts) and QT_QPA_PLATFORM=offscreen
(sladesk builds a QApplication). The pages carry no date of the build: the date is
SOURCE_DATE_EPOCH when it is set, else the date of this version's <release> in the
AppStream metainfo; the .gz files are written without a name or time stamp (as gzip -9n),
so the same help texts give the same bytes.
"""
import argparse
import datetime
import gzip
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Placeholders of option values and arguments that name files or folders.
FILE_WORDS = {'FILE', 'PATH', 'DB', 'WORKSPACE'}
DIR_WORDS = {'DIR'}
# An environment variable: upper case with at least one underscore (SLADESK_SECRET_<SOURCE>).
ENV_VAR = re.compile(r'(?<![\w<$])([A-Z][A-Z0-9]*(?:_(?:[A-Z0-9]+|<[A-Z]+>))+)(?![\w>])')
# A file named relative to a placeholder (WORKSPACE/annotations.yaml).
FILE_PATH = re.compile(r'(?<![\w/])([A-Z]+/[\w.-]+\.[a-z]+)\b')


# ---------------------------------------------------------------------------------------
# Reading the help texts
# ---------------------------------------------------------------------------------------

def run_help(binary, args):
    # A scratch home: no language chosen in the builder's settings (sladesk's View > Language)
    # reaches the pages, and nothing is written to the builder's home.
    with tempfile.TemporaryDirectory(prefix='gen-from-help-') as home:
        env = dict(os.environ, LC_ALL='C.UTF-8', QT_QPA_PLATFORM='offscreen', HOME=home,
                   XDG_CONFIG_HOME=os.path.join(home, 'config'), XDG_DATA_HOME=os.path.join(home, 'data'),
                   XDG_CACHE_HOME=os.path.join(home, 'cache'), XDG_STATE_HOME=os.path.join(home, 'state'),
                   XDG_RUNTIME_DIR=home)
        for name in ('LANGUAGE', 'LANG', 'DISPLAY', 'WAYLAND_DISPLAY'):
            env.pop(name, None)
        proc = subprocess.run([binary] + args, env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0 or not proc.stdout.strip():
        sys.exit('gen-from-help: `%s %s` failed (exit %d): %s'
                 % (binary, ' '.join(args), proc.returncode, proc.stderr.strip()[-2000:]))
    return proc.stdout


def blocks(text):
    """Runs of non-blank lines."""
    out, cur = [], []
    for line in text.splitlines():
        if line.strip():
            cur.append(line.rstrip())
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def parse_entries(lines):
    """An indented two-column list ("  TERM  text", continuation lines indented deeper)."""
    entries = []
    base = None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if base is None:
            base = indent
        if indent <= base or not entries:
            m = re.match(r'^\s*(\S.*?)(?:\s{2,}(\S.*))?$', line)
            entries.append([m.group(1), m.group(2) or ''])
        else:
            entries[-1][1] = (entries[-1][1] + ' ' + line.strip()).strip()
    return [tuple(e) for e in entries]


class Option:
    def __init__(self, term, text):
        self.term = term
        self.text = text
        head = re.sub(r'<[^>]*>', '', term)
        self.names = re.findall(r'(?<![\w-])--?[A-Za-z0-9][\w-]*', head)
        m = re.search(r'<([^>]+)>', term)
        self.value = m.group(1) if m else None


class Help:
    """One parsed help text: usage, description paragraphs, list sections, exit codes."""

    def __init__(self, text, program, command=None):
        self.program = program
        self.command = command
        self.usage = ''
        self.description = []   # paragraphs, each a list of lines
        self.sections = {}      # title -> [(term, text)]
        self.exit_codes = []    # [(code, meaning)] from an "Exit codes: ..." paragraph
        for block in blocks(text):
            first = block[0]
            if first.startswith('Usage:'):
                self.usage = self._usage(first[len('Usage:'):].strip())
                if block[1:]:
                    self.description.append(block[1:])
            elif first.endswith(':') and len(block) > 1 and block[1].startswith(' '):
                self.sections[first[:-1]] = parse_entries(block[1:])
            elif first.startswith('Exit codes:'):
                joined = ' '.join(line.strip() for line in block)[len('Exit codes:'):]
                self.exit_codes = re.findall(r'(\d+) ([^,]+?)(?=, \d+ |\.?$)', joined.strip())
            else:
                self.description.append(block)

    def _usage(self, rest):
        words = rest.split(' ', 1)
        # QCommandLineParser prints argv[0] as the program: a build path, a bare name.
        if os.path.basename(words[0]) == self.program:
            words[0] = self.program
            if self.command and (len(words) < 2 or not words[1].startswith(self.command + ' ')):
                words[0] += ' ' + self.command
        return ' '.join(words)

    def options(self):
        out = []
        for title, entries in self.sections.items():
            if title.startswith('Options') or title.startswith('Global option'):
                out += [Option(t, x) for t, x in entries]
        return out

    def arguments(self):
        return self.sections.get('Arguments', [])

    def variadic(self):
        """True when the usage's last argument repeats (PATH...)."""
        return self.usage.rstrip().endswith('...') and not self.usage.rstrip().endswith('ARGS...]')


def read_program(binary, name, with_commands):
    main = Help(run_help(binary, ['--help']), name)
    commands = []
    if with_commands:
        for cmd, summary in main.sections.get('Commands', []):
            sub = Help(run_help(binary, [cmd, '--help']), name, cmd)
            commands.append((cmd, summary, sub))
        if not commands:
            sys.exit('gen-from-help: `%s --help` lists no "Commands:"' % binary)
    version = run_help(binary, ['--version']).split()[-1]
    return main, commands, version


# ---------------------------------------------------------------------------------------
# roff
# ---------------------------------------------------------------------------------------

def roff_text(text):
    """Escapes running text: backslashes, option dashes, `code` in bold."""
    text = text.replace('\\', '\\e')
    text = re.sub(r'(?<![\w-])--?[A-Za-z0-9][\w-]*',
                  lambda m: m.group(0).replace('-', '\\-'), text)
    # `code` is typed as written: bold, every hyphen a minus sign.
    text = re.sub(r'`([^`]+)`', lambda m: '\\fB' + literal_dashes(m.group(1)) + '\\fR', text)
    return text


def literal_dashes(text):
    """Every hyphen not yet escaped as \\- becomes one (text that is typed: names, code)."""
    return re.sub(r'(?<!\\)-', r'\\-', text)


def roff_lines(text):
    """roff_text, one output line per input line, none starting with a control character."""
    out = []
    for line in text.split('\n'):
        line = roff_text(line.strip())
        if line.startswith(('.', "'")):
            line = '\\&' + line
        out.append(line)
    return '\n'.join(out)


def roff_arg(text):
    """A quoted macro argument."""
    return '"' + roff_text(text).replace('"', '\\(dq') + '"'


def roff_usage(usage, literal_words):
    """The synopsis of a usage line: program and command bold, placeholders italic."""
    out = []
    for i, word in enumerate(usage.split()):
        if i < literal_words:
            out.append('\\fB' + literal_dashes(roff_text(word)) + '\\fR')
            continue
        word = roff_text(word)
        out.append(re.sub(r'(?<![\\\w])([A-Za-z][A-Za-z0-9_]*)', r'\\fI\1\\fR', word)
                   if not word.startswith('\\-') else re.sub(
                       r'^((?:\\-)+[\w\\-]+)', r'\\fB\1\\fR', word))
    return ' '.join(out)


def roff_option_term(opt):
    names = ', '.join('\\fB' + roff_text(n) + '\\fR' for n in opt.names)
    if opt.value:
        names += ' \\fI' + roff_text(opt.value) + '\\fR'
    return names


def roff_paragraphs(paragraphs):
    out = []
    for para in paragraphs:
        # "Exit code ..." sentences stand in a paragraph of their own.
        chunk = []
        for line in para:
            if line.lstrip().startswith('Exit code') and chunk:
                out += ['.PP', roff_lines('\n'.join(chunk))]
                chunk = []
            chunk.append(line)
        if chunk:
            out += ['.PP', roff_lines('\n'.join(chunk))]
    return out


def roff_list(entries, term_fn):
    out = []
    for term, text in entries:
        out += ['.TP', term_fn(term), roff_lines(text)]
    return out


def sentence_with(text, needle):
    # Sentences end at a full stop before a capital ("e.g. a deploy" goes on).
    for sentence in re.split(r'(?<=[\w)`]\.)\s+(?=[A-Z])', text):
        if needle in sentence:
            return sentence.strip()
    return text.strip()


def mentions(helps, pattern):
    """{name: [(where, sentence)]} for every match of pattern in the help texts."""
    found = {}
    for where, h in helps:
        texts = [' '.join(p) for p in h.description] + [o.text for o in h.options()]
        texts += [x for _, x in h.arguments()]
        for text in texts:
            text = ' '.join(text.split())
            for m in pattern.finditer(text):
                entry = (where, sentence_with(text, m.group(1)))
                if entry not in found.setdefault(m.group(1), []):
                    found[m.group(1)].append(entry)
    return found


def mention_section(title, found):
    if not found:
        return []
    out = ['.SH ' + title]
    by_sentence = {}
    for name, places in found.items():
        for where, sentence in places:
            by_sentence.setdefault((where, sentence), []).append(name)
    for (where, sentence), names in by_sentence.items():
        out += ['.TP', ', '.join('\\fB' + roff_text(n) + '\\fR' for n in names),
                roff_lines(sentence + (' (`%s`)' % where if where else ''))]
    return out


def name_line(main):
    """The NAME summary: the description's first sentence, up to a colon."""
    first = ' '.join(' '.join(p) for p in main.description[:1])
    first = re.split(r'(?<=\.)\s|: ', first)[0].rstrip('.')
    return first or main.program


def man_page(name, main, commands, version, date, other):
    helps = [('', main)] + [('%s %s' % (name, c), h) for c, _, h in commands]
    out = ['.\\" Generated by packaging/gen-from-help.py from `%s --help`; do not edit.' % name,
           '.TH %s 1 %s %s "User Commands"' % (name.upper(), date, roff_arg('SLA Desk ' + version)),
           '.\\" No hyphenation: names, options and paths are typed as shown.', '.nh',
           '.SH NAME', '%s \\- %s' % (name, roff_text(name_line(main))),
           '.SH SYNOPSIS']
    if commands:
        synopses = [main.usage] + [h.usage for _, _, h in commands]
        for i, usage in enumerate(synopses):
            if i:
                out.append('.br')
            out.append(roff_usage(usage, 1 if i == 0 else 2))
    else:
        out.append(roff_usage(main.usage, 1))
    out.append('.SH DESCRIPTION')
    out += roff_paragraphs(main.description)
    arguments = main.arguments()
    if arguments:
        out += ['.SS Arguments'] + roff_list(arguments, lambda t: '\\fI' + roff_text(t) + '\\fR')
    if commands:
        out.append('.SH COMMANDS')
        for cmd, summary, h in commands:
            out += ['.SS ' + literal_dashes(roff_arg(cmd)), roff_usage(h.usage, 2)]
            out += roff_paragraphs(h.description)
            opts = h.options()
            if opts:
                out += ['.PP', 'Options:', '.RS 4']
                for o in opts:
                    out += ['.TP', roff_option_term(o), roff_lines(o.text)]
                out.append('.RE')
            if h.arguments():
                out += ['.PP', 'Arguments:', '.RS 4']
                out += roff_list(h.arguments(), lambda t: '\\fI' + roff_text(t) + '\\fR')
                out.append('.RE')
    out.append('.SH OPTIONS')
    for title, entries in main.sections.items():
        if title.startswith('Options') or title.startswith('Global option'):
            if title != 'Options':
                out += ['.PP', roff_lines(title + ':')]
            for term, text in entries:
                out += ['.TP', roff_option_term(Option(term, text)), roff_lines(text)]
    if main.exit_codes:
        out.append('.SH "EXIT STATUS"')
        for code, meaning in main.exit_codes:
            out += ['.TP', '.B ' + code, roff_lines(meaning[:1].upper() + meaning[1:] + '.')]
    out += mention_section('ENVIRONMENT', mentions(helps, ENV_VAR))
    out += mention_section('FILES', mentions(helps, FILE_PATH))
    out += ['.SH "SEE ALSO"', '.BR %s (1)' % other]
    # An empty line is a blank line in roff: entries without a text leave none; a heading
    # starts a paragraph itself.
    lines = [line for i, line in enumerate(out)
             if line and not (line == '.PP' and i and out[i - 1].startswith(('.SH', '.SS')))]
    return '\n'.join(lines) + '\n'


# ---------------------------------------------------------------------------------------
# bash completion
# ---------------------------------------------------------------------------------------

def choices(text):
    """The words of "Output format: table (default) or json." or "set or delete"."""
    text = re.sub(r'\s*\([^)]*\)', '', text).strip().rstrip('.')
    if ':' in text:
        text = text.rsplit(':', 1)[1].strip()
    if re.fullmatch(r'[a-z0-9][\w-]*(?:, [a-z0-9][\w-]*)* or [a-z0-9][\w-]*', text):
        return re.split(r', | or ', text)
    return None


def value_kind(placeholder, text):
    """file, dir, words:W1 W2 or none (a value that cannot be completed)."""
    words = choices(text)
    if words:
        return 'words:' + ' '.join(words)
    if placeholder in DIR_WORDS:
        return 'dir'
    if placeholder in FILE_WORDS:
        return 'file'
    return 'none'


def argument_kind(name, text):
    base = name.rstrip('.').upper()
    kind = value_kind(base, text)
    if kind == 'none' and re.search(r'\b(file|folder)s?\b', text):
        kind = 'file'
    return kind


def bash_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def completion_tables(h):
    """The case arms of one command (or of a program without commands)."""
    opts, values, args = [], [], []
    for o in h.options():
        opts += o.names
        if o.value:
            kind = value_kind(o.value, o.text)
            values.append(('|'.join(o.names), kind))
    for i, (name, text) in enumerate(h.arguments()):
        args.append((i, argument_kind(name, text)))
    return opts, values, args


def completion_script(name, main, commands):
    fn = '_' + re.sub(r'\W', '_', name)
    out = ['# shellcheck shell=bash', '# bash completion for %s' % name,
           '# Generated by packaging/gen-from-help.py from `%s --help`; do not edit.' % name,
           '']
    cmd_names = [c for c, _, _ in commands]
    top_opts = [n for o in main.options() for n in o.names]
    units = [(c, h) for c, _, h in commands] if commands else [('', main)]
    # Each unit's help read once: (command, help, (options, option values, positionals)).
    tables = [(cmd, h, completion_tables(h)) for cmd, h in units]

    # _<prog>_options CMD: the options of CMD.
    out.append('%s_options() {' % fn)
    out.append('    case $1 in')
    for cmd, _, (opts, _, _) in tables:
        out.append('        %s) echo %s ;;' % (bash_quote(cmd), bash_quote(' '.join(opts))))
    out += ['    esac', '}', '']
    # _<prog>_value CMD OPTION: how OPTION's value completes (empty: it takes none).
    out.append('%s_value() {' % fn)
    out.append('    case $1 in')
    for cmd, _, (_, values, _) in tables:
        if not values:
            continue
        out.append('        %s)' % bash_quote(cmd))
        out.append('            case $2 in')
        for names, kind in values:
            out.append('                %s) echo %s ;;' % (names, bash_quote(kind)))
        out += ['            esac', '            ;;']
    out += ['    esac', '}', '']
    # _<prog>_argument CMD N: how the N-th positional argument (from 0) completes.
    out.append('%s_argument() {' % fn)
    out.append('    case $1 in')
    for cmd, h, (_, _, args) in tables:
        if not args:
            continue
        last = len(args) - 1
        out.append('        %s)' % bash_quote(cmd))
        out.append('            case $2 in')
        for i, kind in args:
            pattern = '*' if (i == last and h.variadic()) else str(i)
            out.append('                %s) echo %s ;;' % (pattern, bash_quote(kind)))
        out += ['            esac', '            ;;']
    out += ['    esac', '}', '']
    out.append('''%(fn)s_reply() {
    # $1: file, dir, words:W..., none; $2: the word being completed. One reply per line
    # (mapfile), so that names with blanks stay whole.
    COMPREPLY=()
    case $1 in
        file) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$2") ;;
        dir) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$2") ;;
        words:*) mapfile -t COMPREPLY < <(compgen -W "${1#words:}" -- "$2") ;;
    esac
}

%(fn)s() {
    local cur=${COMP_WORDS[COMP_CWORD]} cword=$COMP_CWORD prev=""
    local -a words=("${COMP_WORDS[@]}")
    COMPREPLY=()
    # --option=value: bash splits the word at "=" (COMP_WORDBREAKS).
    if [[ $cur == "=" ]]; then
        prev=${words[cword-1]} cur=""
    elif ((cword >= 2)) && [[ ${words[cword-1]} == "=" ]]; then
        prev=${words[cword-2]}
    elif ((cword >= 1)); then
        prev=${words[cword-1]}
    fi
    local cmd="" i=1 n=0 kind''' % {'fn': fn})
    if commands:
        out.append('''    local commands=%(cmds)s top=%(top)s
    # The command: the first word that is not a global option.
    while ((i < cword)); do
        case ${words[i]} in
            -*) ;;
            *) cmd=${words[i]}; break ;;
        esac
        ((i++))
    done
    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$top" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return 0
    fi
    ((i++))''' % {'cmds': bash_quote(' '.join(cmd_names)), 'top': bash_quote(' '.join(top_opts))})
    out.append('''    # The value of an option?
    if [[ $prev == -* ]]; then
        kind=$(%(fn)s_value "$cmd" "$prev")
        if [[ -n $kind ]]; then
            %(fn)s_reply "$kind" "$cur"
            return 0
        fi
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(%(fn)s_options "$cmd")" -- "$cur")
        return 0
    fi
    # Count the positional arguments before this one, skipping options and their values.
    while ((i < cword)); do
        case ${words[i]} in
            -*)
                if [[ ${words[i+1]} == "=" ]]; then
                    ((i += 2))
                elif [[ -n $(%(fn)s_value "$cmd" "${words[i]}") ]]; then
                    ((i++))
                fi
                ;;
            *) ((n++)) ;;
        esac
        ((i++))
    done
    %(fn)s_reply "$(%(fn)s_argument "$cmd" "$n")" "$cur"
    return 0
}
complete -F %(fn)s %(name)s''' % {'fn': fn, 'name': name})
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------------------------------

def page_date(metainfo, version):
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).strftime('%Y-%m-%d')
    releases = ET.parse(metainfo).getroot().findall('./releases/release')
    for r in releases:
        if r.get('version') == version and r.get('date'):
            return r.get('date')
    print('gen-from-help: warning: %s has no <release version="%s">; using its newest date'
          % (metainfo, version), file=sys.stderr)
    dates = sorted(r.get('date') for r in releases if r.get('date'))
    return dates[-1] if dates else '1970-01-01'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode('utf-8')
    with open(path, 'wb') as f:
        f.write(data)
    if path.endswith('.1'):
        # gzip -9n: no file name, no time stamp.
        with open(path + '.gz', 'wb') as raw:
            with gzip.GzipFile(filename='', mode='wb', fileobj=raw, compresslevel=9, mtime=0) as gz:
                gz.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--slactl', required=True, help='the built slactl')
    ap.add_argument('--sladesk', help='the built sladesk (optional: builds without the GUI)')
    ap.add_argument('--metainfo', required=True, help='the AppStream metainfo (release dates)')
    ap.add_argument('--out-dir', required=True)
    a = ap.parse_args()

    programs = [('slactl', a.slactl, True)]
    if a.sladesk:
        programs.append(('sladesk', a.sladesk, False))
    for name, binary, with_commands in programs:
        main_help, commands, version = read_program(binary, name, with_commands)
        other = 'sladesk' if name == 'slactl' else 'slactl'
        date = page_date(a.metainfo, version)
        write(os.path.join(a.out_dir, 'man', name + '.1'),
              man_page(name, main_help, commands, version, date, other))
        write(os.path.join(a.out_dir, 'completions', name), completion_script(name, main_help, commands))


if __name__ == '__main__':
    main()
