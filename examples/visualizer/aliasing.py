# Two names, one list: changing it through one name is seen through the other.
a = [1, 2, 3]
b = a
b.append(4)
c = list(a)
c.append(5)
print(a, b, c, a is b, a is c)
