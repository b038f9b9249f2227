"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
P=PUT[95000]; chk("95k put", P, 3630)
pay=lambda ST: ST-S0-P+max(95000-ST,0)
chk("max loss S0-K+P", S0-95000+P, 8630); chk("max loss %", (S0-95000+P)/S0*100, 8.63, 0.005)
chk("P&L at 80k", pay(80000), -8630); chk("bare coin at 80k", 80000-S0, -20000)
chk("P&L at 120k", pay(120000), 16370); chk("bare at 120k", 120000-S0, 20000)
chk("break-even S0+P", S0+P, 103630)
chk("cost % of position", P/S0*100, 3.63, 0.005)
chk("annual x12 (%)", P/S0*100*12, 44, 0.5); chk("annual x365/30 (%)", P/S0*100*365/30, 44, 0.5)
chk("put IV at 95k (%)", IV[95000]*100, 52); chk("call IV at 105k (%)", IV[105000]*100, 49)

done()
