# list: methods (append/extend/insert/remove/pop/index/count/sort/reverse/copy/clear), comparisons, reprs.
lst = [3, 1, 2]
lst.append(4)
lst.extend([5, 6])
lst.extend("ab")
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before last")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove("a")
print(lst, lst.index(2), lst.count(1), lst.index(4, 2), len(lst))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
r = [1, 2, 3]
r.reverse()
c = r.copy()
c.append(0)
print(r, c, r[:] == r, r[:] is r)
c.clear()
print(c, [] == [], [1, 2] < [1, 2, 3], [2] > [1, 9], [1, 2] * 2, [[0]] * 2, 3 * [1])
print(list(), list("abc"), list(range(3)), list({"a": 1}), list((1, 2)), list(x for x in [1]))
a = [1, 2, 3, 4, 5]
a[1:3] = [20, 30, 40]
a[-1:] = []
a[len(a):] = [99]
print(a)
a[::2] = [0] * len(a[::2])
print(a, a.__len__(), a.__contains__(0), a.__getitem__(1))
nested = [1, [2, [3]]]
shallow = nested.copy()
shallow[1].append(4)
print(nested, repr([1, "a", None, 2.5, [True]]), str(["x"]))
s = [3, 1, 2]
print(sorted(s), s, s.sort(), s)
print([1, 2, 3].__reversed__().__class__.__name__, list(reversed([1, 2, 3])))
big = list(range(10))
del big[::3]
print(big, big[-100:100], big[5:2])
