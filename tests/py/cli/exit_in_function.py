import sys
def cleanup_and_exit():
    try:
        sys.exit(5)
    finally:
        print("cleanup")
def main():
    print("main start")
    cleanup_and_exit()
    print("unreachable")
if __name__ == "__main__":
    main()
