# A small ray tracer: vector objects with operator dunders, spheres, diffuse lighting.
import sys


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / self.dot(self) ** 0.5)


class Sphere:
    def __init__(self, center, radius, color):
        self.center = center
        self.radius = radius
        self.color = color

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - disc ** 0.5
        return t if t > 1e-6 else None


def trace(scene, light, origin, direction, depth):
    best_t = None
    best = None
    for s in scene:
        t = s.intersect(origin, direction)
        if t is not None and (best_t is None or t < best_t):
            best_t, best = t, s
    if best is None:
        return 0.1
    hit = origin + direction * best_t
    normal = (hit - best.center).norm()
    to_light = (light - hit).norm()
    shade = max(0.0, normal.dot(to_light))
    for s in scene:
        if s is not best and s.intersect(hit, to_light) is not None:
            shade *= 0.3
            break
    if depth > 0:
        refl = direction - normal * (2 * direction.dot(normal))
        shade = shade * 0.8 + 0.2 * trace(scene, light, hit, refl.norm(), depth - 1)
    return shade * best.color


def render(size):
    scene = [Sphere(Vec(0, -1, 3), 1, 1.0), Sphere(Vec(2, 0, 4), 1, 0.7),
             Sphere(Vec(-2, 0, 4), 1, 0.5), Sphere(Vec(0, -5001, 0), 5000, 0.9)]
    light = Vec(5, 5, -10)
    eye = Vec(0, 0, 0)
    total = 0.0
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            d = Vec((i - size / 2) / size, (size / 2 - j) / size, 1).norm()
            v = trace(scene, light, eye, d, 2)
            total += v
            row.append(" .:-=+*#%@"[min(9, int(v * 10))])
        rows.append("".join(row))
    return total, rows


size = int(sys.argv[1]) if len(sys.argv) > 1 else 100
total, rows = render(size)
print("%.6f" % total)
print(rows[size // 2])
