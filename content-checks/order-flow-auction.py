# Recheck of term/order-flow-auction
def show(n,c,t): print(f"{n:55s} computed {c:,.2f} | text {t}")
v=[2570,2450,2300]; bid=2460
show("winning bid just above runner-up", bid, "say USD 2,460 (> 2,450)")
show("user 90%", 0.9*bid, "USD 2,214"); show("validator 10%", 0.1*bid, "USD 246"); show("searcher keeps", v[0]-bid, "about USD 110")
