print("raises.py partially executed")
PARTIAL = True
raise ValueError("module failed to import")
