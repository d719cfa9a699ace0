# String-heavy: splitting, joining, %-formatting, concatenation, str methods.
def main():
    words = []
    for i in xrange(2000):
        words.append('w%d' % (i % 300))
    text = ' '.join(words)
    counts = {}
    for r in xrange(60):
        for w in text.split():
            counts[w] = counts.get(w, 0) + 1
    out = []
    for k in sorted(counts):
        out.append('%s=%d' % (k, counts[k]))
    s = ','.join(out)
    print len(s), s[:60]
    acc = ''
    for i in xrange(20000):
        acc = acc + str(i)[-1]
    print len(acc), acc[-10:], acc.count('7'), acc.upper()[:5], acc.replace('1', 'x')[:10]

main()
