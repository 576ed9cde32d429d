__all__ = ["pub", "sub_mod"]
pub = 1
_priv = 2
other = 3
