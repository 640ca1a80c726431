"""Recording a run for the visualizer: one step per executed instruction (or per
line) of the program's own code, each with the frame stack (locals, cells, value
stack), the guest objects reachable from the frames and the program's globals,
the output written so far and the exception being raised.

The recorder is an interpreter hook ("visualize", Interpreter.set_hook); it
stops the run (StepBudgetExceeded) after ``budget`` steps.  Objects are
serialized into a table of distinct contents, so a step stores only
{object id: content index} -- an object that does not change between steps
costs one entry.  The trace is plain JSON (docs/visualizer.md has the schema)."""

import json
import re

from snakevm import dis, opcodes
from snakevm.linetable import line_at
from snakevm.interpreter import state
from snakevm.interpreter.inlinecache import Cache
from snakevm.interpreter.frame import Frame, NULL, UNBOUND
from snakevm.objspace.dictobject import W_Dict
from snakevm.objspace.functionobject import W_Cell, W_Function
from snakevm.objspace.listobject import W_List
from snakevm.objspace.moduleobject import W_Module
from snakevm.objspace.root import W_Root, OperationError
from snakevm.objspace.setobject import W_Set
from snakevm.objspace.space import space
from snakevm.objspace.tupleobject import W_Tuple
from snakevm.objspace.typeobject import W_TypeObject

SCHEMA_VERSION = 1
MAX_OBJECTS = 300               # objects drawn per step (the rest are left out)
MAX_ITEMS = 50                  # elements shown per container
_OFFSET = re.compile(r"^\s*\d*\s+(?:>>)?\s*(\d+) ")


class StepBudgetExceeded(Exception):
    """The run reached the step budget: it is cut there."""


class Recorder:
    def __init__(self, program_directory, budget=10000, granularity="instruction"):
        self.directory = program_directory
        self.budget = budget
        self.granularity = granularity
        self.steps = []
        self.contents = []              # distinct serialized objects
        self.content_index = {}         # JSON text -> index in contents
        self.codes = {}                 # id(code) -> description
        self.sources = {}               # filename -> text
        self.cut = False
        self.w_main_dict = None
        self.w_stdout = None            # a guest StringIO the program writes to
        self.last_line = None
        self.events = []                # (step, kind, detail): collections, exceptions

    # -- the hook -----------------------------------------------------------------------
    def hook(self, frame, index, op, oparg):
        if op == opcodes.CACHE or not self._recorded(frame.code):
            return
        line = line_at(frame.code, index)
        if self.granularity == "line":
            where = (id(frame), line)
            if where == self.last_line:
                return
            self.last_line = where
        if len(self.steps) >= self.budget:
            self.cut = True
            raise StepBudgetExceeded(self.budget)
        info = opcodes.BY_NUMBER.get(op) or opcodes.SPECIALIZED_BY_NUMBER[op]
        if isinstance(oparg, Cache):
            oparg = oparg.oparg
        self.steps.append({
            "code": self._code_id(frame.code), "offset": index * 2, "line": line,
            "op": info.base or info.name, "arg": oparg if info.has_arg else None,
            "frames": self._frames(frame), "heap": self._heap(frame),
            "stdout": self._stdout_length(), "handling": self._handling(),
        })

    def record_collection(self, unreachable_w):
        """The collector found these objects unreachable (a heap hook)."""
        shown = [w for w in unreachable_w if not isinstance(w, W_Dict)]  # (their __dict__s too)
        self.events.append({"step": len(self.steps), "kind": "gc",
                            "objects": [self._describe(w) for w in shown]})

    def record_exception(self, w_exc):
        self.events.append({"step": len(self.steps), "kind": "exception",
                            "type": space.type(w_exc).name, "message": _safe_str(w_exc)})

    # -- what is recorded -----------------------------------------------------------------
    def _recorded(self, code):
        filename = code.co_filename
        return filename.startswith(self.directory) and not filename.startswith("<")

    def _code_id(self, code):
        key = str(id(code))
        if key not in self.codes:
            lines = []
            dis.disassemble_code(code, lines)
            offsets = []
            for text in lines:
                m = _OFFSET.match(text)
                offsets.append(int(m.group(1)) if m else None)
            self.codes[key] = {"name": code.co_qualname, "filename": code.co_filename,
                               "firstlineno": code.co_firstlineno, "dis": lines,
                               "offsets": offsets}
            if code.co_filename not in self.sources:
                try:
                    with open(code.co_filename, encoding="utf-8") as f:
                        self.sources[code.co_filename] = f.read()
                except (OSError, UnicodeDecodeError):
                    self.sources[code.co_filename] = ""
        return key

    def _frames(self, frame):
        frames = [self._frame(f) for f in self._recorded_frames(frame)]
        frames.reverse()                # outermost first
        return frames

    def _frame(self, f):
        code = f.code
        kinds = code.co_localspluskinds
        locals_, cells = {}, {}
        for i, name in enumerate(code.co_localsplusnames):
            w_value = f.fast[i] if i < len(f.fast) else UNBOUND
            if w_value is UNBOUND:
                continue
            if kinds[i] & (opcodes.CO_FAST_CELL | opcodes.CO_FAST_FREE) and \
                    isinstance(w_value, W_Cell):
                cells[name] = self._ref(w_value)
            elif not isinstance(f.w_locals, W_Dict):
                locals_[name] = self._ref(w_value)
        if isinstance(f.w_locals, W_Dict):          # a module or class body: its namespace
            locals_ = {name: self._ref(w_value) for name, w_value in f.w_locals.storage.items()
                       if _shown_name(name)}
        return {"code": self._code_id(code), "name": code.co_qualname,
                "line": line_at(code, max(f.last_i, 0)), "offset": max(f.last_i, 0) * 2,
                "locals": locals_, "cells": cells,
                "stack": [self._ref(w) for w in f.stack]}

    def _ref(self, w_value):
        """A value as the trace shows it: unboxed values inline, objects by id."""
        if w_value is None or type(w_value) in (bool, int, float, complex, str, bytes):
            return {"value": _short_repr(w_value)}
        if w_value is NULL:
            return {"value": "NULL"}
        if not isinstance(w_value, W_Root):
            return {"value": "<%s>" % type(w_value).__name__}
        return {"ref": str(id(w_value))}

    def _recorded_frames(self, frame):
        f = frame
        while f is not None:
            if self._recorded(f.code):
                yield f
            f = f.back

    def _heap(self, frame):
        """{object id: content index} of the objects reachable from the frames."""
        roots = []
        namespaces = [self.w_main_dict]
        for f in self._recorded_frames(frame):
            roots.extend(w for w in f.fast + f.stack if isinstance(w, W_Root))
            if isinstance(f.w_locals, W_Dict):
                namespaces.append(f.w_locals)
        for w_dict in namespaces:
            if w_dict is not None:
                roots.extend(w for name, w in w_dict.storage.items()
                             if isinstance(w, W_Root) and _shown_name(name))
        heap = {}
        pending = list(roots)
        while pending and len(heap) < MAX_OBJECTS:
            w_obj = pending.pop()
            key = str(id(w_obj))
            if key in heap:
                continue
            content, children = self._serialize(w_obj)
            heap[key] = self._content_index(content)
            pending.extend(children)
        return heap

    def _content_index(self, content):
        text = json.dumps(content, sort_keys=True)
        index = self.content_index.get(text)
        if index is None:
            index = self.content_index[text] = len(self.contents)
            self.contents.append(content)
        return index

    def _serialize(self, w_obj):
        """(content, guest objects it refers to) for one heap object."""
        type_name = space.type(w_obj).name
        if isinstance(w_obj, (W_List, W_Tuple)):
            items = w_obj.items_w[:MAX_ITEMS]
            return ({"kind": "sequence", "type": type_name,
                     "items": [self._ref(w) for w in items],
                     "more": max(0, len(w_obj.items_w) - MAX_ITEMS)},
                    [w for w in items if isinstance(w, W_Root)])
        if isinstance(w_obj, W_Set):
            items = list(w_obj.items)[:MAX_ITEMS]
            return ({"kind": "sequence", "type": type_name,
                     "items": [self._ref(w) for w in items],
                     "more": max(0, len(w_obj.items) - MAX_ITEMS)},
                    [w for w in items if isinstance(w, W_Root)])
        if isinstance(w_obj, W_Dict):
            pairs = list(w_obj.storage.items())[:MAX_ITEMS]
            return ({"kind": "mapping", "type": type_name,
                     "entries": [[self._ref(k), self._ref(v)] for k, v in pairs]},
                    [w for pair in pairs for w in pair if isinstance(w, W_Root)])
        if isinstance(w_obj, W_Cell):
            value = [] if w_obj.empty else [w_obj.w_value]
            return ({"kind": "cell", "type": "cell",
                     "value": self._ref(w_obj.w_value) if value else None},
                    [w for w in value if isinstance(w, W_Root)])
        if isinstance(w_obj, W_Function):
            cells = {}
            for name, w_cell in zip(w_obj.code.co_freevars, w_obj.closure_w):
                cells[name] = self._ref(w_cell)
            return ({"kind": "function", "type": type_name, "name": w_obj.qualname,
                     "closure": cells},
                    list(w_obj.closure_w))
        if isinstance(w_obj, W_TypeObject):
            attrs = {name: self._ref(w) for name, w in w_obj.dict_w.items()
                     if not (name.startswith("__") and name.endswith("__"))}
            bases = [w.name for w in w_obj.bases_w]
            return ({"kind": "class", "type": "type", "name": w_obj.name, "bases": bases,
                     "attrs": attrs},
                    [w for w in w_obj.dict_w.values() if isinstance(w, W_Function)])
        if isinstance(w_obj, W_Module):
            return {"kind": "module", "type": "module", "name": _safe_str_attr(w_obj)}, []
        frame = getattr(w_obj, "frame", None)
        if type_name in ("generator", "coroutine") and (frame is None or
                                                        isinstance(frame, Frame)):
            alive = frame is not None and not frame.finished
            if not alive:
                state = "finished"
            elif getattr(w_obj, "running", False):
                state = "running"           # its frame is on the frame stack
            else:
                state = "suspended" if frame.last_i >= 0 else "created"
            content = {"kind": "generator", "type": type_name,
                       "name": getattr(w_obj, "name", type_name), "state": state}
            if state in ("suspended", "created") and self._recorded(frame.code):
                content["frame"] = self._frame(frame)
                return content, [w for w in frame.fast + frame.stack if isinstance(w, W_Root)]
            return content, []
        w_dict = getattr(w_obj, "w_dict", None)
        if isinstance(w_dict, W_Dict):
            attrs = {k: self._ref(v) for k, v in w_dict.storage.items() if isinstance(k, str)}
            return ({"kind": "instance", "type": type_name, "attrs": attrs},
                    [w for w in w_dict.storage.values() if isinstance(w, W_Root)])
        return {"kind": "other", "type": type_name, "repr": _safe_repr(w_obj)}, []

    def _describe(self, w_obj):
        """An object the collector found: its id, type and content (drawn as freed)."""
        content, _ = self._serialize(w_obj)
        return {"id": str(id(w_obj)), "type": space.type(w_obj).name,
                "content": self._content_index(content)}

    def _handling(self):
        """The exception being handled (sys.exception()), if any."""
        w_exc = state.current_exception()
        if w_exc is None:
            return None
        return {"type": space.type(w_exc).name, "message": _safe_str(w_exc)}

    def _stdout_length(self):
        return self.w_stdout.length if self.w_stdout is not None else 0

    # -- the result -----------------------------------------------------------------------
    def trace(self, stdout_text, status, error_text):
        return {"schema": SCHEMA_VERSION, "granularity": self.granularity,
                "budget": self.budget, "cut": self.cut, "codes": self.codes,
                "sources": self.sources, "objects": self.contents, "steps": self.steps,
                "events": self.events, "stdout": stdout_text, "exit_status": status,
                "error": error_text}


def _shown_name(name):
    """A namespace entry the page shows: the program's names, not __dunder__ ones."""
    return isinstance(name, str) and not (name.startswith("__") and name.endswith("__"))


def _shortened(text):
    return text if len(text) <= 60 else text[:57] + "..."


def _short_repr(value):
    return _shortened(repr(value))


def _safe_repr(w_obj):
    try:
        return _shortened(space.repr(w_obj))
    except OperationError:                     # a guest __repr__ that fails
        return "<%s object>" % space.type(w_obj).name


def _safe_str(w_obj):
    try:
        return space.str(w_obj)
    except OperationError:
        return "<exception str() failed>"


def _safe_str_attr(w_module):
    w_name = w_module.w_dict.getitem_str("__name__")
    return w_name if isinstance(w_name, str) else "?"

