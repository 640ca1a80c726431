class Shape:
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
