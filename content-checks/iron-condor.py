"""Independent re-check (batch B). Stdlib only. Black-Scholes with r = 0 unless stated; N(x) via math.erf."""
from _chkB import *  # noqa: F401,F403 (the chain, Black-Scholes and chk/done)
rp=PUT[90000]-PUT[85000]; rc=CALL[110000]-CALL[115000]; R=rp+rc
chk("put side credit", rp, 960); chk("call side credit", rc, 840); chk("total credit", R, 1800)
chk("max loss", 5000-R, 3200); chk("BE low", 90000-R, 88200); chk("BE high", 110000+R, 111800)
chk("zone width", (110000+R)-(90000-R), 23600); chk("% either side", (110000+R-S0)/S0*100, 11.8, 0.005)
chk("% down side", (S0-(90000-R))/S0*100, 11.8, 0.005)
stg=PUT[90000]+CALL[110000]; chk("strangle credit", stg, 4340); chk("wings cost", stg-R, 2540)
chk("wings = 85k put + 115k call", PUT[85000]+CALL[115000], 2540)
sd=.5*math.sqrt(T30); p=N(math.log(.882)/sd)+1-N(math.log(1.118)/sd)
print(f"   plausibility: P(|move| beyond BEs) lognormal 50% ~ {p:.2f}")

done()
