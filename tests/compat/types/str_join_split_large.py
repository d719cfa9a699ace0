# Larger string operations: join of many parts, split of long text, repetition lengths.
parts = [str(i) for i in range(1000)]
s = ",".join(parts)
print len(s), s[:30], s[-20:]
back = s.split(",")
print len(back), back[500], back == parts
big = "ab" * 50000
print len(big), big.count("ab"), big.find("ba"), big.rfind("ab"), big[99998:]
print "x".join("y" * 5), "-".join(str(i) for i in range(10)), len("".join(["a"] * 10000))
text = " ".join(["word%d" % (i % 17) for i in range(500)])
print len(text.split()), len(set(text.split())), text.count("word1"), text.replace("word", "w")[:40]
