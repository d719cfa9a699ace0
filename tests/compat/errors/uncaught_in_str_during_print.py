# __str__ raising during a print statement: earlier items are already written.
class Bad(object):
    def __str__(self):
        raise ValueError("cannot render")
print "before",
print "item", Bad(), "after"
