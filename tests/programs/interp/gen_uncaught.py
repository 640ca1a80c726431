# Uncaught exception raised inside a generator consumed by a for loop and a generator expression.
def parse_numbers(lines):
    for number, line in enumerate(lines, 1):
        yield number, int(line)


def total(lines):
    result = 0
    for number, value in parse_numbers(lines):
        print("line", number, "value", value)
        result += value
    return result


print(total(["1", "2"]))
print(sum(v for _, v in parse_numbers(["3", "4"])))
print(total(["5", "six", "7"]))
