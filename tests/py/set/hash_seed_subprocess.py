# PYTHONHASHSEED in a child process: seed N derives the SipHash key with CPython's LCG (hashes
# and set orders bit-identical to CPython's), 0 disables randomization, "random"/unset/-R give
# a fresh key each run, -E ignores the variable, and a bad value is a fatal start-up error.
import os
import subprocess
import sys

CHILD = r'''
import sys
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'λ', '€', '😀']
print(sys.flags.hash_randomization, sys.flags.ignore_environment)
print(hash('abc'), hash(b'abc'), hash('\u0101\u0102'), hash('\U0001f600'), hash(memoryview(b'xy')))
print(hash('__init__'), hash('print'), hash(''))
print(set(words))
print({'red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black'})
# Set displays of constants: CPython's compiler rebuilds the frozenset once more when an item
# equals a string interned elsewhere (here the identifiers 'white' and 'epsilon').
def f():
    return {'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
            'eleven', 'twelve'}
print(f())
print({'green', 'blue', 'cyan', 'magenta', 'black', 'white', 'orange', 'purple', 'pink'})
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'})
print({'apple', 'banana', 'cherry', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi', 'lemon'})
white = 1
'''


def run(seed, *options):
    env = dict(os.environ)
    if seed is None:
        env.pop('PYTHONHASHSEED', None)
    else:
        env['PYTHONHASHSEED'] = seed
    return subprocess.run([sys.executable, *options, '-c', CHILD], env=env,
                          capture_output=True, text=True, encoding='utf-8')


for seed in ['0', '1', '42', '123456789', '4294967295', ' 7', '+7']:
    r = run(seed)
    print(repr(seed), r.returncode)
    print(r.stdout, end='')

# Randomized runs: hashes differ between runs (and from the seed-0 ones).
zero = run('0').stdout.splitlines()[1]
for label, seed, options in [('unset', None, ()), ('random', 'random', ()), ('empty', '', ()),
                             ('-R with seed 0', '0', ('-R',)), ('-R with seed 5', '5', ('-R',)),
                             ('-E with seed 0', '0', ('-E',))]:
    a = run(seed, *options)
    b = run(seed, *options)
    la, lb = a.stdout.splitlines(), b.stdout.splitlines()
    print(label, a.returncode, la[0], la[1] != lb[1], la[1] != zero, la[2] != lb[2])

# -E ignores a fixed seed too.
print(run('5', '-E').stdout.splitlines()[1] != run('5').stdout.splitlines()[1])

for bad in ['4294967296', '-1', 'abc', '5 ', '0x10', '1e3']:
    r = run(bad)
    print(repr(bad), r.returncode, repr(r.stdout), r.stderr.splitlines()[0])
