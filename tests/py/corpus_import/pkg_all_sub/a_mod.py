NAME = "a_mod"
