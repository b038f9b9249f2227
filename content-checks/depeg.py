# Recheck of term/depeg
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("USDe 0.65 depeg %", (0.65/1-1)*100, "a 35% drop")
show("return 0.88 -> 1 %", (1/0.88-1)*100, "about 13.6%")
show("SVB share %", 3.3/40*100, "about 8.25% (uses ~40bn reserves)")
