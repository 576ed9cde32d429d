# csv reading and writing with dialects through tempfile.TemporaryFile (as test_csv does).
import csv, tempfile, io

class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect('semi', Semi)
rows = [['a', 'b;c', "it's"], [1, 2.5, None], ['multi\nline', '', ' x ']]
for dialect in ['excel', 'excel-tab', 'unix', 'semi']:
    with tempfile.TemporaryFile('w+', newline='') as f:
        w = csv.writer(f, dialect=dialect)
        w.writerows(rows)
        f.seek(0)
        text = f.read()
        print(dialect, repr(text))
        f.seek(0)
        print(list(csv.reader(f, dialect=dialect)))
with tempfile.TemporaryFile('w+', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['x', 'y'], quoting=csv.QUOTE_NONNUMERIC)
    dw.writeheader()
    dw.writerow({'x': 1, 'y': 'two'})
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(list(csv.DictReader(f, quoting=csv.QUOTE_NONNUMERIC)))
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter, csv.list_dialects())
try:
    csv.writer(io.StringIO(), delimiter='ab')
except TypeError as e:
    print(e)

# Dialect details (CPython's dialect_new and join_append_data).
import pickle, copy
print(list(csv.reader(['1,",3,",5', '1,\0,3,\0,5'], quotechar=None, escapechar='\\')))
print(list(csv.reader(['1,\0,3,\0,5'], quotechar='\0')), list(csv.reader(['a\0b,c'])))
for kw in [dict(dialect='excel', quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
           dict(delimiter=None), dict(delimiter=''), dict(delimiter=4)]:
    try:
        print(csv.reader([], **kw).dialect.quoting)
    except TypeError as e:
        print('TypeError', e)
for row, kw in [(['"'], dict(escapechar='\\', doublequote=False)),
                (['"'], dict(escapechar='\\')),
                (['\\', 'a'], dict(escapechar='\\')),
                (['a', 1, 'p,"q"'], dict(escapechar='\\', doublequote=False)),
                (['\\,', 'a'], dict(escapechar='\\', quoting=csv.QUOTE_NONE))]:
    s = io.StringIO()
    csv.writer(s, **kw).writerow(row)
    print(repr(s.getvalue()))
d = csv.get_dialect('excel')
for f in (lambda: copy.copy(d), lambda: pickle.dumps(d), lambda: delattr(d, 'delimiter'),
          lambda: delattr(d, 'strict'), lambda: setattr(d, 'doublequote', 0)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# The reader (C++): line_num, dialect, errors, limits, non-ASCII text.
r = csv.reader(['a,"b\n', 'c",d\n', 'é,ü€,𝄞\n', '"x""y",z'])
print(type(r).__name__, type(r).__module__, r.line_num, r.dialect.delimiter)
for row in r:
    print(row, r.line_num)
try:
    r.line_num = 5
except AttributeError as e:
    print('AttributeError', e)
for lines, kw in [(['a,"b'], dict(strict=True)), (['"a"b,c'], dict(strict=True)), (['a\rb'], {}),
                  ([b'a,b'], {}), (['x' * 20], {}), (['1,abc'], dict(quoting=csv.QUOTE_NONNUMERIC)),
                  (['a\\\nb,c'], dict(escapechar='\\')), (['"a\\"b",c'], dict(escapechar='\\')),
                  (['  a,  "b"'], dict(skipinitialspace=True)), (['a,"b"c,d'], {})]:
    old = csv.field_size_limit(10) if kw == {} and lines == ['x' * 20] else None
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
    if old is not None:
        csv.field_size_limit(old)
try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)
