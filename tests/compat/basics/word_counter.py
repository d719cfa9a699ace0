# Count words in a text with a dict; print sorted items and the dict itself.
text = """the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while the quick cat watches the fox"""
counts = {}
for word in text.split():
    if word in counts:
        counts[word] = counts[word] + 1
    else:
        counts[word] = 1
for word, n in sorted(counts.items()):
    print word, n
print counts
print len(counts), "distinct words,", sum(counts.values()), "total"
