X = "sub_mod.X"
