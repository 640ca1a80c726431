"""snakevm: a Python 3.12 virtual machine written in Python.

Pipeline: source -> stdlib ast -> snakevm.compiler -> snakevm.code.Code
(CPython 3.12 layout) <-> .pyc (snakevm.marshal) -> snakevm interpreter.
See DEVELOPERS.md and docs/ for the design.
"""
