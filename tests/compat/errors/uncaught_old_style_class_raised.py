# Raising an old-style class instance with a __str__ prints module.Name: str.
class OldErr:
    def __str__(self):
        return "old-style problem"
raise OldErr()
