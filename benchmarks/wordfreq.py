# Word frequencies over a generated text: str.split, dict get/set with str
# keys, sorting tuples, string building with join.

WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
         "tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam "
         "quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo").split()


def make_text(n):
    # A deterministic linear congruential generator picks the words.
    out = []
    x = 12345
    for i in xrange(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            w = w + str(x % 13)
        out.append(w)
    return " ".join(out)


def count(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


total = 0
for rnd in range(12):
    counts = count(make_text(60000))
    ranked = sorted([(-n, w) for w, n in counts.items()])
    total += len(counts)
print total
for n, w in ranked[:5]:
    print w, -n
