# -*- coding: cp1251 -*-
# A source file in Windows-1251: literals, comments and identifiers are decoded with the codec.
# Комментарий по-русски.
привет = "Привет, мир"
print(привет, len(привет))
print([hex(ord(c)) for c in "Ёё№"])
def функция(х=1):
    return х * 2
print(функция(21), функция.__name__)
print(b"\xcf".decode("cp1251") == "П")
raise ValueError("Ошибка " + привет)
