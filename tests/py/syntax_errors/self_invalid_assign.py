print("never printed")
f() = 5
