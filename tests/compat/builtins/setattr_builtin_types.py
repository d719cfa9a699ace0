# Setting attributes on builtin types and instances fails with exact messages.
for target, name in [(int, "x"), (1, "x"), ("s", "upper"), ([], "append"), (object(), "a"), (len, "x")]:
    try:
        setattr(target, name, 1)
    except (TypeError, AttributeError) as e:
        print type(e).__name__, e
def f():
    pass
f.attr = "functions accept attributes"
print f.attr
try:
    del int.real
except TypeError as e:
    print e
