"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
C1=CALL[100000]; C2=CALL[110000]
D=C1-2*C2; chk("2 x 110k", 2*C2, 4360); chk("front debit", D, 1350)
front=lambda S: max(S-100000,0)-2*max(S-110000,0)-D
chk("max profit K2-K1-D", 10000-D, 8650); chk("front at 110k", front(110000), 8650)
chk("lower BE K1+D", 100000+D, 101350); chk("upper BE 2K2-K1-D", 220000-100000-D, 118650)
chk("front at 130k", front(130000), -11350); chk("slope above", front(130001)-front(130000), -1)
R=C1-2*C2; back=lambda S: -max(S-100000,0)+2*max(S-110000,0)+R
chk("back credit", R, 1350); chk("back max loss", -back(110000), 8650)
chk("back BE low", 100000+R, 101350); chk("back BE high", 220000-100000-R, 118650)
chk("back at 90k keeps credit", back(90000), 1350)
for s in (95000,100000,105000,110000):
    g=lambda K,v: n((math.log(s/K)+v*v/2*T30)/(v*math.sqrt(T30)))/(s*v*math.sqrt(T30))
    print(f"   backspread net gamma at spot {s}: {(-g(100000,.5)+2*g(110000,.49))*1e6:.2f}e-6")

t=2/365
g=lambda s,K,v: n((math.log(s/K)+v*v/2*t)/(v*math.sqrt(t)))/(s*v*math.sqrt(t))
ng=-g(100000,100000,.5)+2*g(100000,110000,.49); print(f"   2 days before expiry, spot at sold strike: net gamma {ng:.2e} (negative) -> 'close to expiry' wording"); rows.append(ng<0)
done()
