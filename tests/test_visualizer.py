"""The visualizer (--visualize, docs/visualizer.md): the recorded trace (JSON) for
the things a learner looks at, and the page itself in a real headless browser
(Chromium; .ci/run installs it) at given steps and after clicking its controls."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "visualizer"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def record(tmp_path, program, *options, json_output=True):
    out = tmp_path / ("trace.json" if json_output else "page.html")
    args = list(options) + (["--visualize-json"] if json_output else [])
    result = subprocess.run([sys.executable, "-m", "snakevm", *args, "--visualize",
                             str(program), "-o", str(out)], capture_output=True, text=True,
                            cwd=ROOT, timeout=300, env=dict(os.environ, PYENV_VERSION="3.12.1"))
    assert result.returncode == 0, result.stderr
    return (json.loads(out.read_text()) if json_output else out), result.stderr


def objects_of(trace, step):
    return {key: trace["objects"][index] for key, index in step["heap"].items()}


def test_aliasing_names_share_one_object(tmp_path):
    trace, _ = record(tmp_path, EXAMPLES / "aliasing.py")
    last = trace["steps"][-1]["frames"][0]["locals"]
    assert last["a"] == last["b"] and "ref" in last["a"] and last["c"] != last["a"]
    assert trace["stdout"] == "[1, 2, 3, 4] [1, 2, 3, 4] [1, 2, 3, 4, 5] True False\n"
    ops = [s["op"] for s in trace["steps"]]
    assert ops[0] == "RESUME" and "LIST_EXTEND" in ops and "STORE_NAME" in ops


def test_closure_cell_and_frames(tmp_path):
    trace, _ = record(tmp_path, EXAMPLES / "closures.py")
    inner = [s for s in trace["steps"] if s["op"] == "STORE_DEREF"
             and s["frames"][-1]["name"].endswith("increment")]
    frame = inner[0]["frames"][1]
    assert frame["name"] == "make_counter.<locals>.increment" and "count" in frame["cells"]
    cell = objects_of(trace, inner[0])[frame["cells"]["count"]["ref"]]
    assert cell == {"kind": "cell", "type": "cell", "value": {"value": "0"}}
    assert inner[0]["frames"][1]["stack"] == [{"value": "1"}]


def test_suspended_generators(tmp_path):
    trace, _ = record(tmp_path, EXAMPLES / "generator_pipeline.py")
    states = {(o["name"], o["state"]) for s in trace["steps"]
              for o in objects_of(trace, s).values() if o["kind"] == "generator"}
    assert ("numbers", "suspended") in states and ("squares", "suspended") in states
    suspended = [o for s in trace["steps"] for o in objects_of(trace, s).values()
                 if o["kind"] == "generator" and o["state"] == "suspended"]
    assert all(o["frame"]["name"] in ("numbers", "squares") for o in suspended)


def test_exceptions_and_collections_are_events(tmp_path):
    trace, _ = record(tmp_path, EXAMPLES / "exceptions.py")
    assert trace["stdout"] == "load done\ncaught: invalid literal for int() with base 10: " \
                              "'three'\n"
    depths = [len(s["frames"]) for s in trace["steps"]]
    assert max(depths) == 3          # <module>, load, parse (3.12 inlines the comprehension)
    trace, _ = record(tmp_path, EXAMPLES / "gc_cycle.py")
    (event,) = [e for e in trace["events"] if e["kind"] == "gc"]
    assert sorted(o["type"] for o in event["objects"]) == ["Node", "Node"]


def test_step_budget_and_line_granularity(tmp_path):
    trace, message = record(tmp_path, EXAMPLES / "recursion.py", "--visualize-steps", "20")
    assert len(trace["steps"]) == 20 and trace["cut"]
    assert "cut after 20 steps" in message
    full, _ = record(tmp_path, EXAMPLES / "recursion.py")
    lines, _ = record(tmp_path, EXAMPLES / "recursion.py", "--visualize-granularity", "line")
    assert len(lines["steps"]) < len(full["steps"])
    assert [s["line"] for s in lines["steps"][:5]] == [0, 2, 8, 2, 3]   # RESUME: line 0, def


def test_import_shows_the_module_body(tmp_path):
    trace, _ = record(tmp_path, EXAMPLES / "importing.py")
    names = {s["frames"][-1]["name"] for s in trace["steps"]}
    assert {"<module>", "circle_area"} <= names
    files = {trace["codes"][s["code"]]["filename"].rsplit("/", 1)[1] for s in trace["steps"]}
    assert files == {"importing.py", "geometry.py"}


# -- the page in a browser ------------------------------------------------------------------
def dom(page, fragment):
    result = subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
                             "--window-size=1400,1000", "--dump-dom",
                             "file://%s#%s" % (page, fragment)],
                            capture_output=True, text=True, timeout=120)
    assert "<html" in result.stdout, result.stderr
    return result.stdout


def where(html):
    return re.search(r'id="where">([^<]*)<', html).group(1)


needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed "
                                   "(.ci/run installs the Debian package)")


@needs_browser
def test_page_steps_and_controls(tmp_path):
    page, _ = record(tmp_path, EXAMPLES / "aliasing.py", json_output=False)
    first = dom(page, "")
    assert where(first).startswith("step 1 / ")
    assert '<div class="srcline current" id="line-1">' in first or "line-0" not in first
    html = dom(page, "do=next,next,next")
    assert where(html).startswith("step 4 / ")
    html = dom(page, "do=nextline,nextline")
    line = int(re.search(r"line (\d+)", where(html)).group(1))
    assert re.search(r'class="srcline current" id="line-%d"' % line, html)
    html = dom(page, "do=last")
    total = int(re.search(r"/ (\d+)", where(html)).group(1))
    assert where(html).startswith("step %d / %d" % (total, total))
    html = dom(page, "do=last,prev,prevline")
    assert int(re.search(r"step (\d+)", where(html)).group(1)) < total - 1
    # the current instruction in the disassembly, and values on the stack
    trace, _ = record(tmp_path, EXAMPLES / "aliasing.py")
    last_call = max(i for i, s in enumerate(trace["steps"]) if s["op"] == "CALL")
    html = dom(page, "step=%d" % (last_call + 1))
    assert re.search(r'class="disline current" data-offset="\d+">[^<]*CALL', html)
    assert '<span class="value">True</span>' in html
    # two names, one list: two arrows from the frame end at the same box
    arrows = re.findall(r'class="arrow" data-from="(\d+)"', html)
    shared = [ref for ref in set(arrows) if arrows.count(ref) >= 2]
    assert shared and ('id="obj-%s" data-kind="sequence"' % shared[0]) in html


@needs_browser
def test_page_closure_cell_generator_and_collection(tmp_path):
    page, _ = record(tmp_path, EXAMPLES / "closures.py", json_output=False)
    html = dom(page, "step=40")
    assert 'data-kind="cell"' in html and 'data-kind="function"' in html
    assert "make_counter.&lt;locals&gt;.increment" in html
    trace, _ = record(tmp_path, EXAMPLES / "generator_pipeline.py")
    step = next(i for i, s in enumerate(trace["steps"]) if any(
        o["kind"] == "generator" and o["state"] == "suspended"
        for o in objects_of(trace, s).values()))
    page, _ = record(tmp_path, EXAMPLES / "generator_pipeline.py", json_output=False)
    html = dom(page, "step=%d" % (step + 1))
    assert re.search(r"generator (numbers|squares) \(suspended\)", html)
    assert 'class="frame suspended"' in html
    trace, _ = record(tmp_path, EXAMPLES / "gc_cycle.py")
    step = [e for e in trace["events"] if e["kind"] == "gc"][0]["step"]
    page, _ = record(tmp_path, EXAMPLES / "gc_cycle.py", json_output=False)
    html = dom(page, "step=%d" % (step + 1))
    assert html.count('class="obj freed"') == 2 and "the collector found 2 unreachable" in html


def test_command_line_errors(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "snakevm", *args], capture_output=True,
                              text=True, cwd=ROOT, timeout=120)
    result = run("--visualize", str(tmp_path / "missing.py"))
    assert result.returncode == 2 and "can't open file" in result.stderr
    result = run("--visualize-granularity", "word", "--visualize", "x.py")
    assert result.returncode == 2 and "must be 'line' or 'instruction'" in result.stderr
    result = run("--visualize")
    assert result.returncode == 2 and "takes exactly one FILE" in result.stderr
