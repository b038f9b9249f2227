from _g import *
g=0.60-0.80**2/2
show("log growth mu - s^2/2", g, "about 28%")
show("  = annual compound rate %", (math.exp(g)-1)*100, "about 32% (added in recheck)")
# discrete reading: annual simple returns mean 60%, sd 80%, lognormal gross return
s2=math.log(1+(0.8/1.6)**2); ml=math.log(1.6)-s2/2
show("discrete lognormal: median/geometric annual %", (math.exp(ml)-1)*100, "28% would be the crude approx")
for L,t in [(1,"12%"),(2,"-12%"),(3,"-72%")]: show(f"g(L={L}) %", (L*0.3-L*L*0.36/2)*100, t)
show("argmax L", 0.3/0.36, "mu/sigma^2 (Kelly)")
show("50% up then 50% down", 1.5*0.5, "75%")
for k,t in [(1,"about 4.9% lower"),(2,"about 18.5% lower"),(3,"about 37.6% lower")]:
    show(f"{k}x alternating +-10% x10 days %", ((1+0.1*k)*(1-0.1*k))**5*100-100, t)
dr=lambda rho: 0.5*(0.64-(0.25*0.64*2+2*0.25*rho*0.64))
show("div return rho=0 pts", dr(0)*100, "about 16"); show("div return rho=0.8 pts", dr(0.8)*100, "about 3.2")
