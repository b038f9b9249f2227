# Recheck of term/everlasting-option numbers
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_call(S,K,T,s,r=0.0):
    if T<=0: return max(S-K,0)
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return S*N(d1)-K*math.exp(-r*T)*N(d2)
S,s=100000,0.60
def strip(S,K,n=400): return sum(2**-i*bs_call(S,K,i/365,s) for i in range(1,n))
v=strip(S,100000)
print("ATM strip (text ~1,688): %.2f"%v)
print("1-day call (text ~1,253): %.2f"%bs_call(S,100000,1/365,s))
print("2-day call (text ~1,772): %.2f"%bs_call(S,100000,2/365,s))
print("ATM daily funding = mark - 0 (text ~1,688): %.2f"%(v-0))
v90=strip(S,90000)
print("K=90k strip (text ~10,035): %.2f ; funding = mark - payoff (text ~35): %.2f"%(v90,v90-10000))
# Deri continuous funding: value = integral_0^inf (1/T) e^{-t/T} C(S,K,t) dt ; closed form TV at strike K/u
T=7/365
u=math.sqrt(1+8/(s*s*T))
print("u (text ~34.05): %.4f"%u)
print("ATM TV K/u (text ~2,936): %.2f"%(100000/u))
print("daily funding TV/T per day (text ~419): %.2f"%(100000/u/7))
# numerical check of closed form by integrating the exponential strip
def integ(S,K,T,n=200000,tmax_mult=40):
    h=tmax_mult*T/n; tot=0.0
    for j in range(n):
        t=(j+0.5)*h; tot+=math.exp(-t/T)/T*bs_call(S,K,t,s)*h
    return tot
print("numerical exp-weighted strip ATM: %.2f"%integ(S,100000,T))
# call and put time value equal at one strike (parity holds for each expiry in the strip, r=0)
c95=integ(95000,100000,T,20000); p95=c95-95000+100000
print("S=95k: call TV %.2f, put TV %.2f (put value minus intrinsic 5,000)"%(c95, p95-5000))
