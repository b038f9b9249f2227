from _g import *
S0,F0,St,Ft=3000,3060,2500,2520
sp=100*(St-S0); fu=100*(F0-Ft)
show("spot P&L", sp, "-50,000"); show("future P&L", fu, "+54,000"); show("net", sp+fu, "+4,000")
show("basis narrowing x100", (60-20)*100, "4,000"); show("effective price", St+(F0-Ft), "3,040 = 3,060-20")
Ft2=2600; fu2=100*(F0-Ft2)
show("future P&L widened", fu2, "46,000"); show("net", sp+fu2, "-4,000"); show("effective", St+F0-Ft2, "2,960")
for r,t in [(0.99,"about 14%"),(0.9,"about 44%")]: show(f"sqrt(1-rho^2) rho={r}", math.sqrt(1-r*r)*100, t)
