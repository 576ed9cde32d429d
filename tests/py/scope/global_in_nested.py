counter = 0
def outer():
    counter = "outer local"
    def inner():
        global counter
        counter += 1
        return counter
    inner()
    inner()
    return counter
print(outer(), counter)
def declares_global_reads_only():
    global undefined_global
    try:
        return undefined_global
    except NameError as e:
        return str(e)
print(declares_global_reads_only())
def defines_global_function():
    global dynamic_fn
    def dynamic_fn():
        return "dynamic"
defines_global_function()
print(dynamic_fn())
class K:
    global from_class
    from_class = "set in class body"
print(from_class, hasattr(K, "from_class"))
def exec_scope():
    exec("global via_exec; via_exec = 42")
exec_scope()
print(via_exec)
