# A bare raise with no exception ever handled is a TypeError about NoneType.
print "nothing to re-raise"
raise
