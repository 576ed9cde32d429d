import sys
try:
    try:
        sys.exit(4)
    finally:
        print("finally runs on SystemExit")
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code tuple", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(None)
except BaseException as e:
    print(type(e).__name__, e.code)
raise SystemExit(0)
