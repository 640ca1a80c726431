"""Adapted from pyperformance's bm_fannkuch: the fannkuch-redux
permutation/flip benchmark, exercising list slicing, slice assignment,
list reversal and integer loops.

signed_sum is the alternating sum of flip counts over the permutations that
are actually flipped (those skipped by the perm1[m] != m shortcut are not
counted), so it differs from the benchmarks-game checksum."""

import sys


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    signed_sum = 0
    nperm = 0

    while 1:
        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]

            if flips_count > max_flips:
                max_flips = flips_count
            if nperm % 2 == 0:
                signed_sum += flips_count
            else:
                signed_sum -= flips_count
        nperm += 1

        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, signed_sum, nperm


DEFAULT = 8

if __name__ == "__main__":
    N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    max_flips, signed_sum, nperm = fannkuch(N)
    print("fannkuch(%d) max_flips=%d permutations=%d signed_sum=%d"
          % (N, max_flips, nperm, signed_sum))
