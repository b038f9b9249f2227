# Recheck of definition/request-for-quote
def show(n,c,t): print(f"{n:55s} computed {c:,.2f} | text {t}")
book=100_120; quotes=[100_095,100_085,100_070]; best=min(quotes)
show("best quote for a buyer", best, "100,070"); show("saving per BTC", book-best, "USD 50"); show("saving on 150 BTC", (book-best)*150, "USD 7,500")
