# compat: module
LEVEL = "info"
def describe():
    return "level is " + LEVEL
def set_level(v):
    global LEVEL
    LEVEL = v
