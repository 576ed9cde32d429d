print("partial output", flush=True)
d = {"a": 1}
print(d["zzz"])
