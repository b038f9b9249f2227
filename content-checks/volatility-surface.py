# Recheck of term/volatility-surface (batch C): SVI example
import math
def row(label, text, val, fmt="%.6g"): print(("%-55s text=%-12s calc="+fmt)%(label,text,val))
T=30/365; b=0.05; rho=-0.1; m=0.0; s=0.1
a_needed=0.5**2*T - b*(rho*(0-m)+math.sqrt((0-m)**2+s*s))
row("a so that ATM vol = 50%","0.015548",a_needed,"%.6f")
a=0.015548
def w(k): return a+b*(rho*(k-m)+math.sqrt((k-m)**2+s*s))
def vol(k): return math.sqrt(w(k)/T)
row("ATM vol","50%",vol(0)*100,"%.3f%%")
for k,t in [(-0.2,"58.1%"),(-0.1,"53.0%"),(0.1,"51.9%"),(0.2,"56.0%")]:
    row("vol at k=%g"%k,t,vol(k)*100,"%.3f%%")
row("strike k=-0.2, F=100000","~81,873",100000*math.exp(-0.2),"%.1f")
row("strike k=+0.2","~122,140",100000*math.exp(0.2),"%.1f")
row("wing slope b(1+rho)","0.045/0.055",b*(1+rho),"%.4f"); row("wing slope b(1-rho)","0.055",b*(1-rho),"%.4f")
# Gatheral-Jacquier g(k) = (1 - k w'/(2w))^2 - w'^2/4 (1/w + 1/4) + w''/2
def wp(k): return b*(rho+(k-m)/math.sqrt((k-m)**2+s*s))
def wpp(k): return b*s*s/((k-m)**2+s*s)**1.5
gmin=min(((1-k*wp(k)/(2*w(k)))**2 - wp(k)**2/4*(1/w(k)+0.25) + wpp(k)/2, k) for k in [i/1000 for i in range(-3000,3001)])
row("min g(k) on [-3,3] (must be >0)","positive",gmin[0],"%.5f")
# also check a>=? minimum total variance positive: a + b s sqrt(1-rho^2) >0
row("min total variance a+b*s*sqrt(1-rho^2)",">0",a+b*s*math.sqrt(1-rho*rho),"%.6f")
