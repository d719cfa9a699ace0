def f():
    """doc
    """
    return """a
b""" + """c
d"""
