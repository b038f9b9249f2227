"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
C=CALL[100000]; P=PUT[100000]; D=C+P
chk("call", C, 5710); chk("put", P, 5710); chk("debit", D, 11420)
chk("lower BE", 100000-D, 88580); chk("upper BE", 100000+D, 111420); chk("move %", D/S0*100, 11.42, 0.005)
approx=math.sqrt(2/math.pi)*.5*S0*math.sqrt(T30)
chk("sqrt(2/pi)", math.sqrt(2/math.pi), 0.7979, 0.00005); chk("shortcut", approx, 11437, 1)
chk("shortcut vs model price, % gap", (approx/D-1)*100, 0.2, 0.1)
chk("shortcut vs unrounded model, % gap (text: within 0.2%)", (approx/(2*bs(S0,100000,T30,.5))-1)*100, 0.1, 0.1)
chk("sigma sqrt T %", .5*math.sqrt(T30)*100, 14.33, 0.005)
chk("BE move / 1sd", (D/S0)/(.5*math.sqrt(T30)), 0.8, 0.02)
chk("at 120k", abs(120000-100000)-D, 8580); chk("at 95k", abs(95000-100000)-D, -6420)
nd=delta(S0,100000,T30,.5)+delta(S0,100000,T30,.5,'p'); chk("net delta", nd, 0.06, 0.005)

done()
