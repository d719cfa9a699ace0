# A KeyError subclass keeps KeyError's repr-style message and gets the __main__ prefix.
class MissingSetting(KeyError):
    pass
def get(name):
    raise MissingSetting(name)
get("timeout")
