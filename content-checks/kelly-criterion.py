from _g import *
p,q,b=0.55,0.45,1
g=lambda f: p*math.log(1+b*f)+q*math.log(1-f)
show("f* discrete", (b*p-q)/b, "10%")
show("g(0.1) %", g(0.1)*100, "about 0.50% per bet")
show("g(0.2) %", g(0.2)*100, "about zero (slightly negative)")
# numerical argmax
fs=[i/10000 for i in range(1,9999)]; show("argmax g", max(fs,key=g), "0.10")
m,s=0.30,0.60
f=m/s**2; G=lambda f: f*m-f*f*s*s/2
show("f* cont", f, "about 0.83"); show("g* %", G(f)*100, "12.5%"); show("port vol %", f*s*100, "50%")
show("half Kelly f", f/2, "about 0.42"); show("half Kelly g %", G(f/2)*100, "about 9.4%")
show("half/full", G(f/2)/G(f), "three quarters"); show("half Kelly vol %", f/2*s*100, "half (25%)")
show("2x Kelly f", 2*f, "about 1.67"); show("2x Kelly g", G(2*f), "zero")
S=m/s; show("S^2/2", S*S/2, "= g* excess 0.125")
# Thorp: P(ever fall to x) = x^(2/c - 1) for fraction c of Kelly; c=1 -> x, c=1/2 -> x^3
for c,t in [(1,"50%"),(0.5,"12.5%")]:
    L=c*f; nu=G(L); v=(L*s)**2
    show(f"P(halve) at {c} Kelly", 0.5**(2*nu/v), t)
# Monte Carlo of halving probability (daily steps, 200 years cap) at full Kelly
import random
random.seed(7); dt=1/365; hits=0; n=2000
for _ in range(n):
    x=0.0
    for _ in range(365*60):
        x+= (G(f))*dt + f*s*math.sqrt(dt)*random.gauss(0,1)
        if x<=math.log(0.5): hits+=1; break
show("MC P(halve) full Kelly, 60y horizon", hits/n, "~0.5 (slightly lower: finite horizon, discrete monitoring)")
