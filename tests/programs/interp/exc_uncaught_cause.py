# Uncaught exception with explicit cause: "The above exception was the direct cause..." and three-link chains.
class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key!r}") from exc


def start(settings):
    try:
        port = load(settings, "port")
    except ConfigError as err:
        raise RuntimeError("cannot start server") from err
    return port


print(start({"port": 80}))
start({})
