print("util module loaded as", __name__, "package", __package__)
CONSTANT = 42
def double(x):
    return x * 2
class Helper:
    def greet(self):
        return "hello from " + type(self).__module__
