# Line numbers recorded for exceptions in multi-line statements (caught, innermost frame shown).
import sys
import traceback
def where(f):
    try:
        f()
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print f.__name__, [(line, text) for _, line, _, text in tb[1:]], type(e).__name__
def call_args():
    return max(1,
               2,
               undefined_a)
def binop():
    return (1 +
            2 +
            {}["k"])
def dict_display():
    d = {
        "a": 1,
        "b": [][0],
    }
    return d
def method_chain():
    return ("abc"
            .upper()
            .nope())
def condition():
    if (1 and
            undefined_b):
        pass
def subscript():
    x = [1, 2, 3]
    return x[
        10
    ]
def nested_call():
    return len(
        str(
            1 / 0))
def list_literal():
    return [1,
            2,
            int("x")]
def backwards():
    return (int("7") +
            int("8") if undefined_c else 0)
def assign_target():
    obj = None
    obj.attr = (1 +
                2)
for f in [call_args, binop, dict_display, method_chain, condition, subscript, nested_call,
          list_literal, backwards, assign_target]:
    where(f)
