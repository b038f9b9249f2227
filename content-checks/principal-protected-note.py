# Recheck of term/principal-protected-note worked example
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_call(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return S*N(d1)-K*math.exp(-r*T)*N(d2)
P,r,T,s=10000,0.05,1.0,0.60
bond=P*math.exp(-r*T); budget=P-bond
print("bond (text 9,512.29): %.2f"%bond)
print("budget (text 487.71): %.2f"%budget)
c=bs_call(1,1,T,s,r)
print("ATM call %% of spot (text ~25.5%%): %.4f%%"%(c*100))
print("call on 10,000 (text ~2,552): %.2f"%(c*P))
part=budget/(c*P)
print("participation (text ~19%%): %.2f%%"%(part*100))
print("payout at +50%% (text ~10,955): %.2f"%(P*(1+part*0.5)))
b90=P-0.9*P*math.exp(-r*T)
print("budget at 90%% protection (text 1,438.94): %.2f"%b90)
print("participation at 90%% (text ~56%%): %.2f%%"%(b90/(c*P)*100))
cs=bs_call(1,1,T,s,r)-bs_call(1,1.3,T,s,r)
print("100/130 call spread %% of spot (text ~9.4%%): %.4f%%"%(cs*100))
print("capped participation (text ~52%%): %.2f%%"%(budget/(cs*P)*100))
