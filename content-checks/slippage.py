# Recheck of definition/slippage
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
q, t = 29_850, 0.005
show("floor = quote*(1-t)", q*(1-t), "29,700.75")
show("slippage USDC at 29,790", q-29_790, "60")
show("slippage % vs quote", (q-29_790)/q*100, "about 0.20%")
# formula form with d=-1 for a sell, prices in USDC per ETH
s = -1*((29_790/10)-(q/10))/(q/10); show("s (sell, d=-1) in %", s*100, "positive = cost")
print("29,650 below floor 29,700.75 -> reverts:", 29_650 < q*(1-t))
