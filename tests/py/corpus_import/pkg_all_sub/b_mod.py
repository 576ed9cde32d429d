NAME = "b_mod"
