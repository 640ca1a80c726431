"""Adapted from pyperformance's bm_raytrace (a simple ray tracer), reduced to its core:
vector objects with operator methods, ray-sphere intersection, Lambert shading and
shadow rays over a small image (float arithmetic, many short method calls)."""

import math
import sys


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius, shade):
        self.centre = centre
        self.radius = radius
        self.shade = shade

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Scene:
    def __init__(self, objects, light):
        self.objects = objects
        self.light = light

    def first_hit(self, ray):
        best = None
        for obj in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > 1e-6 and (best is None or t < best[0]):
                best = (t, obj)
        return best

    def colour(self, ray):
        hit = self.first_hit(ray)
        if hit is None:
            return 0.0
        t, obj = hit
        p = ray.point_at(t)
        to_light = (self.light - p).normalized()
        if self.first_hit(Ray(p, to_light)) is not None:
            return 0.1 * obj.shade
        lambert = obj.normal_at(p).dot(to_light)
        return obj.shade * max(lambert, 0.0) + 0.1 * obj.shade


def render(size):
    scene = Scene([Sphere(Vector(0, 0, 5), 1.5, 0.9), Sphere(Vector(2, 1, 6), 1.0, 0.6),
                   Sphere(Vector(-2, -1, 4), 0.7, 0.8), Sphere(Vector(0, -101, 5), 100, 0.5)],
                  Vector(-5, 8, -3))
    eye = Vector(0, 0, -4)
    total = 0.0
    lit = 0
    for y in range(size):
        for x in range(size):
            target = Vector((x - size / 2) / size * 2, (size / 2 - y) / size * 2, 0)
            c = scene.colour(Ray(eye, target - eye))
            total += c
            if c > 0.2:
                lit += 1
    return total, lit


N = int(sys.argv[1]) if len(sys.argv) > 1 else 50
total, lit = render(N)
print('%.9f %d' % (total, lit))
