# Recheck of term/barrier-option numbers
import math, random
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_call(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return S*N(d1)-K*math.exp(-r*T)*N(d2)
S,K,T,s,H=100000,100000,0.25,0.60,80000
v=bs_call(S,K,T,s)
print("vanilla 3m ATM (text ~11,924): %.2f"%v)
print("H^2/S (text 64,000): %.0f ; S/H (text 1.25): %.2f"%(H*H/S,S/H))
cdi=S/H*bs_call(H*H/S,K,T,s)
print("down-and-in (text ~897): %.2f"%cdi)
# Hull/Merton general closed form (q=0): c_di = S (H/S)^{2lam} N(y) - K e^{-rT} (H/S)^{2lam-2} N(y - s sqrt T)
r=0.0; lam=(r+0.5*s*s)/(s*s); y=math.log(H*H/(S*K))/(s*math.sqrt(T))+lam*s*math.sqrt(T)
cdi_h=S*(H/S)**(2*lam)*N(y)-K*math.exp(-r*T)*(H/S)**(2*lam-2)*N(y-s*math.sqrt(T))
print("Hull closed form c_di: %.2f"%cdi_h)
print("down-and-out (text ~11,027): %.2f ; share of vanilla (text ~92.5%%): %.2f%%"%(v-cdi,(v-cdi)/v*100))
# Monte Carlo down-and-out with fine monitoring + Brownian-bridge correction (continuous), fixed seed
random.seed(7); n=40000; steps=250; dt=T/steps; tot=0.0
lnH=math.log(H)
for _ in range(n):
    x=math.log(S); alive=True
    for _ in range(steps):
        xn=x-0.5*s*s*dt+s*math.sqrt(dt)*random.gauss(0,1)
        if xn<=lnH: alive=False; break
        # bridge crossing probability
        pc=math.exp(-2*(x-lnH)*(xn-lnH)/(s*s*dt))
        if random.random()<pc: alive=False; break
        x=xn
    if alive: tot+=max(math.exp(x)-K,0)
print("MC continuous down-and-out (check vs ~11,027): %.0f (std err ~%.0f)"%(tot/n, 17000/math.sqrt(n)))
shift=math.exp(0.5826*s*math.sqrt(1/365))-1
print("BGK daily shift at 60%% vol (text ~1.8%%): %.3f%%"%(shift*100))
