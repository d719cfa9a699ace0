# Which RuntimeError suffix a runaway recursion gets, for limits 100..111: 2.7 counts C-level calls, repr/str and cmp as levels too.
import sys
class R(object):
    def __repr__(self):
        return repr(self)
class S(object):
    def __str__(self):
        return str(self)
class G(object):
    def __getattr__(self, name):
        return self.foo
class C(object):
    def __call__(self):
        return self()
class E(object):
    def __eq__(self, o):
        return self == o
class L(object):
    def __len__(self):
        return len(self)
class I(object):
    def __iter__(self):
        return iter(self)
class H(object):
    def __hash__(self):
        return hash(self)
class A(object):
    def __add__(self, o):
        return self + o
class GI(object):
    def __getitem__(self, i):
        return self[i]
class Old:
    def __repr__(self):
        return repr(self)
class OldG:
    def __getattr__(self, n):
        return self.foo
class P(object):
    @property
    def p(self):
        return self.p
class Init(object):
    def __init__(self):
        Init()
def via_map(n):
    return map(via_map, [n])
def via_apply(n):
    return apply(via_apply, (n,))
def via_filter(n):
    return filter(via_filter, [n])
def plain(n):
    return plain(n)
def via_sorted(n):
    return sorted([1,2], key=lambda x: via_sorted(n))
def gen(n):
    for x in gen(n): yield x
def kw(n):
    return kw(n=n)
def star(n):
    return star(*(n,))
class M(object):
    def m(self, x=0):
        return map(self.m, [1])
tests = [
 ("plain", lambda: plain(0)),
 ("repr", lambda: repr(R())),
 ("str", lambda: str(S())),
 ("print", lambda: sys.stdout.write("%s" % S())),
 ("getattr", lambda: G().x),
 ("call", lambda: C()()),
 ("eq", lambda: E() == E()),
 ("len", lambda: len(L())),
 ("iter", lambda: iter(I())),
 ("hash", lambda: hash(H())),
 ("add", lambda: A() + A()),
 ("getitem", lambda: GI()[0]),
 ("oldrepr", lambda: repr(Old())),
 ("oldgetattr", lambda: OldG().x),
 ("property", lambda: P().p),
 ("init", lambda: Init()),
 ("map", lambda: via_map(0)),
 ("apply", lambda: via_apply(0)),
 ("filter", lambda: via_filter(0)),
 ("sorted", lambda: via_sorted(0)),
 ("gen", lambda: list(gen(0))),
 ("kw", lambda: kw(0)),
 ("star", lambda: star(0)),
 ("mapmeth", lambda: M().m()),
]
short = {"maximum recursion depth exceeded": "-", "maximum recursion depth exceeded while calling a Python object": "C", "maximum recursion depth exceeded in cmp": "cmp", "maximum recursion depth exceeded while getting the repr of an object": "R", "maximum recursion depth exceeded while getting the str of an object": "S", "maximum recursion depth exceeded in __instancecheck__": "I"}
for name, f in tests:
    res = []
    for LIM in range(100, 112):
        sys.setrecursionlimit(LIM)
        try:
            f()
        except RuntimeError as e:
            res.append(short.get(str(e), str(e)))
        sys.setrecursionlimit(1000)
    print "%-14s" % name, " ".join(res)
