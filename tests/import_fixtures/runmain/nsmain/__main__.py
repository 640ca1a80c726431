print("namespace __main__:", __name__, __package__, __spec__.name)
