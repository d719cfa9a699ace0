# An uncaught user-defined exception prints as __main__.MyErr: message.
class MyErr(Exception):
    pass
def work():
    print "working"
    raise MyErr("boom")
work()
