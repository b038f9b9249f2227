# Recheck of term/algorithmic-stablecoin
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("cost of 1,000 UST at 0.97", 1000*0.97, "970"); show("profit", 1000-1000*0.97, "about 30")
