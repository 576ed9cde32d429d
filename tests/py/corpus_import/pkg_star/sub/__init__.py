__all__ = ["exported", "missing_name"]
exported = "e"
not_exported = "n"
