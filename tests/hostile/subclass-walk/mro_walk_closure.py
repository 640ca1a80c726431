# category: subclass-walk
# must: the transitive closure of __subclasses__ and __mro__ holds only guest type objects
# expect-stdout: closure big True
# expect-stdout: all types True
# expect-stdout: all mro tuples True
# expect-stdout: all mro end in object True
# expect-stdout: type.mro agrees True
# expect-stdout: all bases tuples of types True
# expect-stdout: all subclass lists True
# expect-stdout: no errors True
import os, io, warnings, collections, json
seen = set()
todo = [object]
errors = []
while todo:
    c = todo.pop()
    if c in seen:
        continue
    seen.add(c)
    try:
        subs = type.__subclasses__(c)
    except Exception as e:
        errors.append((c, type(e).__name__))
        continue
    todo.extend(subs)
    todo.extend(c.__mro__)
    todo.extend(c.__bases__)
    todo.append(type(c))
print("closure big", len(seen) > 50)
print("all types", all([isinstance(c, type) for c in seen]))
print("all mro tuples", all([type(c.__mro__) is tuple for c in seen]))
print("all mro end in object", all([c.__mro__[-1] is object for c in seen]))
print("type.mro agrees", all([tuple(type.mro(c)) == c.__mro__ for c in seen if type(c) is type]))
print("all bases tuples of types", all([all([isinstance(b, type) for b in c.__bases__]) for c in seen]))
print("all subclass lists", all([type(type.__subclasses__(c)) is list for c in seen]))
print("no errors", errors == [])
