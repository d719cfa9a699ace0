# An exception raised by __exit__ replaces the body's exception.
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print "exit sees", t.__name__
        raise RuntimeError("exit failed")
with CM():
    raise ValueError("body failed")
