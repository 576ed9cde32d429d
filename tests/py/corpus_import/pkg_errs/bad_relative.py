from .missing_sibling import thing
