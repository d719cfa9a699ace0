# str ordering is bytewise; min/max/sorted on strings.
words = ["banana", "Apple", "cherry", "apple", "", "a", "B", "\xff", "ab"]
print sorted(words)
print min(words), max(words), "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc"
print cmp("a", "b"), cmp("b", "a"), cmp("x", "x"), "abc" == "abc", "abc" is not None
print sorted(words, key=len), sorted(words, key=str.lower)
