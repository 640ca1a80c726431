# Uncaught exception raised in code run by exec(): traceback frames for "<string>" have no source lines.
source = """
def helper(n):
    return 10 // n

result = helper(2)
"""
namespace = {}
exec(source, namespace)
print("first run:", namespace["result"])
exec(compile("helper(0)", "<generated>", "exec"), namespace)
