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
