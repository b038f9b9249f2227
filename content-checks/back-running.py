# Recheck of definition/back-running (Uniswap v2-style pool, fee on input)
import math
def out(x_in, r_in, r_out, f): g=1-f; return r_out*g*x_in/(r_in+g*x_in)
def show(n,c,t): print(f"{n:55s} computed {c:,.4f} | text {t}")
X, Y, f, pm = 4000.0, 12_000_000.0, 0.0005, 3000.0; g=1-f
usdc = out(60, X, Y, f); show("trader USDC for 60 ETH", usdc, "177,252.54")
show("trader average price", usdc/60, "about 2,954.21")
X1, Y1 = X+60, Y-usdc; show("pool price after", Y1/X1, "about 2,912.01")
dy = (math.sqrt(g*pm*X1*Y1)-Y1)/g; dx = out(dy, Y1, X1, f)
show("back-run USDC in", dy, "174,383.68"); show("back-run ETH out", dx, "58.98")
show("back-run average", dy/dx, "about 2,956.42")
X2, Y2 = X1-dx, Y1+dy; show("pool price after back-run", Y2/X2, "about 2,998.52")
show("  = 3000*(1-f)", 3000*g, "(edge of no-trade band)")
prof = dx*pm-dy; show("back-run profit", prof, "about 2,571")
short = 60*pm-usdc; show("trader shortfall vs 3,000", short, "about 2,747")
show("pool keeps (shortfall - profit)", short-prof, "about 177")
show("  fees on the two swaps (USD at ~3,000/~2,950)", 60*f*usdc/60 + dy*f, "roughly the fees")
# pool value check: pool value at 3000 before/after
show("pool value change at USD 3,000", (X2*pm+Y2)-(X*pm+Y), "= 177 kept")
