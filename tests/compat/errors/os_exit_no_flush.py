# os._exit ends the process at once: buffered stdout to a pipe is lost, finally does not run.
import os
print "this line stays in the buffer"
try:
    os._exit(3)
finally:
    print "not run"
