# Sorting strings and comparing them: uppercase before lowercase, prefix ordering.
words = ["pear", "Apple", "apple", "banana", "Banana", "app", "b"]
print sorted(words)
print max(words), min(words)
print "apple" < "apples", "Zebra" < "apple", "10" < "9", "a" * 3 == "aaa"
print sorted(["10", "9", "100", "1"])
print sorted([10, 9, 100, 1])
