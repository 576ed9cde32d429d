a = 1
_hidden = 2
def f(): return "plain.f"
class K: pass
