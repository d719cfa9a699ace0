# An exception whose single argument is a list prints str() of that list.
raise RuntimeError(["a", 1, None])
