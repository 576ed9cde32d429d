import sys
if sys.version_info >= (3, 11):
    def which():
        return ">= 3.11"
else:
    def which():
        return "old"
print(which())
for i in range(2):
    def dyn(i=i):
        return f"dyn {i}"
print(dyn())
while True:
    class InLoop:
        tag = "defined in loop"
    break
print(InLoop.tag)
try:
    import no_such_module_for_syntax_test
except ImportError:
    no_such_module_for_syntax_test = None
print(no_such_module_for_syntax_test)
with open(__file__) as fh:
    def reads():
        return "defined inside with"
print(reads())
