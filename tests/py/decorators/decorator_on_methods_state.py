def log_calls(fn):
    def wrapper(self, *args):
        self.calls.append((fn.__name__, args))
        return fn(self, *args)
    wrapper.__name__ = fn.__name__
    return wrapper
class Stack:
    def __init__(self):
        self.items, self.calls = [], []
    @log_calls
    def push(self, v):
        self.items.append(v)
    @log_calls
    def pop(self):
        return self.items.pop()
s = Stack()
s.push(1); s.push(2); s.pop()
print(s.items, s.calls, Stack.push.__name__)
def returns_none(fn):
    return None
@returns_none
def gone():
    pass
print(gone)
def accepts_class_or_func(obj):
    obj.decorated = True
    return obj
@accepts_class_or_func
class K:
    pass
@accepts_class_or_func
def fn():
    pass
print(K.decorated, fn.decorated)
