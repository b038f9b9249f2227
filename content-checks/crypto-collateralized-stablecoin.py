# Recheck of term/crypto-collateralized-stablecoin
def show(name, val, text): print(f"{name}: computed {val:,.4f} | text {text}")
show("max mint", 10*3000/1.5, "20,000")
lp = 15000*1.5/10; show("liq price", lp, "2,250"); show("fall %", (1-lp/3000)*100, "25%")
show("Liquity collateral excess at 110% %", (1.10-1)*100, "up to about 10%")
show("redemption floor", 1-0.005, "near 0.995"); show("ceiling", 1.10, "near 1.10")
