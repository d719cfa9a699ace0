# Dict iteration order follows CPython 2.7's hash table slot order.
print {'apple': 3, 'banana': 5, 'cherry': 7}
print {'name': 'Bob', 'age': 25, 'city': 'Paris', 'email': 'b@x.org', 'id': 7}
print {-1: 0, -2: 0, 0: 0, 7: 0, 15: 0}
d = {}
for i in range(12):
    d[i * 8] = i
print d
d = {}
for i in range(12):
    d[str(i)] = i
print d
print {(1, 2): 'a', (2, 1): 'b', (0, 0): 'c', 'z': 1, 3.5: 2}
d = {}
i = 0
for k in ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow']:
    d[k] = i
    i = i + 1
print d
for k in ['black', 'white', 'orange', 'purple', 'pink']:
    d[k] = i
    i = i + 1
print d
print {'red': 0, 'green': 1, 'blue': 2, 'cyan': 3, 'magenta': 4, 'yellow': 5}
