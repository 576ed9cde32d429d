import sys
def main(argv):
    print("main called with", argv[1:])
    return 2
if __name__ == "__main__":
    print("running as script", __name__)
    sys.exit(main(sys.argv))
print("not reached")
