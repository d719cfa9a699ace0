# Dict-heavy work: word counting over generated text, dict merges and
# iteration, item deletion and re-insertion, int and tuple keys.
# About 1 s under CPython 2.7.18 on the development machine.

def make_words(n):
    syll = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'en', 'za']
    words = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        w = syll[x % 10] + syll[(x >> 8) % 10]
        if x % 3 == 0:
            w += syll[(x >> 16) % 10]
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def pairs(words):
    d = {}
    prev = words[0]
    for w in words[1:]:
        key = (prev, w)
        if key in d:
            d[key] += 1
        else:
            d[key] = 1
        prev = w
    return d


def churn(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
    total = 0
    for i in range(0, n, 3):
        del d[i]
    for i in range(0, n, 3):
        d[i] = i
    for k, v in d.iteritems():
        total += v - k
    merged = dict(d)
    merged.update(d)
    return total + len(merged)


words = make_words(80000)
c = count(words)
top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print len(c), top
p = pairs(words)
print len(p), max(p.values())
print churn(60000)
print c.keys()[:8]
