# Class bodies inside functions see enclosing function locals; methods skip the class scope.
def make(x):
    class C(object):
        y = x * 2
        x_in_class = x
        def m(self):
            return x
    return C
C = make(5)
print C.y, C.x_in_class, C().m()
def shadowing():
    v = "outer"
    class K(object):
        v = "class"
        def m(self):
            return v
        w = v
    return K().m(), K.w, K.v
print shadowing()
def late():
    class L(object):
        def get(self):
            return late_value
    late_value = "assigned after class"
    return L().get()
print late()
