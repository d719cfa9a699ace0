print "init package_dotted_pkg"
TOP = "top"
