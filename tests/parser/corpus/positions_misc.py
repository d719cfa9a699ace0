x = (1 +
     2)
y = [a for a in
     b]
z = f(a,
      b=c)
if (a and
        b):
    pass
w = x if y else \
    z
v = """one
two""" % (a,
          b)
def f(
        a,
        b=1):
    pass
