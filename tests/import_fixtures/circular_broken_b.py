from circular_broken_a import NAME_A

NAME_B = "b"
