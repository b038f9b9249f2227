# Recheck of term/flash-loan
def show(name, val, text): print(f"{name}: computed {val:,.2f} | text {text}")
L, f, b, cost = 100000, 0.0005, 0.05, 0.003
show("fee", L*f, "50"); show("collateral received", L*(1+b), "105,000")
sold = L*(1+b)*(1-cost); show("sale proceeds", sold, "104,685")
show("repay", L*(1+f), "100,050"); show("profit", sold-L*(1+f), "4,635")
