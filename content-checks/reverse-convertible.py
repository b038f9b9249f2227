# Recheck of term/reverse-convertible numbers
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_put(S,K,T,s,r):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return K*math.exp(-r*T)*N(-d2)-S*N(-d1)
P,S0,T,s,r=1000,4000,0.25,0.70,0.04
units=P/S0
print("ETH delivered (text 0.25): %.4f"%units)
put=units*bs_put(S0,S0,T,s,r)
print("embedded put (text ~133): %.2f"%put)
print("quarter interest (text ~10): simple %.2f, continuous %.2f"%(P*r*T,P*(math.exp(r*T)-1)))
fair=(P+put)*math.exp(r*T)-P
print("fair coupon (text ~145): %.2f ; simple sum %.2f"%(fair,put+P*r*T))
cpn=P*0.20*T
print("20%% annual coupon per quarter (text 50): %.0f"%cpn)
print("left to issuer (text ~95): %.2f (fair - 50)"%(fair-cpn))
print("ETH at 3000: 0.25 ETH worth (text 750) %.0f ; total (text 800) %.0f ; loss (text 20%%) %.0f%%"%(units*3000,units*3000+cpn,(1-(units*3000+cpn)/P)*100))
print("break-even (text 3,800): %.0f"%((P-cpn)/units))
print("share of fair coupon paid (text ~a third): %.3f"%(cpn/fair))
