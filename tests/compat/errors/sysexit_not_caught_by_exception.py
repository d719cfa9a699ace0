# except Exception does not catch SystemExit; finally still runs.
import sys
def main():
    try:
        sys.exit(6)
    except Exception:
        print "not printed"
    finally:
        print "finally in main"
try:
    main()
except ValueError:
    pass
print "not reached"
