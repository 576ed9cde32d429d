import os
import sys

from . import mod

print("pkg main:", __name__, __package__, __spec__.name, os.path.basename(sys.argv[0]),
      sys.argv[1:], mod.VALUE)
