# args: 7
import sys
code = int(sys.argv[1])
print("will exit with", code)
sys.stdout.flush()
sys.exit(code)
