# Uncaught exception several frames deep: per-frame lines, caret ranges for calls, attribute and subscripts.
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}

    def take(self, name, count):
        available = self.items[name]
        return self.check(available, count)

    def check(self, available, count):
        ratio = available / count
        return ratio


def process(inv, orders):
    results = []
    for name, count in orders:
        results.append(inv.take(name, count))
    return results


def main():
    inv = Inventory()
    print(process(inv, [("apple", 1), ("apple", 3)]))
    print(process(inv, [("apple", 2), ("apple", 0)]))


main()
