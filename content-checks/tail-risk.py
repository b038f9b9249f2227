from _g import *
p20=0.01*(10/20)**3; p30=0.01*(10/30)**3
show("P(>=20%) %", p20*100, "0.125%"); show("days", 1/p20, "about 800"); show("years", 1/p20/365, "2.2")
show("P(>=30%) %", p30*100, "about 0.037%"); show("days", 1/p30, "roughly 2,700"); show("years", 1/p30/365, "7.4")
z=-Ninv(0.01); sig=0.10/z
show("normal daily vol %", sig*100, "about 4.3%")
P20=N(-0.20/sig); P30=N(-0.30/sig)
show("normal 1/P20 days", 1/P20, "about 600,000"); show("years", 1/P20/365, "some 1,700")
show("normal 1/P30 years", 1/P30/365, "about 1.8 billion")
