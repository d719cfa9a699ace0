# An exception raised in an imported module, caught here; frames shown with relative file names.
import os
import sys
import traceback
import exception_across_modules_helper
print "calling"
try:
    exception_across_modules_helper.explode(3)
except ValueError as e:
    print "caught:", e
    for filename, line, func, text in traceback.extract_tb(sys.exc_info()[2]):
        print os.path.relpath(filename), line, func, text
