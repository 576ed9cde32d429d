for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration, KeyboardInterrupt,
            RecursionError, UnicodeDecodeError, NotImplementedError, ModuleNotFoundError, TimeoutError,
            BrokenPipeError, OverflowError, SystemExit, GeneratorExit, TabError, StopAsyncIteration,
            UnboundLocalError, ExceptionGroup, BaseExceptionGroup, DeprecationWarning]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(OSError, Exception))
print(IOError is OSError, EnvironmentError is OSError)
