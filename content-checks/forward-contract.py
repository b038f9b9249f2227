from _chkD import chk, done
import math
S0, K, r = 100_000, 102_500, 0.05
F0 = S0*math.exp(r*0.5); chk("fair 6m forward", F0, 102_532, 1)
F3 = 90_000*math.exp(r*0.25); chk("3m forward at spot 90,000", F3, 91_132, 1)
v = (K-F3)*math.exp(-r*0.25); chk("short value per coin", v, 11_227, 1)
chk("discount factor exponent r(T-t)", r*0.25, 0.0125)
chk("text's own (102,500-91,132)e^-0.0125", (102_500-91_132)*math.exp(-0.0125), 11_227, 1)
chk("10 BTC total", 10*v, 112_267, 2)
done()
