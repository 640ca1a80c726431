# An import: the module's code runs once, in its own namespace; the name is bound here.
import geometry

print(round(geometry.circle_area(2), 2))
import geometry as again
print(again is geometry)
