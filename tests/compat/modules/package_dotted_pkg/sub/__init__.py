print "init package_dotted_pkg.sub"
SUB = "sub"
