"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
C=CALL[110000]; P=PUT[90000]; Nn=C-P
dc=delta(S0,110000,T30,.49); dp=delta(S0,90000,T30,.54,'p')
chk("call", C, 2180); chk("put", P, 2160); chk("call delta", dc, 0.27, 0.005); chk("put delta", dp, -0.22, 0.005)
chk("net debit", Nn, 20); chk("BE Kc+N", 110000+Nn, 110020)
pay=lambda S: max(S-110000,0)-max(90000-S,0)-Nn
chk("at 120k", pay(120000), 9980); chk("at 80k", pay(80000), -10020)
chk("initial delta", dc-dp, 0.50, 0.005); chk("max loss Kp+N at S=0", -pay(0), 90020)
chk("skew proxy 49-54", 49-54, -5)

done()
