# sys.exit() inside sys.exitfunc sets the exit status; an uncaught error's traceback comes first.
import sys
def goodbye():
    print "exitfunc runs"
    sys.exit(7)
sys.exitfunc = goodbye
print "main"
raise ValueError("uncaught")
