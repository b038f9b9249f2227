"""Re-check term/black-76-model (batch A). F 101,500, K 100,000, vol 50%, T 90/365."""
from _chkA import *
S,F,K,v,T=100_000,101_500,100_000,.5,90/365
chk("basis % (about 6%)", (F/S-1)*365/90*100, 6, 0.1)
chk("sigma sqrt T", v*math.sqrt(T), 0.2483, 0.00005)
d1,d2=d12(F,K,T,v)
chk("d1", d1, 0.1841, 0.00005); chk("d2", d2, -0.0642, 0.00005)
chk("N(d1)", N(d1), 0.5730, 0.00005); chk("N(d2)", N(d2), 0.4744, 0.00005)
c0=black(F,K,T,v); p0=black(F,K,T,v,kind='p')
chk("call r=0", c0, 10_722); chk("put r=0", p0, 9_222); chk("C-P = F-K", c0-p0, 1_500, 1e-6)
D=math.exp(-.04*T); chk("discount factor r=4%", D, 0.9902, 0.00005)
chk("call r=4%", black(F,K,T,v,.04), 10_616); chk("put r=4%", black(F,K,T,v,.04,'p'), 9_131)
bsS=bs(S,K,T,v); chk("BS on spot r=0 call", bsS, 9_880); chk("  shortfall (roughly 840)", c0-bsS, 840, 5)
chk("forward delta r=0", N(d1), 0.573, 0.0005)
# BSM equivalence: Black with F=S e^{(r-q)T} equals BSM with yield q
r,q=.04,.02; Fb=S*math.exp((r-q)*T)
dd1=(math.log(S/K)+(r-q+v*v/2)*T)/(v*math.sqrt(T)); dd2=dd1-v*math.sqrt(T)
bsm=S*math.exp(-q*T)*N(dd1)-K*math.exp(-r*T)*N(dd2)
chk("Black(F=Se^{(r-q)T}) == BSM with yield q", black(Fb,K,T,v,r), bsm, 1e-6)
# Deribit's published inverse-option formula: USD = X N(d1) - K e^{-RT} N(d2), R = ln(F/X)/T; coin = USD / X
R=math.log(F/S)/T
usd_deribit=S*N(d1)-K*math.exp(-R*T)*N(d2)
chk("Deribit coin price == undiscounted Black-76 / F", usd_deribit/S, c0/F, 1e-12)
chk("  Deribit USD-at-index == Black-76 discounted at R", usd_deribit, black(F,K,T,v,R), 1e-6)
def iv(price,FF):
    lo,hi=1e-4,5.0
    for _ in range(200):
        m=(lo+hi)/2
        if black(FF,K,T,m)<price: lo=m
        else: hi=m
    return (lo+hi)/2
coin=usd_deribit/S
chk("IV from Black-76 r=0 on coin x forward (= 50%)", iv(coin*F,F), 0.5, 1e-9)
print(f"   (IV from Black-76 r=0 on coin x index instead: {iv(coin*S,F)*100:.2f}%)")
done()
