# Floats inside lists, tuples and dicts print with repr; standalone with str.
a = [1.0, 2.5, 0.1, 1 / 3.0, 1e20, 1e-7]
print a
print tuple(a)
print a[3], a[4], a[5]
d = {'pi': 3.14159265358979, 'e': 2.718281828459045}
print d
print d['pi'], d['e']
