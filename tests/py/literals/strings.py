print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n')
print(r'raw\n\t', R"raw\\", rb'raw bytes\n')
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600'.encode('utf-8'), '\N{BULLET}')
print(len('\0'), ord('\a'), ord('\b'), ord('\f'), ord('\v'), ord('\r'))
print('con' 'cat' "enation")
print(repr('a\nb'), repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr('\x00\x7f\x80\xff'), repr('\u200b'), repr('é'))
print(b'bytes', B"B", b'\x00\xff', br'\x00')
print("a\
b")
print(len("""
"""))
