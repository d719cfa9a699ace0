# In 2.7 a bare raise after an except block (same frame) re-raises the last handled exception.
try:
    {}["gone"]
except KeyError:
    print "handled"
print "later"
raise
