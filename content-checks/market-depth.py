# Recheck of definition/market-depth
import math
def show(n,c,t): print(f"{n:55s} computed {c:,.2f} | text {t}")
mid=3000; asks=[(3001,40),(3010,120),(3030,300),(3075,500)]; bids=[(2999,35),(2990,150),(2970,260),(2925,600)]
a1=[(p,q) for p,q in asks if p<=mid*1.01]; b1=[(p,q) for p,q in bids if p>=mid*0.99]
show("ask qty within 1%", sum(q for _,q in a1), "460 ETH"); show("ask notional within 1%", sum(p*q for p,q in a1), "1,390,240")
show("bid qty within 1%", sum(q for _,q in b1), "445 ETH"); show("bid notional within 1%", sum(p*q for p,q in b1), "1,325,665")
allv=sum(p*q for p,q in asks+bids); show("all resting orders notional", allv, "about USD 6 million")
y=6_000_000; x=2000
show("pool value", x*mid+y, "USD 12 million")
for d,tu,td in ((0.01,"about 29,925","about 30,075"),(0.02,"about 59,703","about 60,303")):
    show(f"pool depth up {d:.0%}", y*(math.sqrt(1+d)-1), tu); show(f"pool depth down {d:.0%}", y*(1-math.sqrt(1-d)), td)
show("approx y*d/2 at 1%", y*0.01/2, "close to"); show("quarter of pool value x d", 12e6/4*0.01, "same")
show("book/pool ask side ratio at 1%", sum(p*q for p,q in a1)/(y*(math.sqrt(1.01)-1)), "more than 40")
show("book/pool bid side ratio at 1%", sum(p*q for p,q in b1)/(y*(1-math.sqrt(0.99))), "more than 40")
# derivation check: constant product, price p=y/x; raise p by (1+d) -> y'=y*sqrt(1+d)
k=x*y; p1=mid*1.01; show("y' - y from x*y=k at p*1.01", math.sqrt(k*p1)-y, "formula value")
