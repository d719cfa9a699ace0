print "init package_dotted_pkg.sub.leaf"
LEAF = "leaf"
def describe():
    return "leaf in " + __name__
