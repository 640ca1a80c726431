# Recursion: each call of factorial gets its own frame, stacked until n reaches 1.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


print(factorial(4))
