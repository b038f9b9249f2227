from _g import *
for nu,t in [(5,"6"),(6,"3")]: show(f"t excess kurtosis nu={nu}", 6/(nu-4), t)
p=0.5*math.erfc(5/math.sqrt(2))
print(f"P(Z<-5): computed {p:.4e} | text about 2.9e-7")
show("days", 1/p, "roughly 3.5 million"); show("years", 1/p/365, "about 9,600")
# Student t3 rescaled to unit variance: Var(t3)=3
t=-5*math.sqrt(3)
F=0.5+(1/math.pi)*(t/(math.sqrt(3)*(1+t*t/3))+math.atan(t/math.sqrt(3)))
show("P t3 (%)", F*100, "about 0.16%"); show("days", 1/F, "620 or so"); show("ratio", F/p, "roughly 5,600")
