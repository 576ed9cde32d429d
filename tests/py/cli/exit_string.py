import sys
print("about to exit")
raise SystemExit("error message goes to stderr")
