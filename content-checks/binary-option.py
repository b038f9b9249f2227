# Recheck of term/binary-option numbers
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def phi(x): return math.exp(-0.5*x*x)/math.sqrt(2*math.pi)
def d12(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); return d1, d1-s*math.sqrt(T)
def bs_call(S,K,T,s,r=0.0):
    d1,d2=d12(S,K,T,s,r); return S*N(d1)-K*math.exp(-r*T)*N(d2)
S,K,T,s=100000,110000,30/365,0.50
d1,d2=d12(S,K,T,s)
print("d2 (text ~-0.737): %.4f   N(d2) (text ~0.2307): %.4f"%(d2,N(d2)))
print("CoN paying 100 (text ~23.07): %.3f"%(100*N(d2)))
print("vanilla call (text ~2,275): %.2f"%bs_call(S,K,T,s))
print("AoN call (text ~27,652): %.2f"%(S*N(d1)))
print("AoN - K N(d2) (text ~2,275): %.2f"%(S*N(d1)-K*N(d2)))
print("using rounded 0.2307: %.2f"%(S*N(d1)-K*0.2307))
Q=1e6
for days,txt in [(30,"~28"),(1,"~152")]:
    t=days/365; _,dd2=d12(100000,100000,t,s)
    print("CoN delta %d days (text %s BTC): %.2f"%(days,txt,Q*phi(dd2)/(100000*s*math.sqrt(t))))
cs=(bs_call(S,109000,T,s)-bs_call(S,110000,T,s))/1000
print("109k/110k spread per USD payout (text ~0.2405): %.4f"%cs)
