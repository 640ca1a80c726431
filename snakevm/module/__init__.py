"""Built-in modules of snakevm (builtins, sys)."""
