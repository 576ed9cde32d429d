raise ExceptionGroup("many problems", [ValueError("a"), TypeError("b")])
