from ..square import Square
from . import DEPTH


class Cube(Square):
    def area(self):
        return 6 * super().area()
