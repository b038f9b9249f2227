"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P2=PUT[100000]; P1=PUT[90000]; D=P2-P1
chk("debit", D, 3550); chk("BE K2-D", 100000-D, 96450); chk("BE put alone", 100000-P2, 94290)
chk("max profit", 10000-D, 6450); chk("profit/debit", (10000-D)/D, 1.82, 0.005)
chk("refund %", P1/P2*100, 37.8, 0.05)
chk("spread payout at 70k (gross)", max(100000-70000,0)-max(90000-70000,0), 10000); chk("coin loss at 70k", S0-70000, 30000)

done()
