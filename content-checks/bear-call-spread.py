"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
C1=CALL[105000]; C2=CALL[110000]; R=C1-C2
chk("credit", R, 1400); chk("max loss", 5000-R, 3600); chk("BE K1+R", 105000+R, 106400)
chk("credit/width %", R/5000*100, 28, 0.05)
chk("naked owes at 130k", 130000-105000, 25000); chk("naked net at 130k", C1-25000, -21420)
chk("both IV 49%", IV[105000]*100, 49); chk("110k IV", IV[110000]*100, 49)


def iv(K):
    ks=sorted(IV)
    for a,b in zip(ks,ks[1:]):
        if a<=K<=b: return IV[a]+(IV[b]-IV[a])*(K-a)/(b-a)
def digc(K,h=50): return -(bs(S0,K+h,T30,iv(K+h))-bs(S0,K-h,T30,iv(K-h)))/(2*h)   # P(S_T > K), smile linearly interpolated
chk("P(S_T>107.5k) on interpolated smile vs R/W", digc(107500), R/5000, 0.03)
pfull=digc(109950); print(f"   P(S_T>110k) ~ {pfull:.3f} (< 0.28, 'somewhat lower')"); rows.append(pfull<R/5000)

done()
