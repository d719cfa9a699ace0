# SystemExit can be caught; its code is inspectable; exit later with another status.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print "caught SystemExit", e.code
try:
    sys.exit("msg")
except SystemExit as e:
    print "caught", repr(e.code)
sys.exit(5)
