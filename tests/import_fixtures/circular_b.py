import circular_a

VALUE_B = "b"


def from_a():
    return circular_a.VALUE_A
