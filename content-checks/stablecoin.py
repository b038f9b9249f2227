# Recheck of definition/stablecoin
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("redemption floor", 1-0.001-0.0005, "near 0.9985")
show("BTC/USDT price", 100000/0.98, "about 102,041")
