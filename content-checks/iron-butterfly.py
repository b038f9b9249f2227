"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
R=2*CALL[100000]-(PUT[90000]+CALL[110000])
chk("straddle", CALL[100000]+PUT[100000], 11420); chk("wings", PUT[90000]+CALL[110000], 4340)
chk("credit", R, 7080); chk("max loss W-R", 10000-R, 2920)
chk("BE low", 100000-R, 92920); chk("BE high", 100000+R, 107080)
fly=CALL[90000]-2*CALL[100000]+CALL[110000]; chk("long fly debit", fly, 2920); chk("W - fly", 10000-fly, 7080)
pay=lambda S: R-abs(S-100000)+max(90000-S,0)+max(S-110000,0)
chk("payoff at 80k", pay(80000), -2920); chk("payoff at 120k", pay(120000), -2920)

done()
