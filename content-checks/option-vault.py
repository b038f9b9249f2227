# Recheck of term/option-vault worked example
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_call(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return S*N(d1)-K*math.exp(-r*T)*N(d2)
S,K,T,s=3000,3300,7/365,0.70
c=bs_call(S,K,T,s)
print("OTM %% (text 10%%): %.2f%%"%((K/S-1)*100))
print("call (text ~26.22): %.4f"%c)
print("pct of spot (text 0.87%%): %.4f%%"%(c/S*100))
print("simple annual x365/7 (text ~45%%): %.2f%%"%(c/S*365/7*100))
print("simple annual x52 : %.2f%%"%(c/S*52*100))
print("vault ETH at 3600 (text ~3,326): %.2f"%(K+c))
