"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
T1=14/365; T2=42/365; K=100000
cs=bs(S0,K,T1,.5); cl=bs(S0,K,T2,.5)
chk("14d call", cs, 3910, 10); chk("42d call", cl, 6760, 10)
D=r10(cl)-r10(cs); chk("debit (rounded legs)", D, 2850); chk("debit (unrounded)", cl-cs, 2850, 10)
pnl=lambda S,v=.5: bs(S,K,28/365,v)-max(S-K,0)-D
chk("28d call at 100k", bs(S0,K,28/365,.5), 5520, 10); chk("spread P&L at 100k", pnl(100000), 2670, 10)
def root(a,b):
    for _ in range(100):
        m=(a+b)/2
        if (pnl(a)>0)==(pnl(m)>0): a=m
        else: b=m
    return m
chk("lower BE", root(80000,100000), 93900, 50); chk("upper BE", root(100000,130000), 107100, 50)
chk("P&L at 90k", pnl(90000), -1160, 10); chk("P&L at 120k", pnl(120000), -2180, 10)
chk("P&L at 100k, 45%", pnl(100000,.45), 2120, 10); chk("P&L at 100k, 55%", pnl(100000,.55), 3220, 10)
vl=vega(S0,K,T2,.5); vs=vega(S0,K,T1,.5)
chk("long vega /pt", vl, 135, 0.5); chk("short vega /pt", vs, 78, 0.5); chk("net vega", vl-vs, 57, 0.5)
tl=theta_day(S0,K,T2,.5); ts=theta_day(S0,K,T1,.5)
print(f"   info: analytic BS theta/365 = short {-ts:.1f}, long {-tl:.1f}, net {(-ts)-(-tl):.1f}; text figures are one-day repricing (now stated)")
# one-day repricing as an alternative convention
print(f"   1-day repricing decay: short {bs(S0,K,T1,.5)-bs(S0,K,13/365,.5):.1f}, long {bs(S0,K,T2,.5)-bs(S0,K,41/365,.5):.1f}")

# corrected text states the one-day repricing convention
chk("short call 1-day repricing decay", bs(S0,K,T1,.5)-bs(S0,K,13/365,.5), 142, 0.5)
chk("long call 1-day repricing decay", bs(S0,K,T2,.5)-bs(S0,K,41/365,.5), 81, 0.5)
chk("net 1-day gain", (bs(S0,K,T1,.5)-bs(S0,K,13/365,.5))-(bs(S0,K,T2,.5)-bs(S0,K,41/365,.5)), 61, 0.5)

done()
