"""Adapted from pyperformance's bm_spectral_norm: the spectral norm of an
infinite matrix via power iteration, exercising function calls, tuple
packing, list comprehensions, enumerate, zip and int/float arithmetic
(spectral_norm(100) = 1.274219991)."""

import sys


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u):
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def spectral_norm(n, iterations=10):
    u = [1] * n
    for dummy in range(iterations):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)

    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return (vBv / vv) ** 0.5


DEFAULT = 70

if __name__ == "__main__":
    N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    print("spectral_norm(%d) = %.9f" % (N, spectral_norm(N)))
