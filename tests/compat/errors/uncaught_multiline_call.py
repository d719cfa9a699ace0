# Uncaught error in the third line of a multi-line call.
def compute(a, b, c):
    return a + b + c
result = compute(1,
                 2,
                 undefined_thing)
