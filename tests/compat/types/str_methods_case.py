# str case methods and predicates.
for s in ["hello World", "ABC", "abc", "Title Case Here", "mIxEd 123", "", "123", "  ", "a1", "\t\n"]:
    print repr(s), s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize()
    print s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace()
print "they're bill's friends".title(), "hello-world_foo".title()
