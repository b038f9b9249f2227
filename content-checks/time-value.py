"""Re-check definition/time-value (batch A). Spot = forward = 100,000, r = 0, vol 50%, T in days/365."""
from _chkA import *
S=100_000; v=.5; T=30/365
chk("sigma*sqrt(T) 30d", v*math.sqrt(T), 0.1433, 0.00005)
atm=S*(2*N(v*math.sqrt(T)/2)-1)
chk("ATMF closed form 30d", atm, 5_714)
chk("closed form == Black call", black(S,S,T,v), atm, 1e-6)
table={80_000:(20_329,20_000,329,329),90_000:(11_828,10_000,1_828,1_828),100_000:(5_714,0,5_714,5_714),
       110_000:(2_275,0,2_275,2_275),120_000:(757,0,757,757)}
for K,(prem,intr,tv,ptv) in table.items():
    c=black(S,K,T,v); p=black(S,K,T,v,kind='p')
    chk(f"K={K} call premium", c, prem)
    chk(f"K={K} call intrinsic", max(S-K,0), intr)
    chk(f"K={K} call time value", c-max(S-K,0), tv)
    chk(f"K={K} put time value", p-max(K-S,0), ptv)
c7=black(S,S,7/365,v); c1=black(S,S,1/365,v)
chk("ATM 7d", c7, 2_762); chk("ATM 1d", c1, 1_044)
chk("7d share of time %", 7/30*100, 23, 0.5)
chk("7d share of value %", c7/atm*100, 48, 0.5)
chk("final-day loss", c1-0, 1_044)
done()
