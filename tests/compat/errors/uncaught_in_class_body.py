# An exception raised while executing a class body.
class Config(object):
    name = "cfg"
    size = int("not a number")
