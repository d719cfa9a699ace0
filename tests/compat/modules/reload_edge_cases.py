# reload(): the module dict is kept, the body runs again, errors for non-modules and strays.
import sys, math, types
import reload_edge_cases_helper as h
old_f = h.f
h.extra = "kept"
r = reload(h)
print r is h, h.count, h.extra, h.f(), old_f(), old_f is h.f, sys.modules["reload_edge_cases_helper"] is h
reload(h)
print h.count
for bad in (1, "sys", None, [h]):
    try:
        reload(bad)
    except TypeError as e:
        print "TypeError:", e
try:
    reload()
except TypeError as e:
    print "TypeError:", e
stray = types.ModuleType("stray_module")
try:
    reload(stray)
except ImportError as e:
    print "ImportError:", e
try:
    reload(sys.modules["__main__"])
except ImportError as e:
    print "ImportError:", e
math.pi = 3
print reload(math) is math, math.pi
saved = sys.stdout
sys.maxint = 5
print reload(sys) is sys, sys.maxint, sys.stdout is saved, sys.argv
