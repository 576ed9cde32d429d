#!/usr/bin/env python3
# vim: set fileencoding=koi8-r :
s = "Съешь же ещё этих мягких французских булок"
print(s, len(s.encode("utf-8")))
import sys
print(sys._getframe().f_code.co_filename.endswith("coding_koi8r_line2.py"))
