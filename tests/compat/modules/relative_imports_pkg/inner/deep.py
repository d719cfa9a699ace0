from .. import alpha
from ..beta import beta_value
from . import sibling
def result():
    return "deep: %s %s %s %s" % (alpha.ALPHA, beta_value(), sibling.NAME, __name__)
