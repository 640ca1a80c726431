"""Adapted from pyperformance's bm_json_dumps: json.dumps of nested dicts, lists,
strings and numbers (the pure-Python encoder and the str machinery)."""

import json
import sys

EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)


def main(scale):
    total = 0
    for obj, count in (EMPTY, SIMPLE, NESTED, HUGE):
        for _ in range(max(1, count * scale // 100)):
            total += len(json.dumps(obj))
    return total


N = int(sys.argv[1]) if len(sys.argv) > 1 else 150
print(main(N))
