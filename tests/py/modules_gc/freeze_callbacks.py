import gc
phases = []
def cb(phase, info):
    phases.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases[0][0], phases[-1][0], phases[0][1])
print(len(phases) == 2)
gc.collect()
print(len(phases) == 2)
print(gc.get_freeze_count() >= 0)
class Finalized:
    def __del__(self):
        print("finalized during collect")
x = Finalized()
x.self = x
del x
print("collect returned", gc.collect() > 0)
