# Recheck of definition/volume-weighted-average-price
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
bars=[(100_000,800),(100_400,1200),(101_000,3000),(100_600,1000)]
show("total volume", sum(q for _,q in bars), "6,000 BTC (third hour half of it)")
show("third-hour share", 3000/6000, "half")
show("time-weighted average of 4 hours", sum(p for p,_ in bars)/4, "100,500")
vw=sum(p*q for p,q in bars)/sum(q for _,q in bars); show("VWAP", vw, "100,680")
show("desk beat VWAP by (bp)", (vw-100_650)/vw*1e4, "about 3.0")
show("desk saving USD on 120 BTC", (vw-100_650)*120, "3,600")
