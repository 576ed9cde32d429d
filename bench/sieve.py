# Prime sieves: list of flags with slice assignment, a wheel-free odd-only sieve, and a
# trial-division check (int arithmetic and list indexing).
import sys


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            flags[i * i::i] = [False] * ((limit - i * i) // i + 1)
        i += 1
    return [i for i, f in enumerate(flags) if f]


def odd_sieve(limit):
    # Index k stands for 2k+1; inner loop in Python rather than slices.
    size = (limit - 1) // 2
    composite = [0] * (size + 1)
    k = 1
    while True:
        p = 2 * k + 1
        start = (p * p - 1) // 2
        if start > size:
            break
        if not composite[k]:
            j = start
            while j <= size:
                composite[j] = 1
                j += p
        k += 1
    count = 1
    for k in range(1, size + 1):
        if not composite[k]:
            count += 1
    return count


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def main(reps):
    checksum = 0
    for r in range(reps):
        primes = sieve(200000)
        checksum += len(primes) + primes[-1]
        checksum += odd_sieve(300000)
        checksum += sum(1 for n in range(10000 + r, 30000 + r) if is_prime(n))
    print(checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
