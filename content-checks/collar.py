"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P=PUT[90000]; C=CALL[110000]; Nn=P-C
chk("put 90k", P, 2160); chk("call 110k", C, 2180); chk("N = P - C", Nn, -20)
pay=lambda ST,Kc=110000,N=Nn: ST-S0-N+max(90000-ST,0)-max(ST-Kc,0)
chk("max loss S0-Kp+N", S0-90000+Nn, 9980); chk("max loss via payoff at 50k", -pay(50000), 9980)
chk("max gain Kc-S0-N", 110000-S0-Nn, 10020); chk("max gain via payoff at 200k", pay(200000), 10020)
chk("break-even S0+N", S0+Nn, 99980)
chk("flat 50% call 110k", bs(S0,110000,T30,.5), 2275, 1); chk("flat 50% put 90k", bs(S0,90000,T30,.5,kind='p'), 1828, 1)
C2=CALL[105000]; N2=P-C2; chk("call 105k", C2, 3580); chk("credit with 105k cap", -N2, 1420)
chk("max loss (105k cap)", S0-90000+N2, 8580); chk("max gain (105k cap)", 105000-S0-N2, 6420)
chk("BE (105k cap)", S0+N2, 98580)

done()
