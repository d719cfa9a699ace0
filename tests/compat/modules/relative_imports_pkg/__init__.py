from . import alpha
from .beta import beta_value
def summary():
    return "alpha=%s beta=%s" % (alpha.ALPHA, beta_value())
