# Recheck of definition/utilization-rate
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("U %", 92/100*100, "92%"); show("withdrawable", 100-92, "8 million")
U2 = 92/95; show("U after 5M withdrawal %", U2*100, "about 96.8%")
rb = lambda U: 0.04*U/0.9 if U <= 0.9 else 0.04 + 0.60*(U-0.9)/0.1
show("borrow rate at 92% %", rb(0.92)*100, "16%"); show("borrow rate at 96.8% %", rb(U2)*100, "about 45%")
