"""Re-check definition/max-pain (batch A)."""
from _chkA import *
OI={90_000:(100,1_000),95_000:(300,900),100_000:(800,700),105_000:(1_200,200),110_000:(1_500,100)}
text={90_000:16.5e6,95_000:7.5e6,100_000:4.5e6,105_000:9.0e6,110_000:20.5e6}
def pain(X): return sum(c*max(X-K,0)+p*max(K-X,0) for K,(c,p) in OI.items())
for X in OI: chk(f"Pain({X})", pain(X), text[X], 1)
chk("argmin (max pain)", min(OI,key=pain), 100_000)
# continuous check: between strikes pain is piecewise linear, so min is at a strike
xs=range(85_000,115_001,50); chk("grid argmin", min(xs,key=pain), 100_000)
done()
