# Raising a str is itself a TypeError in 2.7.
raise "string exceptions are gone"
