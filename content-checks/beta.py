from _g import *
b=0.75*0.85/0.50
show("beta", b, "1.275"); show("hedge USD", 200000*b, "about 255,000")
show("unhedged SD USD", 200000*0.85, "about 170,000")
res=0.85*math.sqrt(1-0.75**2)
show("residual vol %", res*100, "about 56.2%"); show("residual USD", 200000*res, "about 112,000")
show("market share of variance", 0.75**2, "56%")
# check: with hedge = beta*position, residual variance = (1-rho^2)*var
sv=0.85**2; bv=0.5**2; cov=0.75*0.85*0.5
show("residual vol via full formula", math.sqrt(sv + b**2*bv - 2*b*cov)*100, "56.2%")
show("stress -30% x 1.3", 30*1.3, "about 39%")
