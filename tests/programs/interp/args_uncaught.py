# Uncaught TypeError from a bad call inside nested functions: traceback with carets, exit status 1.
def configure(host, port, *, timeout=10):
    return f"{host}:{port} timeout={timeout}"


def setup(options):
    print(configure("localhost", 80))
    print(configure(**options))
    return configure("h", 1, 2)


def main():
    result = setup({"host": "example", "port": 8080, "timeout": 3})
    print(result)


print("starting")
main()
print("not reached")
