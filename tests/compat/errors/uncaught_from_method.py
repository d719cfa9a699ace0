# Traceback from a method called on an instance, including __init__.
class Account(object):
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance
a = Account(100)
print a.withdraw(30)
print a.withdraw(500)
