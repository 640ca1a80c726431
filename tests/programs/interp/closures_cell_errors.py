# Errors from unbound locals, free variables and cells: exact NameError/UnboundLocalError messages.
def local_before_assign():
    print(x)
    x = 1


x = "global"
try:
    local_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))


def free_before_assign():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()


print(free_before_assign())


def cell_deleted():
    z = 1

    def inner():
        return z

    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


cell_deleted()


def augmented_unbound():
    counter += 1


counter = 0
try:
    augmented_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def class_body_free():
    w = "function local"

    class Inner:
        seen = w
        w = "class attribute"
        again = w

    return Inner.seen, Inner.again


w = "module-level w"
print(class_body_free())


def conditional_binding(flag):
    if flag:
        value = "set"
    return value


print(conditional_binding(True))
try:
    conditional_binding(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(never_defined)
except NameError as e:
    print(type(e).__name__, e, e.name)


def except_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err


try:
    except_var_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
