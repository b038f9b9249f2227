"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
T=91/365; r=.05; C,P=10700,9120
chk("C-P", C-P, 1580); chk("e^{rT}", math.exp(r*T), 1.01254, 0.000005)
F=100000+math.exp(r*T)*(C-P); chk("implied forward", F, 101600, 5)
chk("arb vs 101,900 future", 101900-F, 300, 5)
chk("implied fwd above spot %", (F/S0-1)*100, 1.6, 0.005)
# plausibility of the two quotes: same IV from call and put?
def ivsolve(price, kind):
    lo,hi=.01,3
    for _ in range(200):
        m=(lo+hi)/2
        v=math.exp(-r*T)*bs(F,100000,T,m,0,kind)  # Black-76 on the implied forward
        lo,hi=(m,hi) if v<price else (lo,m)
    return m
print(f"   Black-76 IV from call {ivsolve(C,'c'):.4f}, from put {ivsolve(P,'p'):.4f} (consistency check)")
print(f"   implied carry p.a. (cont.) = {math.log(F/S0)/T:.4f} vs r = {r}")

done()
