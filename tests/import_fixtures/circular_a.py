import circular_b

VALUE_A = "a"


def from_b():
    return circular_b.VALUE_B
