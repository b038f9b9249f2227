# Recheck of definition/fiat-backed-stablecoin
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("SVB share %", 3.3/40*100, "about 8.25%")
show("cover per token", 1-3.3/40, "about 0.9175")
show("return from 0.88 %", (1/0.88-1)*100, "about 13.6%")
