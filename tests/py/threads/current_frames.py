# sys._current_frames(): one entry per thread running Python code, keyed by its identifier,
# whose frame is the innermost one of that thread (walkable through f_back).
import sys
import threading

ready = threading.Event()
release = threading.Event()


def blocked_worker():
    ready.set()
    release.wait()


def main_inner():
    return sys._current_frames()


t = threading.Thread(target=blocked_worker, name='w')
t.start()
ready.wait()
frames = main_inner()
release.set()
t.join()

print(type(frames).__name__, len(frames))
print(sorted(frames) == sorted([threading.main_thread().ident, t.ident]))
main_frame = frames[threading.get_ident()]
print(main_frame.f_code.co_name, main_frame.f_back.f_code.co_name)
names = []
f = frames[t.ident]
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print('blocked_worker' in names, names[-1])
print(list(sys._current_frames()) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError as e:
    print('TypeError', e)
