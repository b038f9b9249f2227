# Recheck of definition/maker-taker-model
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
N=100_000
show("Binance 2 taker legs at 0.05%", 2*N*0.0005, "USD 100"); show("Hyperliquid 2 taker legs at 0.045%", 2*N*0.00045, "USD 90")
show("Binance 2 maker legs at 0.02%", 2*N*0.0002, "USD 40"); show("Hyperliquid 2 maker legs at 0.015%", 2*N*0.00015, "USD 30")
show("taker all-in bp: half of 2bp spread + 4.5", 2/2+4.5, "5.5"); show("maker fee bp", 0.015*100, "1.5")
