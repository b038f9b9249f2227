# Recheck of definition/collateral (borrowing power example)
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
eth = 10*3000*0.80; usdc = 10000*0.75
show("ETH borrowing power", eth, "24,000")
show("USDC borrowing power", usdc, "7,500")
show("total", eth+usdc, "31,500")
