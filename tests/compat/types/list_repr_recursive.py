# Recursive lists and dicts print with [...] and {...}.
a = [1, 2]
a.append(a)
print a, len(a)
d = {'k': 1}
d['self'] = d
print d
b = [a, a]
print b
