# An uncaught user exception without arguments prints just its qualified name.
class Quiet(ValueError):
    pass
raise Quiet()
