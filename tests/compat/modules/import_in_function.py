# import inside a function binds a local name; the module is loaded at first call.
def use():
    import import_in_function_helper
    from import_in_function_helper import twice
    return import_in_function_helper.NAME, twice(21)
print "before call"
print use()
print use()
print "import_in_function_helper" in globals()
