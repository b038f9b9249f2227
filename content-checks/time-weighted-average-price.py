# Recheck of term/time-weighted-average-price
import math
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
def gm(v): return math.exp(sum(map(math.log,v))/len(v))
for v,ta,tg in (([100,100,100,400],"175","about 141.42"),([100,100,100,25],"81.25","about 70.71")):
    show(f"arith {v}", sum(v)/4, ta); show(f"geom {v}", gm(v), tg)
# unit-of-account invariance of geometric mean
v=[100,100,100,400]; show("geom of 1/P equals 1/geom(P)", gm([1/p for p in v])*gm(v), "1 (same answer either unit)")
show("child orders: 2h / 30s", 2*3600/30, "240"); show("size each", 120/240, "0.5 BTC")
tw=(20*3000+10*2700)/30; show("TWAP after drop at 20 of 30 min", tw, "2,900")
show("% above market 2,700", (tw/2700-1)*100, "7.4%")
