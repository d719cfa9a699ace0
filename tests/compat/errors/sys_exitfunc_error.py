# sys.exitfunc runs after the program; its error is reported and sys.exit's status is kept.
import sys
def goodbye():
    print "exitfunc runs", hasattr(sys, "exitfunc")
    {}["missing"]
sys.exitfunc = goodbye
print "main"
sys.exit(3)
