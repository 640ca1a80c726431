"""Running a program under the recorder: the program's output is captured (and
shown on the page), the run ends at the step budget, and the trace is written
as an HTML page or as JSON."""

import json
import os
import sys as host_sys

from snakevm import runner
from snakevm.compiler import compile_source
from snakevm.interpreter import state
from snakevm.interpreter.runtime import interpreter, run_code
from snakevm.interpreter.traceback import format_exception
from snakevm.memory.heap import heap
from snakevm.module import sys as sys_module
from snakevm.module._io.stringio import w_stringio_type
from snakevm.objspace.root import OperationError
from snakevm.objspace.space import space
from snakevm.visualizer import page
from snakevm.visualizer.recorder import Recorder, StepBudgetExceeded


def visualize(config):
    """``--visualize FILE``: record the run, write the page (or JSON); the status."""
    path = config.target
    directory = os.path.dirname(os.path.abspath(path))
    filename = os.path.abspath(path)
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile_source(source, filename, "exec")
    except SyntaxError as e:
        return runner._report_syntax_error(e)
    config = config.replace(run="file")
    w_main = runner.setup_vm(config, directory, filename)
    w_main.w_dict.setitem_str("__file__", filename)
    recorder = Recorder(directory, config.visualize_steps, config.visualize_granularity)
    recorder.w_main_dict = w_main.w_dict
    w_out = space.call(w_stringio_type, [])
    for name in ("stdout", "stderr"):
        space.setattr(sys_module.current_sys_module, name, w_out)
    recorder.w_stdout = w_out
    state.exact_instructions = True
    interp = interpreter()
    interp.set_hook("visualize", recorder.hook)
    heap.collection_observer = recorder.record_collection
    status, error_text = 0, None
    try:
        run_code(code, w_main.w_dict)
    except OperationError as e:
        recorder.record_exception(e.w_value)
        error_text = "".join(format_exception(e.w_value))
        status = 1
    except StepBudgetExceeded:
        status = 0
    finally:
        interp.set_hook("visualize", None)
        heap.collection_observer = None
    stdout_text = space.call_method(w_out, "getvalue")
    trace = recorder.trace(stdout_text, status, error_text)
    out = config.output or os.path.splitext(path)[0] + (
        ".json" if config.visualize_json else ".html")
    with open(out, "w", encoding="utf-8") as f:
        if config.visualize_json:
            json.dump(trace, f)
        else:
            f.write(page.render(trace, os.path.basename(path)))
    host_sys.stderr.write("snakevm: recorded %d steps of %s into %s\n"
                          % (len(trace["steps"]), path, out))
    if recorder.cut:
        host_sys.stderr.write("snakevm: the run was cut after %d steps (--visualize-steps N "
                              "records more)\n" % recorder.budget)
    return 0
