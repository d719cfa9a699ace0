# compat: module
print "helper body executing"
runs = 1
