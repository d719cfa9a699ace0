# The full list of names in __builtin__ (sorted), so missing builtins show up.
import __builtin__
names = sorted(dir(__builtin__))
print len(names)
for i in range(0, len(names), 8):
    print " ".join(names[i:i + 8])
