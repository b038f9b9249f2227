"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P=PUT[90000]; C=CALL[110000]; D=P+C
chk("debit", D, 4340); chk("lower BE", 90000-D, 85660); chk("upper BE", 110000+D, 114340)
chk("move % either way", (110000+D-S0)/S0*100, 14.34, 0.005); chk("move % down", (S0-(90000-D))/S0*100, 14.34, 0.005)
chk("P&L at 125k", 125000-110000-D, 10660)
st=CALL[100000]+PUT[100000]; chk("straddle cost", st, 11420); chk("strangle / straddle %", D/st*100, 38, 0.5)
chk("straddle move %", st/S0*100, 11.42, 0.005)
chk("curvature proxy (54+49)/2-50", (54+49)/2-50, 1.5); chk("tilt proxy 49-54", 49-54, -5)
chk("90k put delta (for '25-delta' caveat)", delta(S0,90000,T30,.54,'p'), -0.22, 0.01)
chk("110k call delta", delta(S0,110000,T30,.49), 0.27, 0.01)

done()
