NAME = "c_mod"
