# Frames named <setcomp> and a nested function in the traceback.
def outer(values):
    def inner(v):
        return 100 / v
    return {inner(v) for v in values}
print sorted(outer([1, 2, 4]))
print outer([3, 0])
