# import of a sibling module: attributes, functions, __name__, __doc__ and relative __file__.
import os
import import_basic_helper
print import_basic_helper.CONSTANT, import_basic_helper.greet("world")
print import_basic_helper.__name__, import_basic_helper.__doc__
print os.path.relpath(import_basic_helper.__file__), __file__, __name__
print import_basic_helper.counter, import_basic_helper.bump(), import_basic_helper.counter
print sorted(k for k in dir(import_basic_helper) if not k.startswith("__"))
