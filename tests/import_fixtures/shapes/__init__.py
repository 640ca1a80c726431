"""A fixture package for the import tests."""
from .circle import Circle
from . import square as square_module

__all__ = ["Circle", "square_module", "area_of"]
loaded_order = ["shapes"]


def area_of(shape):
    return shape.area()
