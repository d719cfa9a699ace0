# compat: module
alpha = 1
def beta():
    return 2
_private = 3
