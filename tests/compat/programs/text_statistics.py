# Text statistics: word frequencies, longest words, letter histogram, line wrapping.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
words = [w.strip(".,").lower() for w in TEXT.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print len(words), len(freq)
print freq
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print "%-8s %2d %s" % (w, n, "#" * n)
print sorted(set(words), key=lambda w: (-len(w), w))[:4]
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print "".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10]
def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    lines.append(cur)
    return lines
for line in wrap(TEXT, 30):
    print "|%-30s|" % line
print "%.3f" % (sum(len(w) for w in words) / float(len(words)))
