import sys
COUNT = getattr(sys, "_corpus_import_counter", 0) + 1
sys._corpus_import_counter = COUNT
print("counter module body run", COUNT)
