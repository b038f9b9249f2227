"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
B=(CALL[90000]-CALL[110000])+(PUT[110000]-PUT[90000])
chk("90/110 box on chain", B, 20000)
chk("call 90k", CALL[90000], 12160); chk("call 110k", CALL[110000], 2180); chk("put 110k", PUT[110000], 12180); chk("put 90k", PUT[90000], 2160)
B2=19760; T=91/365
chk("lender earns", 20000-B2, 240)
chk("implied cont. rate %", math.log(20000/B2)/T*100, 4.84, 0.005)
chk("simple annual %", (20000/B2-1)/T*100, 4.87, 0.005)

done()
