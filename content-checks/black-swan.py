from _g import *
sd=0.60/math.sqrt(365)
show("daily sd %", sd*100, "about 3.14%")
lr=math.log(2/3); show("log return", lr, "about -0.405"); show("sds", -lr/sd, "12.9")
# tail probability via erfc for precision
p=0.5*math.erfc((-lr/sd)/math.sqrt(2))
print(f"P normal: computed {p:.3e} | text about 2 x 10^-38")
