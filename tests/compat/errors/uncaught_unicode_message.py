# A non-ASCII unicode message cannot be printed: <exception str() failed>.
raise ValueError(u"caf\xe9")
