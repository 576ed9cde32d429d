# A daemon thread still running (and one blocked) at exit does not block or crash the exit;
# interpreter exit waits for non-daemon threads.
import threading
import time

started = threading.Event()


def spin():
    started.set()
    x = 0
    while True:
        x += 1


def blocked():
    threading.Event().wait()


done = []


def slow():
    time.sleep(0.05)
    done.append("non-daemon finished")
    print(done[0])


threading.Thread(target=spin, daemon=True).start()
threading.Thread(target=blocked, daemon=True).start()
started.wait()
threading.Thread(target=slow).start()
print("main done")
