RAN_AS = __name__
if __name__ == "__main__":
    print("running as main")
else:
    print("imported as", __name__)
