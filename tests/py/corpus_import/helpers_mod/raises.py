x = 1
raise ValueError("import failed inside module")
