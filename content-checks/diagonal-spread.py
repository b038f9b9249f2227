"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
T2=56/365; T1=14/365
L=bs(S0,95000,T2,.52); Sh=bs(S0,105000,T1,.49)
chk("56d 95k call @52%", L, 10660, 10); chk("14d 105k call @49%", Sh, 1920, 10)
D=r10(L)-r10(Sh); chk("debit", D, 8740)
chk("long delta", delta(S0,95000,T2,.52), 0.64, 0.005); chk("short delta", delta(S0,105000,T1,.49), 0.32, 0.005)
chk("net delta", delta(S0,95000,T2,.52)-delta(S0,105000,T1,.49), 0.32, 0.006)
pnl=lambda S: bs(S,95000,42/365,.52)-max(S-105000,0)-D
chk("P&L at 105k", pnl(105000), 4390, 10); chk("P&L at 100k", pnl(100000), 900, 10)
a,b=80000,100000
for _ in range(100):
    m=(a+b)/2
    if pnl(m)>0: b=m
    else: a=m
chk("break-even", m, 98580, 20)
chk("P&L at 90k", pnl(90000), -4440, 10); chk("upside limit Kf-Kb-D", 105000-95000-D, 1260)
chk("P&L at 300k (-> limit)", pnl(300000), 1260, 5)
best=max(range(95000,120001,100), key=pnl); print(f"   argmax P&L on grid = {best}, value {pnl(best):.0f}")

done()
