"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
chk("100/110 call spread", CALL[100000]-CALL[110000], 3530)
chk("100/110 put spread credit", PUT[110000]-PUT[100000], 6470)
W=10000; chk("parity: C1-C2 = (P1-P2)+W", (PUT[100000]-PUT[110000])+W, 3530)
chk("max profit call spread W-D", W-3530, 6470); chk("max loss bull put W-R", W-6470, 3530)
D2=CALL[95000]-CALL[105000]; chk("95/105 call spread", D2, 5050); chk("per $ width", D2/10000, 0.505, 0.0005)
d2=-.5*math.sqrt(T30)/2; chk("flat N(d2) at 100k", N(d2), 0.471, 0.0005)
# digital under skew: -dC/dK using the smile's local slope (finite difference on linear interpolation of IV)
def iv(K):
    ks=sorted(IV); 
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
h=50; dig=-(bs(S0,100000+h,T30,iv(100000+h))-bs(S0,100000-h,T30,iv(100000-h)))/(2*h)
chk("skewed digital at 100k (interp. smile)", dig, 0.505, 0.02)

done()
