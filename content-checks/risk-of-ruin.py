from _g import *
for n,t in [(5,"about 36.7%"),(10,"about 13.4%"),(20,"about 1.8%")]: show(f"(q/p)^{n} %", (0.45/0.55)**n*100, t)
m,s=0.30,0.60
for L,t in [(0.5,"about 20%"),(1,"about 63%"),(1.5,"about 93%"),(2,"certain")]:
    nu=L*m-L*L*s*s/2; v=L*L*s*s
    pr=0.5**(2*nu/v) if nu>0 else 1.0
    show(f"L={L} nu", nu, "log growth"); show(f"L={L} P(ever halve) %", pr*100, t)
show("L where nu=0", 2*m/s**2, "roughly 1.67 (fixed in recheck; was: zero at 2x)")
# Monte Carlo gambler's ruin check N=5 (cap 20000 bets)
import random
random.seed(3); r=0; n=20000
for _ in range(n):
    w=5
    for _ in range(5000):
        w+= 1 if random.random()<0.55 else -1
        if w==0: r+=1; break
show("MC ruin N=5", r/n, "0.367")
