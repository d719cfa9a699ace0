# A small class hierarchy simulation: accounts, transfers, custom exceptions, report.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        Exception.__init__(self, "%s cannot pay %d (balance %d)" % (account.owner, amount, account.balance))
class Account(object):
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.count += 1
        self.number = Account.count
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return "<%s #%d %s: %d>" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest
class Overdraft(Account):
    limit = 100
    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print "transfer failed:", e
        return False
    dst.deposit(amount)
    return True
accounts = [Account("ann", 100), Savings("bob", 1000), Overdraft("cy", 10)]
print accounts
print transfer(accounts[0], accounts[1], 50), transfer(accounts[0], accounts[1], 80)
print transfer(accounts[2], accounts[0], 100), transfer(accounts[2], accounts[0], 50)
print accounts[1].add_interest(), accounts
for a in sorted(accounts, key=lambda a: -a.balance):
    print a.owner, a.balance, a.history
print sum(a.balance for a in accounts), Account.count
