s = "ab" * 10000
print(len(s), s[:6], s.count("ab"), s.find("ba"), s.rfind("ab"))
parts = [str(i) for i in range(1000)]
j = ",".join(parts)
print(len(j), j[:20], j[-20:], j.count(","))
acc = ""
for i in range(500):
    acc += chr(97 + i % 26)
print(len(acc), acc[:30], acc[-5:])
big = "x" * 100000 + "needle" + "y" * 1000
print(big.find("needle"), "needle" in big, big.index("y"), len(big.split("needle")))
print(("abc" * 3).replace("b", "BB"), "-" * 0 == "", "z" * -5 == "")
