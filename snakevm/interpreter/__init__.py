"""snakevm's interpreter: frames, the eval loop, calls, exceptions, generators.

See docs/interpreter.md.  Entry points: snakevm.runner (programs) and
``Interpreter.call_function`` (host code calling guest functions).
"""
