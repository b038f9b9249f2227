# Recheck of term/oracle-design (Hyperliquid-style weighted median)
def show(n,c,t): print(f"{n:55s} computed {c} | text {t}")
def wmed(pts):
    pts=sorted(pts); W=sum(w for _,w in pts); c=0
    for p,w in pts:
        c+=w
        if c>=W/2: return p
ex={"Binance":(100_000,3),"OKX":(100_010,2),"Bybit":(99_990,2),"Kraken":(100_020,1),"KuCoin":(99_980,1),"Gate":(100_005,1),"MEXC":(150_000,1)}
show("total weight", sum(w for _,w in ex.values()), "11")
show("weighted median", wmed(ex.values()), "100,000")
show("weighted mean", round(sum(p*w for p,w in ex.values())/11,2), "about 104,545.91")
ex2=dict(ex); ex2["Binance"]=(150_000,3)
show("corrupt weight if Binance also breaks", 3+1, "4 of 11"); show("weighted median then", wmed(ex2.values()), "100,010")
show("OSM delay seconds", 3600, "one hour")
