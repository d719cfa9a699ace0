# A custom __str__ returning '' leaves only the qualified class name.
class E(Exception):
    def __str__(self):
        return ""
raise E("hidden")
