# try/except inside loops with continue and break in handlers.
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad:%r" % v)
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print results
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        print "stopping at", i
        break
attempts = 0
while attempts < 5:
    attempts += 1
    try:
        if attempts < 3:
            raise IOError("retry")
        print "succeeded after", attempts
        break
    except IOError as e:
        print "attempt", attempts, e
