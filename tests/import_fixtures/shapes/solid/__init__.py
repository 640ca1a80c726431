from ..base import Shape
from .. import circle as flat_circle

DEPTH = 2
