# A small module imported by importing.py (its module body runs on the first import).
PI = 3.14159


def circle_area(r):
    return PI * r * r
