# Recheck of term/power-perpetual numbers
import math, random
print("ETH +10%% -> index (text +21%%): %+.2f%%"%((1.1**2-1)*100))
print("ETH -10%% -> index (text -19%%): %+.2f%%"%((0.9**2-1)*100))
p,s=2,0.80
f=0.5*p*(p-1)*s*s
print("funding per year (text 0.64): %.4f"%f)
print("per day (text ~0.175%%): %.4f%%"%(f/365*100))
print("index ETH 3000 ^2 /10000 (text 900): %.1f"%(3000**2/10000))
print("normalization factor after 30d at 0.64 (text ~0.949): %.4f"%math.exp(-f*30/365))
# drift check: E[S_T^p] = S0^p exp(0.5 p(p-1) s^2 T) under zero-drift GBM (closed form + MC)
random.seed(1); T=1.0; n=200000
m=sum(math.exp(p*(-0.5*s*s*T+s*math.sqrt(T)*random.gauss(0,1))) for _ in range(n))/n
print("E[S_T^2]/S0^2 MC %.4f vs exp(f T) %.4f"%(m, math.exp(f*T)))
