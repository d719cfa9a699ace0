print "init package_dotted_pkg.other"
OTHER = "other"
