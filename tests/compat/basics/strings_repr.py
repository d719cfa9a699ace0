# Strings inside containers print with repr: quote choice and escapes.
print ["abc", 'it\'s', 'say "hi"', 'both \' and "']
print ["tab\there", "nl\n", "\x00\x7f\x80\xff", "back\\slash"]
print ["a", 'b"c', "d'e"]
print ('x',), ("",), [""]
print {'k\n': 'v\t'}
