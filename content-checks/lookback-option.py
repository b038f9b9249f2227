# Recheck of term/lookback-option numbers
import math, random
def N(x): return 0.5*(1+math.erf(x/math.sqrt(2)))
def bs_call(S,K,T,s,r=0.0):
    d1=(math.log(S/K)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); d2=d1-s*math.sqrt(T)
    return S*N(d1)-K*math.exp(-r*T)*N(d2)
S,T,s=100000,30/365,0.60
# Goldman-Sosin-Gatto floating-strike call (q=0), m=S, evaluated at small r and at the r->0 limit
def gsg(S,m,T,s,r):
    a1=(math.log(S/m)+(r+0.5*s*s)*T)/(s*math.sqrt(T)); a2=a1-s*math.sqrt(T)
    a3=(math.log(S/m)+(-r+0.5*s*s)*T)/(s*math.sqrt(T))
    Y1=-2*(r-0.5*s*s)*math.log(S/m)/(s*s)
    return S*N(a1)-S*s*s/(2*r)*N(-a1)-m*math.exp(-r*T)*(N(a2)-s*s/(2*r)*math.exp(Y1)*N(-a3))
for r in (1e-3,1e-4,1e-5):
    print("GSG floating call r=%g: %.1f"%(r,gsg(S,S,T,s,r)))
# r=0 limit closed form at m=S: S*[ (2+ s^2 T/2... ) ] derived: S*(N(b)-N(-b)) + S*s*sqrt(T)*( phi(b)*... ) -> do numerical integration of E[min] instead
# E[S_T - m_T] with r=0: E[S_T]=S; E[m_T]=S*E[exp(min X)], X_t=-s^2 t/2 + s W_t
mu=-0.5*s*s; sd=s*math.sqrt(T)
def cdf_min(a):  # P(min X <= -a), a>=0
    return N((-a-mu*T)/sd)+math.exp(2*mu*(-a)/(s*s))*N((-a+mu*T)/sd)
# E[exp(min)] = 1 - int_0^inf e^{-a} P(min <= -a) da
h=1e-4; tot=0.0; a=0.0
while a<3.0:
    tot+=math.exp(-(a+h/2))*cdf_min(a+h/2)*h; a+=h
Em=1-tot
print("floating lookback call r=0 by integration (text ~13,000): %.1f"%(S-S*Em))
print("ATM vanilla (text ~6,854): %.1f ; ratio (text 'almost twice'): %.2f"%(bs_call(S,S,T,s),(S-S*Em)/bs_call(S,S,T,s)))
# Discrete monitoring ~ every 11 minutes: steps = 30*24*60/11
steps=round(30*24*60/11); dt=T/steps
random.seed(3); n=10000; tot=0.0; tot2=0.0
for _ in range(n):
    x=0.0; mn=0.0
    for _ in range(steps):
        x+=-0.5*s*s*dt+s*math.sqrt(dt)*random.gauss(0,1)
        if x<mn: mn=x
    pay=S*(math.exp(x)-math.exp(mn)); tot+=pay; tot2+=pay*pay
mc=tot/n; se=math.sqrt(tot2/n-mc*mc)/math.sqrt(n)
print("steps %d (every %.1f min): MC (text ~12,800): %.0f (se %.0f)"%(steps,30*1440/steps,mc,se))
# BGK correction estimate for the discrete minimum
beta=0.5826; shift=math.exp(beta*s*math.sqrt(dt))
print("BGK-corrected discrete estimate: %.1f"%(S - S*Em*shift))
# Lower-variance estimate: E[S_T] = S exactly, so simulate only the discrete minimum (second seed, 20,000 paths)
random.seed(11); n2=20000; t1=0.0; t2=0.0
for _ in range(n2):
    x=0.0; mn=0.0
    for _ in range(steps):
        x+=-0.5*s*s*dt+s*math.sqrt(dt)*random.gauss(0,1)
        if x<mn: mn=x
    v=S*math.exp(mn); t1+=v; t2+=v*v
em=t1/n2; se2=math.sqrt(t2/n2-em*em)/math.sqrt(n2)
print("discrete lookback via S - E[m_disc]: %.0f (se %.0f)"%(S-em,se2))
