"""'Did you mean' hints on uncaught AttributeError, NameError and ImportError,
as CPython 3.12 prints them (Python/suggestions.c): the candidate with the
smallest Levenshtein distance, where moving a character costs 2 and changing
only its case costs 1, and no more than about a third of the characters may
change.  Only the exact exception types get hints."""

import sys as host_sys

from snakevm.objspace.space import space
from snakevm.objspace.root import OperationError

MAX_CANDIDATE_ITEMS = 750
MAX_STRING_SIZE = 40
MOVE_COST = 2
CASE_COST = 1


def _substitution_cost(a, b):
    if a == b:
        return 0
    if a.lower() == b.lower():
        return CASE_COST
    return MOVE_COST


def levenshtein_distance(a, b, max_cost):
    if a == b:
        return 0
    prefix = 0                                   # trim the common prefix and suffix
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    a, b = a[prefix:], b[prefix:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return MOVE_COST * (len(a) + len(b))
    if len(a) > MAX_STRING_SIZE or len(b) > MAX_STRING_SIZE:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = [MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for b_index, b_char in enumerate(b):
        distance = result = b_index * MOVE_COST
        minimum = host_sys.maxsize
        for index, a_char in enumerate(a):
            substitute = distance + _substitution_cost(b_char, a_char)
            distance = row[index]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            row[index] = result
            minimum = min(minimum, result)
        if minimum > max_cost:
            return max_cost + 1
    return result


def best_match(candidates, name):
    if len(candidates) >= MAX_CANDIDATE_ITEMS or len(name) > MAX_STRING_SIZE:
        return None
    suggestion, best = None, host_sys.maxsize
    for item in candidates:
        if not isinstance(item, str) or item == name:
            continue
        max_distance = min((len(name) + len(item) + 3) * MOVE_COST // 6, best - 1)
        distance = levenshtein_distance(name, item, max_distance)
        if distance > max_distance:
            continue
        if suggestion is None or distance < best:
            suggestion, best = item, distance
    return suggestion


def _dir(w_obj):
    return [w for w in space.unpack_iterable(space.call(
        space.builtins_module().w_dict.getitem_str("dir"), [w_obj])) if isinstance(w, str)]


def _name_error_suggestion(w_exc, name):
    w_tb = w_exc.w_traceback
    if w_tb is None:
        return None
    while w_tb.w_next is not None:
        w_tb = w_tb.w_next
    frame = w_tb.w_frame
    varnames = list(frame.code.co_varnames)
    if "self" in varnames:
        index = frame.code.co_localsplusnames.index("self")
        w_self = frame.fast[index]
        w_self = getattr(w_self, "w_value", w_self)      # a cell
        try:
            space.getattr(w_self, name)
            return "self." + name
        except (OperationError, SystemError):
            pass
    for candidates in (varnames, list(frame.w_globals.storage), list(frame.w_builtins.storage)):
        suggestion = best_match(candidates, name)
        if suggestion is not None:
            return suggestion
    return None


def suggestion_suffix(w_exc):
    """The text CPython appends to the exception's message line, or ''."""
    w_type = space.type(w_exc)
    try:
        if w_type is space.builtin_exception("AttributeError"):
            name, w_obj = space.getattr(w_exc, "name"), space.getattr(w_exc, "obj")
            if not isinstance(name, str) or w_obj is None:
                return ""
            suggestion = best_match(_dir(w_obj), name)
        elif w_type is space.builtin_exception("ImportError"):
            name, module = space.getattr(w_exc, "name_from"), space.getattr(w_exc, "name")
            if not isinstance(name, str) or not isinstance(module, str):
                return ""
            w_module = space.import_hook(module, None, None, None, 0)
            suggestion = best_match(_dir(w_module), name)
        elif w_type is space.builtin_exception("NameError"):
            name = space.getattr(w_exc, "name")
            if not isinstance(name, str):
                return ""
            suggestion = _name_error_suggestion(w_exc, name)
            text = ". Did you mean: '%s'?" % suggestion if suggestion else ""
            if name in getattr(host_sys, "stdlib_module_names", ()):
                text += (" Or did you forget to import '%s'?" if suggestion
                         else ". Did you forget to import '%s'?") % name
            return text
        else:
            return ""
    except OperationError:
        return ""
    return ". Did you mean: '%s'?" % suggestion if suggestion else ""
