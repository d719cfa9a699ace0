# sort with cmp=, key= and reverse=: the calls made (cmp(x, y) answers
# "x < y" by its sign), key called once per item before any comparison,
# and sorted() asking the same questions.
seed = [77]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return (seed[0] >> 8) % n

calls = []
def by_value(a, b):
    calls.append("%s%s" % (a, b))
    return cmp(a[0], b[0])

def dump(title, result):
    print "== %s: %d calls" % (title, len(calls))
    for k in range(0, len(calls), 20):
        print " ".join(calls[k:k + 20])
    print "result:", "".join(b for a, b in result)
    del calls[:]

letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
data = [(rnd(6), letters[i]) for i in range(60)]
dump("cmp", sorted(data, cmp=by_value))
dump("cmp reverse", sorted(data, cmp=by_value, reverse=True))
l = list(data)
l.sort(by_value, None, True)
dump("positional cmp reverse", l)

def key(t):
    calls.append("k" + t[1])
    return (t[0], )
dump("key reverse", sorted(data, key=key, reverse=True))

def cmp_keys(a, b):
    calls.append("%d%d" % (a[0], b[0]))
    return b[0] - a[0]
dump("key and cmp", sorted(data[:35], key=key, cmp=cmp_keys))

# cmp that only ever answers 'less' or 'not less' with odd ints and bools
def sign_only(a, b):
    calls.append(a[1] + b[1])
    return -7 if a[0] < b[0] else True
runs = [(i % 13, letters[i % 62]) for i in range(80)]
dump("bool and odd ints", sorted(runs, cmp=sign_only))
