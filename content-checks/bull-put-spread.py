"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P2=PUT[95000]; P1=PUT[90000]; R=P2-P1
chk("credit", R, 1470); chk("max loss W-R", 5000-R, 3530); chk("BE K2-R", 95000-R, 93530)
chk("naked at risk K-P", 95000-P2, 91370); chk("credit / width %", R/5000*100, 29.4, 0.05)
chk("loss / credit", (5000-R)/R, 2.4, 0.05)
# what R/W estimates: risk-neutral P(S_T below ~ midpoint); compare P(S_T<90k) and P(S_T<95k) under smile digitals
def dput(K,v): d2=(math.log(S0/K)-v*v/2*T30)/(v*math.sqrt(T30)); return N(-d2)
print(f"   flat-vol P(S<90k)={dput(90000,.54):.3f}  P(S<95k)={dput(95000,.52):.3f}  P(S<92.5k,53%)={dput(92500,.53):.3f}")


def iv(K):
    ks=sorted(IV)
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
def digc(K,h=50): return -(bs(S0,K+h,T30,iv(K+h))-bs(S0,K-h,T30,iv(K-h)))/(2*h)   # P(S_T > K), smile linearly interpolated
# corrected text: R/W ~ P(S_T below the middle of the spread); full-loss chance (below 90k) lower
chk("P(S_T<92.5k) on interpolated smile vs R/W", 1-digc(92500), R/5000, 0.03)
pfull=1-digc(90050); print(f"   P(S_T<90k) ~ {pfull:.3f} (< 0.294, 'somewhat lower')"); rows.append(pfull<R/5000)

done()
