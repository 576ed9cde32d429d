import sys
print("warning: something", file=sys.stderr)
print("normal output")
sys.exit(0)
