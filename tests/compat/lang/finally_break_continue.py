# break/continue/return interacting with finally blocks.
for i in range(3):
    try:
        if i == 1:
            continue
        print "body", i
    finally:
        print "finally", i
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print "fin", i
print "after loop", i
def f():
    for i in range(3):
        try:
            return i
        finally:
            print "cleanup", i
print f()
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "break in finally swallowed"
print g()
def h():
    try:
        try:
            return "inner"
        finally:
            print "inner finally"
    finally:
        print "outer finally"
print h()
while True:
    try:
        break
    finally:
        print "while finally"
