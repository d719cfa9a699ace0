# A bare raise re-raises with the original traceback (line of the original failure).
def parse(s):
    return int(s)
def load(s):
    try:
        return parse(s)
    except ValueError:
        print "logging the failure"
        raise
print load("12")
print load("x1")
