ba = bytearray(b"hello")
ba[0] = 74
print(ba)
ba.append(33)
ba.extend(b" world")
ba.extend([65, 66])
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
del ba[0:2]
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
ba.reverse()
print(ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
for bad in [256, -1]:
    try:
        bytearray(b"a")[0] = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print("ValueError:", e)
