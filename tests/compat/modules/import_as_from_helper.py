# compat: module
VALUE = 10
def square(x):
    return x * x
def cube(x):
    return x ** 3
def get_value():
    return VALUE
