# Recheck of definition/arbitrage
import math
def out(x_in, r_in, r_out, f): g=1-f; return r_out*g*x_in/(r_in+g*x_in)
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
X, Y, f, pm = 4000.0, 12_000_000.0, 0.0005, 3060.0; g=1-f
dy = (math.sqrt(g*pm*X*Y)-Y)/g; dx = out(dy, Y, X, f)
show("optimal USDC in", dy, "about 116,433.91"); show("ETH out", dx, "38.42")
show("average price", dy/dx, "about 3,030.61"); show("profit at 3,060", dx*pm-dy, "about 1,129")
show("pool price after", (Y+dy)/(X-dx), "near 3,058.48"); show("3060*(1-f)", pm*g, "3,060 less 0.05%")
# numeric check that dy is the maximiser
best = max(((out(a,Y,X,f)*pm-a),a) for a in [dy*(0.9+0.0001*k) for k in range(2001)])
show("grid-search max profit", best[0], "(should equal closed form)"); show("  at dy", best[1], "")
