from _chkD import chk, done
import math, random
chk("L = 50,000/10,000", 50_000/10_000, 5); chk("4% move in USD", 0.04*50_000, 2_000); chk("as % equity", 2_000/10_000*100, 20)
chk("gross leverage", (30_000+20_000)/10_000, 5); chk("net leverage", (30_000-20_000)/10_000, 1)
chk("3x150% = 9x50% equity vol", 3*1.5, 9*0.5)
chk("linear move at 10x, 1/L - m (%)", (0.1-0.005)*100, 9.5); chk("at 100x (%)", (0.01-0.005)*100, 0.5)
chk("exact at 10x (%) from (1-1/L)/(1-m)", (1-0.9/0.995)*100, 9.5, 0.06)
chk("1/(1-0.8)", 1/(1-0.8), 5)
# drag: growth of L-times rebalanced position vs L x asset growth, GBM, continuous rebalancing (mu, r = 0)
L, s = 3, 0.8
print("   closed form: g_lev = L*mu - L^2 s^2/2 ; L*g_asset = L*mu - L s^2/2 ; gap = (L^2-L) s^2/2 =", (L*L-L)*s*s/2)
random.seed(1); dt = 1/(365*24); n = 365*24*20; la = lv = 0.0
for _ in range(n):
    ret = s*math.sqrt(dt)*random.gauss(0, 1)  # arithmetic return per step, mu = 0
    la += math.log(1+ret); lv += math.log(1+L*ret)
T = n*dt
chk("simulated gap L*g_asset - g_lev (per year)", (L*la-lv)/T, (L*L-L)*s*s/2, 0.02)
done()
