# If str() of the exception raises, the last line says <exception str() failed>.
class Weird(Exception):
    def __str__(self):
        raise TypeError("no str for you")
raise Weird()
