# args: héllo 日本 "with space" ""
import sys
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a), len(a))
