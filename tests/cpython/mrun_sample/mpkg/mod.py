import os
import sys

VALUE = 42
if __name__ == "__main__":
    from . import mod as again
    print("module main:", __name__, __package__, __spec__.name,
          os.path.basename(__file__), os.path.basename(sys.argv[0]), sys.argv[1:], again.VALUE)
