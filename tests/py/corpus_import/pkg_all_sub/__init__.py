__all__ = ["a_mod", "b_mod", "VALUE"]
VALUE = 1
