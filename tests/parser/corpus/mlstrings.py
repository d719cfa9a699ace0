x = ("""a
b""", '''c
d''' + "e\
f", [1,
2], {3:
4})
def f(a,
      b="""x
y"""):
    """doc
    string"""
    return """r
s""" % (a,
        b) if a else \
        None
class C(object): """c
d"""; x = 1
