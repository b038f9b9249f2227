# Recheck of term/price-impact
import math
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
fills=[(100_010,8),(100_020,12),(100_050,10)]
for p,q in fills: show(f"cost at {p}", p*q, {100_010:"800,080",100_020:"1,200,240",100_050:"1,000,500"}[p])
tot=sum(p*q for p,q in fills); show("total cost", tot, "3,000,820"); show("total BTC", sum(q for _,q in fills), "30")
avg=tot/30; show("average price", avg, "about 100,027.33")
show("bp above mid 100,000", (avg/100_000-1)*1e4, "2.73"); show("bp above best ask 100,010", (avg/100_010-1)*1e4, "about 1.73")
show("left at 100,050", 15-10, "5 BTC")
for Q,txt in ((50e6,"0.15%"),(200e6,"0.30%")):
    show(f"sqrt law Y=1, sigma 3%, V 20bn, Q {Q/1e6:.0f}m (%)", 1*0.03*math.sqrt(Q/20e9)*100, txt)
