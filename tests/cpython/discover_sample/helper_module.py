# Not matched by the default pattern test*.py: discovery must not load it.
raise AssertionError("helper_module must not be imported by discovery")
