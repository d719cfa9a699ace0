# In-place set operators and the orders of results.
a = set("abcdefghij")
b = set("fghijklmno")
c = a.copy(); c -= b; print c
c = a.copy(); c &= b; print c
c = a.copy(); c |= b; print c
c = a.copy(); c ^= b; print c
print a.difference("fgh"), a.intersection("xyzabc"), a.union("xyz"), a.symmetric_difference("jklm")
s = set(range(20))
for i in range(0, 20, 2):
    s.discard(i)
print s
s.update(range(100, 130))
print s
print set({"k1": 1, "k2": 2, "k3": 3}), set(dict.fromkeys("xyzw"))
try:
    a |= [1]
except TypeError as e:
    print e
print a <= set("abcdefghijk"), a < a, a > set("ab"), frozenset("ab") == set("ba")
