from _g import *
s=[100,140,91,150,120,160]
pk=s[0]; dds=[]
for v in s:
    pk=max(pk,v); dds.append(1-v/pk)
show("DD 140->91 %", (1-91/140)*100, "35%")
show("DD 150->120 %", (1-120/150)*100, "20%")
show("MDD %", max(dds)*100, "35%")
show("end vs start %", (160/100-1)*100, "60% higher")
show("gain 91->140 %", (140/91-1)*100, "about 53.8%")
k=math.sqrt(math.pi/2)
for T,tl,tf in [(1,"about 0.75","roughly 53%"),(4,"about 1.50","roughly 78%")]:
    m=k*0.6*math.sqrt(T)
    show(f"E[MDD] log, T={T}", m, tl); show(f"  as fall %", (1-math.exp(-m))*100, tf)
# BTC facts (levels are widely reported; text only states percentages)
show("BTC 2017-18 fall % (19,783 -> 3,200)", (1-3200/19783)*100, "more than 80%")
show("BTC 2021-22 fall % (69,000 -> 15,476)", (1-15476/69000)*100, "roughly 77%")
# Monte Carlo check of E[MDD] formula, driftless BM (discrete sampling underestimates slightly)
import random
random.seed(1); n=2000; steps=2000; tot=0
for _ in range(n):
    x=0; mx=0; md=0
    for _ in range(steps):
        x+=random.gauss(0,math.sqrt(1/steps)); mx=max(mx,x); md=max(md,mx-x)
    tot+=md
show("MC E[MDD] sigma=1,T=1", tot/n, "sqrt(pi/2)=1.2533 (discrete MC slightly lower)")
