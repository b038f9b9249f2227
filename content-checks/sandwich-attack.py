# Recheck of term/sandwich-attack (Uniswap v2-style pool, fee taken on input)
import math
def out(x_in, r_in, r_out, f): g=1-f; return r_out*g*x_in/(r_in+g*x_in)
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
X0, Y0, V = 2000.0, 6_000_000.0, 30_000.0
def victim_out(a, f, X=X0, Y=Y0):
    e1 = out(a, Y, X, f); X1, Y1 = X-e1, Y+a      # front-run buys ETH with a USDC
    ev = out(V, Y1, X1, f); return ev, e1, X1-ev, Y1+V
def profit(a, f, X=X0, Y=Y0):
    ev, e1, X2, Y2 = victim_out(a, f, X, Y)
    back = out(e1, X2, Y2, f); return back - a
def max_front(f, t, X=X0, Y=Y0):
    q = out(V, Y, X, f); floor = q*(1-t)
    lo, hi = 0.0, 10*Y
    for _ in range(200):
        m=(lo+hi)/2
        if victim_out(m, f, X, Y)[0] >= floor: lo=m
        else: hi=m
    return lo, q
for f in (0.003, 0.0005):
    show(f"quote ETH, fee {f}", out(V,Y0,X0,f), "9.9205 (0.30%) / 9.9453 (0.05%)")
text = {(0.005,0.003):("15,116.65","59.51"),(0.005,0.0005):("15,097.80","135.54"),
        (0.01,0.003):("30,347.68","118.78"),(0.01,0.0005):("30,309.83","271.03"),
        (0.03,0.003):("92,444.93","353.56"),(0.03,0.0005):("92,329.64","812.57")}
for t in (0.005,0.01,0.03):
    for f in (0.003,0.0005):
        a,q = max_front(f,t); show(f"tol {t} fee {f} front-run USDC", a, text[(t,f)][0])
        show(f"tol {t} fee {f} profit USDC", profit(a,f), text[(t,f)][1])
q=out(V,Y0,X0,0.003); show("victim shortfall ETH at 0.5% (0.30% pool)", q*0.005, "0.0496")
show("  in USD at 3,000", q*0.005*3000, "about 149")
a,_=max_front(0.003,0.005); e1=out(a,Y0,X0,0.003)
ev,e1,X2,Y2 = victim_out(a,0.003)
print("  fees on attacker legs (USD approx): front", a*0.003, " back", e1*0.003*Y2/X2)
# monotonic? profit rises with front-run size within limit
for f in (0.003,0.0005):
    a,_=max_front(f,0.005); print("  profit at 25/50/75/100% of max:", [round(profit(a*k,f),2) for k in (.25,.5,.75,1)])
# pool ten times as deep: X=20,000, Y=60,000,000, same 30,000 swap at 0.5% tolerance
for f in (0.003,0.0005):
    a,q = max_front(f,0.005,10*X0,10*Y0)
    best = max(profit(a*k/1000,f,10*X0,10*Y0) for k in range(1,1001))
    show(f"10x pool fee {f}: max front-run / best profit", best, f"no profit (front-run cap {a:,.2f})")
for f in (0.003,0.0005):
    a,_ = max_front(f,0.005,10*X0,10*Y0)
    vals=[profit(a*10**(-k/10),f,10*X0,10*Y0) for k in range(0,80)]
    print(f"  10x pool fee {f}: max profit over log grid = {max(vals):.6f} (all negative: {all(v<0 for v in vals)})")
