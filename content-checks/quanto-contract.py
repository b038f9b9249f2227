from _chkD import chk, done
import math
N, mult = 1000, 1e-6
chk("position value in BTC at 3,000", N*mult*3000, 3)
chk("USD value at BTC 100,000", N*mult*3000*100_000, 300_000)
chk("ETH equivalent", 300_000/3000, 100)
pnl = N*mult*(3300-3000); chk("profit on +10% ETH (BTC)", pnl, 0.3)
for B, t in [(90_000, 27_000), (100_000, 30_000), (110_000, 33_000)]:
    chk(f"dollar value of 0.3 BTC at {B}", pnl*B, t)
chk("linear 100 ETH long profit", 100*300, 30_000)
x = 0.8*0.7*0.5*0.25; chk("rho*sE*sB*T", x, 0.07); chk("e^0.07", math.exp(x), 1.0725, 1e-4)
chk("premium (%)", (math.exp(x)-1)*100, 7.25, 0.01)
# sign check by simulation: E_T and B_T lognormal, USD-measure drift 0; quanto forward = E^USD[E_T*B_T]/E^USD[B_T]
import random
random.seed(7); sE, sB, rho, T = .7, .5, .8, .25; n = 400_000; num = den = 0.0
for _ in range(n):
    z1 = random.gauss(0, 1); z2 = rho*z1 + math.sqrt(1-rho*rho)*random.gauss(0, 1)
    e = math.exp(-sE*sE*T/2 + sE*math.sqrt(T)*z1); b = math.exp(-sB*sB*T/2 + sB*math.sqrt(T)*z2)
    num += e*b; den += b
chk("MC quanto factor (BTC-numeraire forward / F)", num/den, 1.0725, 0.005)
done()
