# An object is finalized the moment its last reference goes, also in code the compiling
# tier runs: an attribute read, a method load and an attribute store leave nothing behind,
# and a call hands its arguments to the callee (a callee that deletes a parameter frees it
# then, as CPython's frame does), also when the callee raises or is not compiled.  Run
# with --jit=always (the test suite does), every function here is compiled.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)

    def method(self):
        return self.name


class Holder:
    pass


def read_attribute(holder):
    value = holder.item
    return value is not None


def load_method(holder):
    return holder.item.method()


def attribute_reads():
    for i in range(3):
        holder = Holder()
        holder.item = Resource("read %d" % i)
        read_attribute(holder)
        load_method(holder)
        del holder
        print("after del", i)


def attribute_stores():
    holder = Holder()
    for i in range(3):
        holder.item = Resource("stored %d" % i)
        print("stored", i)
    holder.item = None
    print("after the last store")


def drops_parameter(x):
    del x
    print("  parameter deleted")
    return 1


def drops_and_raises(x):
    del x
    print("  parameter deleted")
    raise ValueError("after the del")


def with_default(x, y=2):
    del x
    print("  parameter deleted (defaults)")
    return y


def star(*args):
    del args
    print("  star parameter deleted")


def calls():
    for i in range(2):
        drops_parameter(Resource("argument %d" % i))
        print("returned", i)
    try:
        drops_and_raises(Resource("raising"))
    except ValueError as e:
        print("caught", e)
    with_default(Resource("with a default"))
    print("returned from with_default")
    star(Resource("star"))
    print("returned from star")


class Method:
    def drop(self, x):
        del x
        print("  method parameter deleted")


def method_calls():
    m = Method()
    for i in range(2):
        m.drop(Resource("method argument %d" % i))
        print("method returned", i)


attribute_reads()
attribute_stores()
calls()
method_calls()
print("end")
