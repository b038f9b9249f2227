# Recheck of term/range-accrual numbers
import math
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
P,c,days,S,L,U=10000,0.12,30,100000,90000,110000
full=P*c*days/365
print("full coupon (text ~98.63): %.4f"%full)
print("21/30 of it (text ~69.04): %.4f"%(full*21/30))
def d2(K,t,s): return (math.log(S/K)-0.5*s*s*t)/(s*math.sqrt(t))
for s,txt in [(0.5,"~21.2 days, ~69.81 USDT"),(0.8,"~15.5 days")]:
    days_in=sum(N(d2(L,i/365,s))-N(d2(U,i/365,s)) for i in range(1,31))
    print("vol %.0f%%: expected days in range %.3f, fair coupon %.3f (text %s)"%(s*100,days_in,full*days_in/30,txt))
