__all__ = ["helper_const"]
helper_const = "const from impl"
def public_function():
    return "public_function in " + __name__
def _private():
    return "private"
