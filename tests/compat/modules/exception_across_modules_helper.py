# compat: module
def explode(n):
    if n == 0:
        raise ValueError("exploded in helper")
    return explode(n - 1)
