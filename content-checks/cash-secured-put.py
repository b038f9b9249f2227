"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P=PUT[90000]; chk("90k put", P, 2160)
chk("return on cash %", P/90000*100, 2.4, 0.005)
chk("annual x365/30 %", P/90000*100*365/30, 29.2, 0.05)
chk("break-even K-P", 90000-P, 87840)
chk("% below spot", (S0-(90000-P))/S0*100, 12.16, 0.005)
chk("put cost at 85k", max(90000-85000,0), 5000)
chk("net at 85k", P-max(90000-85000,0), -2840)

done()
