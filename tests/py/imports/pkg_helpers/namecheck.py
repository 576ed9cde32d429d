def who():
    return __name__
if __name__ == "__main__":
    print("namecheck run as main (should not happen)")
else:
    print("namecheck imported, __name__ =", __name__)
