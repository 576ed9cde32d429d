def level3(d):
    return d["missing_key"]
def level2(d):
    return level3(d)
def level1():
    try:
        return level2({})
    except KeyError as e:
        raise LookupError("lookup failed in level1") from e
print("start")
level1()
