def get_len(x): return len(x)
len = lambda x: "shadowed"
def get_len2(x): return len(x)
