from _g import *
for n,t in [(90,"0.10 to 0.48"),(365,"0.20 to 0.39")]:
    z=math.atanh(0.30); se=1/math.sqrt(n-3)
    show(f"n={n} lo", math.tanh(z-1.96*se), t); show(f"n={n} hi", math.tanh(z+1.96*se), t)
# S&P close 16:00 New York = 20:00 UTC (EDT, UTC-4) or 21:00 UTC (EST, UTC-5)
show("16:00 EDT in UTC", 16+4, "20:00"); show("16:00 EST in UTC", 16+5, "21:00")
