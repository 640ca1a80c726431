"""Adapted from pyperformance's bm_nqueens: brute-force N-queens solver
over all permutations, exercising generators, generator expressions, sets,
tuples and a pure-Python itertools.permutations."""

import sys


def permutations(iterable, r=None):
    """Pure-Python implementation of itertools.permutations()."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    """N-Queens solver.

    Yields each solution as a tuple giving the column of the queen in
    each row.
    """
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


DEFAULT = 7

if __name__ == "__main__":
    N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    solutions = list(n_queens(N))
    print("n_queens(%d): %d solutions, first=%r last=%r"
          % (N, len(solutions), solutions[0] if solutions else None,
             solutions[-1] if solutions else None))
