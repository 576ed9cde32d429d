print("mpkg/__init__ runs first")
