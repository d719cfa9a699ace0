# import a.b.c of a nested package: __init__ order, names bound, __name__ and __package__.
import os
import package_dotted_pkg.sub.leaf
print package_dotted_pkg.sub.leaf.LEAF, package_dotted_pkg.TOP, package_dotted_pkg.sub.SUB
print package_dotted_pkg.__name__, package_dotted_pkg.sub.__name__, package_dotted_pkg.sub.leaf.__name__
print package_dotted_pkg.sub.leaf.__package__, package_dotted_pkg.__package__
print os.path.relpath(package_dotted_pkg.__file__), os.path.relpath(package_dotted_pkg.sub.leaf.__file__)
print [os.path.relpath(p) for p in package_dotted_pkg.__path__]
import package_dotted_pkg.sub.leaf as leaf
from package_dotted_pkg.sub import leaf as leaf2
print leaf is leaf2, leaf.describe()
import package_dotted_pkg.other
print package_dotted_pkg.other.OTHER
