from .alpha import ALPHA
def beta_value():
    return "b(" + ALPHA + ")"
