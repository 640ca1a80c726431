# global statements: rebinding module names from functions, nested functions, class bodies, globals().
counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment()
increment()
print(counter)


def create_new():
    global brand_new
    brand_new = "created"


create_new()
print(brand_new)


def outer():
    x = "outer local"

    def inner():
        global x
        x = "global x"

    inner()
    return x


print(outer(), x)


class Holder:
    global from_class
    from_class = "set in class body"
    value = counter


print(from_class, Holder.value)


def reads_global():
    return counter * 10


print(reads_global())


def shadow():
    counter = "local"
    return counter, globals()["counter"]


print(shadow())


def del_global():
    global brand_new
    del brand_new


del_global()
print("brand_new" in globals())


def unbound_after_global_del():
    global brand_new
    try:
        return brand_new
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(unbound_after_global_del())
g = globals()
g["injected"] = 5
print(injected)
print(sorted(k for k in globals() if not k.startswith("__")))
