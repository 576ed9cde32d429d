#!/usr/bin/python3.11
"""Compare Krait's parser (tests/tools/astdump) with CPython's ast module.

usage: check_ast.py [--astdump] ASTDUMP [-a] [--stdlib] [--errors] [FILES...]
  (no selection: -a --stdlib --errors)
  --stdlib   all of /usr/lib/python3.11/**/*.py (files CPython cannot parse are skipped)
  --errors   the snippets in tests/parser/error_cases.txt and valid_cases.txt
  -a         also compare location attributes
Prints failures and a final line "N passed, N failed".
"""
import ast
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run_many(astdump, paths, attrs):
    with tempfile.NamedTemporaryFile('w', delete=False) as f:
        f.write('\n'.join(paths) + '\n')
        listname = f.name
    args = [astdump, listname, '-l'] + (['-a'] if attrs else [])
    out = subprocess.run(args, stdout=subprocess.PIPE).stdout
    os.unlink(listname)
    parts = out.split(b'\x1e\n')
    return [p.decode('utf-8', 'surrogateescape').rstrip('\n') for p in parts[:len(paths)]]


def expected_for(src, attrs):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return 'ERROR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                            e.end_lineno, e.end_offset)
    except (ValueError, RecursionError, MemoryError):
        return None
    return ast.dump(tree, include_attributes=attrs)


def check_files(astdump, paths, attrs):
    passed = failed = 0
    todo = []
    for p in paths:
        try:
            with open(p, 'rb') as f:
                src = f.read()
            exp = expected_for(src, attrs)
        except Exception:
            continue
        if exp is None or exp.startswith('ERROR'):
            continue  # skip files CPython cannot parse
        todo.append((p, exp))
    results = run_many(astdump, [p for p, _ in todo], attrs)
    for (p, exp), got in zip(todo, results):
        if got == exp:
            passed += 1
        else:
            failed += 1
            # show first difference
            i = 0
            while i < min(len(got), len(exp)) and got[i] == exp[i]:
                i += 1
            print('FAIL %s\n  exp: ...%s\n  got: ...%s' % (p, exp[max(0, i - 80):i + 80],
                                                      got[max(0, i - 80):i + 80]))
    return passed, failed


def check_errors(astdump, casefile):
    with open(casefile, encoding='utf-8') as f:
        text = f.read()
    cases = [c for c in text.split('\n====\n') if c.strip()]
    paths = []
    tmpdir = tempfile.mkdtemp()
    exps = []
    for i, c in enumerate(cases):
        src = c.encode('utf-8')
        if src.startswith(b'#!raw '):
            src = eval(src[6:].decode())  # a python bytes literal on one line
        p = os.path.join(tmpdir, 'case%d.py' % i)
        with open(p, 'wb') as f:
            f.write(src)
        paths.append(p)
        try:
            # str source: CPython reports character-based offsets (as Krait does)
            try:
                csrc = src.decode('utf-8')
            except UnicodeDecodeError:
                csrc = src
            # a file name that does not exist: CPython then takes error lines from the source
            tree = compile(csrc, '<test>', 'exec', flags=ast.PyCF_ONLY_AST)
            exps.append(ast.dump(tree, include_attributes=True))
        except SyntaxError as e:
            exps.append('ERROR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                                     e.end_lineno, e.end_offset))
    results = run_many(astdump, paths, True)
    passed = failed = 0
    for c, exp, got in zip(cases, exps, results):
        ok = got == exp
        if ok:
            passed += 1
        else:
            failed += 1
            print('FAIL %r\n  exp: %s\n  got: %s' % (c, exp, got[:300]))
    return passed, failed


def main():
    args = sys.argv[1:]
    if '--astdump' in args:
        i = args.index('--astdump')
        astdump = args[i + 1]
        del args[i:i + 2]
    else:
        astdump = args.pop(0)
    if not [a for a in args if a != '-a']:
        args += ['-a', '--stdlib', '--errors']  # default suite (used by ctest)
    attrs = '-a' in args
    paths = []
    passed = failed = 0
    for a in args:
        if a == '--stdlib':
            # Known gap: source files whose coding cookie names a codec other than UTF-8 or
            # Latin-1 (the tokenizer decodes only those two; CPython uses the codec registry).
            other_codec = ('test/encoded_modules/module_koi8_r.py', 'test/test_source_encoding.py')
            paths += [p for p in sorted(glob.glob('/usr/lib/python3.11/**/*.py', recursive=True))
                      if not p.endswith(other_codec)]
        elif a == '--errors':
            # snippets separated by "====" lines: errors compared on type/msg/position,
            # valid ones on the full dump with attributes
            for name in ('error_cases.txt', 'valid_cases.txt'):
                p, f = check_errors(astdump, os.path.join(HERE, name))
                passed += p
                failed += f
        elif not a.startswith('-'):
            paths.append(a)
    if paths:
        p, f = check_files(astdump, paths, attrs)
        passed += p
        failed += f
    print('%d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
