"""The learner's view: ``python -m snakevm --visualize FILE.py`` records a run step
by step (recorder.py), and writes it as one self-contained HTML page (page.py,
viewer.html) or as JSON (--visualize-json); run.py drives it.  docs/visualizer.md
has the schema and the page's controls."""
