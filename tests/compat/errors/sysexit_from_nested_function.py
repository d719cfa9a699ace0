# sys.exit deep inside calls unwinds all frames, running finally blocks in order.
import sys
def inner():
    try:
        print "inner"
        sys.exit(9)
    finally:
        print "inner finally"
def outer():
    try:
        inner()
    finally:
        print "outer finally"
outer()
