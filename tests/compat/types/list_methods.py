# list: every method, with results and the list afterwards.
a = [3, 1, 4, 1, 5]
a.append(9); print a
a.extend([2, 6]); print a
a.extend("ab"); print a
a.insert(0, 'x'); a.insert(100, 'end'); a.insert(-2, 'm'); print a
print a.pop(), a.pop(0), a.pop(-2), a
print a.index(1), a.index(1, 2), a.count(1), a.count(99)
a.remove(1); print a
a.reverse(); print a
b = [5, 2, 8, 1]
b.sort(); print b
print b.__len__(), b.__contains__(8), b.__getitem__(-1)
for f in [lambda: a.index(42), lambda: a.remove(42), lambda: [].pop(), lambda: [1].pop(5),
          lambda: a.insert(), lambda: a.count(), lambda: a.index(1, 0, 1)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
